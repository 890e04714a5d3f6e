import type { UpdateLabels } from './menu-labels';
import { errorMessage } from '../../shared/error-message';

/** The part of electron-updater's autoUpdater this uses, so the flow is testable without it. */
export type Updater = {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
};

export type UpdateDeps = {
  isPackaged: boolean;
  currentVersion: string;
  labels: UpdateLabels;
  /** The OK button's label in the menu's language. */
  ok: string;
  /** Loaded only when the user asks: nothing of the updater runs at start-up. */
  loadUpdater(): Promise<Updater>;
  /** Shows a message; resolves to the index of the button pressed. */
  ask(message: string, buttons: string[]): Promise<number>;
};

export type UpdateOutcome = 'not-installed' | 'up-to-date' | 'later' | 'restart-later' | 'installing' | 'failed';

/**
 * Help → Check for Updates…: the only way the app ever talks to the network. It asks before it
 * downloads and again before it restarts, so nothing happens behind the user's back, and a
 * failure (offline, a proxy) is one sentence that changes nothing.
 */
export async function checkForUpdatesNow(deps: UpdateDeps): Promise<UpdateOutcome> {
  const l = deps.labels;
  if (!deps.isPackaged) {
    await deps.ask(l.onlyInstalled, [deps.ok]);
    return 'not-installed';
  }
  try {
    const updater = await deps.loadUpdater();
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = false;
    const result = await updater.checkForUpdates();
    if (!result || !result.isUpdateAvailable) {
      await deps.ask(l.upToDate(deps.currentVersion), [deps.ok]);
      return 'up-to-date';
    }
    const version = result.updateInfo.version;
    if ((await deps.ask(l.available(version, deps.currentVersion), [l.download, l.later])) !== 0) return 'later';
    await updater.downloadUpdate();
    if ((await deps.ask(l.downloaded(version), [l.restartNow, l.later])) !== 0) return 'restart-later';
    updater.quitAndInstall();
    return 'installing';
  } catch (error) {
    await deps.ask(l.failed(reasonOf(error)), [deps.ok]);
    return 'failed';
  }
}

function reasonOf(error: unknown): string {
  const message = errorMessage(error);
  // electron-updater's messages can carry whole HTTP responses; the first line says what happened.
  return (message.split('\n')[0] ?? '').trim().replace(/\.$/, '') || 'unknown error';
}
