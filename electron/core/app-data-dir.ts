import os from 'node:os';
import path from 'node:path';

/**
 * The OS's usual per-user application-data folder, the same one Electron's `appData` points at,
 * so data found without Electron sits where the desktop app keeps it.
 */
export function appDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  if (platform === 'win32') return env.APPDATA || path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.join(home, '.config');
}

/** Electron names its userData folder after the product; the desktop app keeps its data there. */
export const DESKTOP_DATA_FOLDER = 'Planwright';

/**
 * The desktop app's own data folder, found without Electron: the command line and the launcher's
 * browser fallback open the same plans the desktop window shows.
 */
export function desktopDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  return path.join(appDataDir(platform, env, home), DESKTOP_DATA_FOLDER);
}

/** `npm run web` keeps its own folder: a dev server must never open the desktop app's live database. */
export const WEB_DATA_FOLDER = 'planwright-web';
