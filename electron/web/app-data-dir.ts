import os from 'node:os';
import path from 'node:path';

/**
 * The OS's usual per-user application-data folder, the same one Electron's `appData` points at,
 * so browser mode's data sits next to the desktop app's without sharing its database.
 */
export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return env.APPDATA || path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.join(home, '.config');
}

/** Browser mode keeps its own folder: a dev server must never open the desktop app's live database. */
export const WEB_DATA_FOLDER = 'planwright-web';
