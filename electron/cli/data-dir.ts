import path from 'node:path';
import { resolveDataDir } from '../core/data-dir';
import { appDataDir } from '../web/app-data-dir';

/** Electron names its userData folder after the product; the desktop app keeps its data there. */
const APP_FOLDER = 'Planwright';

/**
 * The data folder a command works on: `--data-dir`, else PLANWRIGHT_DATA_DIR, else the desktop
 * app's own folder, resolved as the app resolves it. Relative paths are taken from `cwd`.
 */
export function cliDataDir(option: string | undefined, io: { cwd: string; env: Record<string, string | undefined> }): string {
  const argv = option === undefined ? [] : ['--data-dir', option];
  const dir = resolveDataDir({ argv, env: io.env, defaultDir: path.join(appDataDir(process.platform, io.env as NodeJS.ProcessEnv), APP_FOLDER) });
  return path.resolve(io.cwd, dir);
}
