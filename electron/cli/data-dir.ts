import path from 'node:path';
import { resolveDataDir } from '../core/data-dir';
import { desktopDataDir } from '../core/app-data-dir';

/**
 * The data folder a command works on: `--data-dir`, else PLANWRIGHT_DATA_DIR, else the desktop
 * app's own folder, resolved as the app resolves it. Relative paths are taken from `cwd`.
 */
export function cliDataDir(option: string | undefined, io: { cwd: string; env: Record<string, string | undefined> }): string {
  const argv = option === undefined ? [] : ['--data-dir', option];
  const dir = resolveDataDir({ argv, env: io.env, defaultDir: desktopDataDir(process.platform, io.env as NodeJS.ProcessEnv) });
  return path.resolve(io.cwd, dir);
}
