import { app, BrowserWindow, dialog, ipcMain, safeStorage } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../shared/contracts/views';
import { createBackend, DatabaseTooNewError, type Backend } from '../core/backend';
import { resolveDataDir } from '../core/data-dir';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { registerIpc } from './ipc';
import { electronSaveFileDeps, registerSaveFile } from './save-file';
import { electronSaveFilesDeps, registerSaveFiles } from './save-files';
import { installMenu, showAboutDialog, showShortcutsDialog } from './menu';
import { MENU_LABELS, menuLanguage } from './menu-labels';
import { appPaths, resolveNativeBinding } from './paths';
import { applySecurity } from './security';
import { keychainSecretStore } from './keychain-secrets';
import { isDatabaseTooNew, startupErrorMessage } from './startup-error';
import { checkForUpdatesNow } from './updates';
import { createMainWindow, createPresenterWindow } from './window';
import { PresenterNotesHub, registerPresenterNotes } from './presenter-notes';

/**
 * The app's lifecycle: one instance per data folder, one backend, one window. `mainDir` is the
 * folder of the bundled main script (dist/electron), from which every other path follows.
 */
export function runApp(mainDir: string): void {
  const paths = appPaths(mainDir);
  const defaultDir = app.getPath('userData');
  const systemLanguage = () => menuLanguage(null, app.getLocale());

  let dataDir: string;
  try {
    dataDir = path.resolve(resolveDataDir({ argv: process.argv, env: process.env, defaultDir }));
  } catch (error) {
    const { title, message } = startupErrorMessage(error, { dataDir: '—', language: 'en', isPackaged: app.isPackaged, tooNew: false });
    dialog.showErrorBox(title, message);
    app.quit();
    return;
  }
  // Chromium's profile (and with it the single-instance lock) lives beside the data, so a test run
  // on its own folder neither collides with the user's open app nor leaves traces in their profile.
  if (dataDir !== path.resolve(defaultDir)) app.setPath('userData', dataDir);

  if (!app.requestSingleInstanceLock()) {
    // Another Planwright has this data open; it gets the focus (see 'second-instance') and we leave.
    app.quit();
    return;
  }

  app.enableSandbox();
  // Before ready: Chromium fixes each scheme's privileges when it starts.
  registerAppScheme();

  let backend: Backend | null = null;
  let mainWindow: BrowserWindow | null = null;
  const presenter = new PresenterNotesHub(() => createPresenterWindow(paths));

  const openWindow = () => {
    mainWindow = createMainWindow(paths);
    mainWindow.on('closed', () => {
      mainWindow = null;
      // The notes belong to the presentation: they never outlive the window that presents.
      presenter.close();
    });
  };

  app.on('second-instance', () => {
    if (!app.isReady()) return;
    if (mainWindow === null) {
      openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Every page the app ever creates gets the same protections, before it loads anything.
  app.on('web-contents-created', (_event, contents) => applySecurity(contents.session, contents, paths.indexUrl));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });

  const refreshMenu = () => {
    if (backend === null) return;
    const settings = backend.dispatch('settings.get', {});
    const language = menuLanguage(settings.ok ? (settings.value as Settings).language : null, app.getLocale());
    const labels = MENU_LABELS[language];
    const detail = labels.aboutDetail({
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
      dataDir,
    });
    installMenu({
      labels,
      platform: process.platform,
      isDev: !app.isPackaged,
      showShortcuts: () => showShortcutsDialog(labels, process.platform),
      showAbout: () => showAboutDialog(labels, detail),
      checkForUpdates: () => {
        void checkForUpdatesNow({
          isPackaged: app.isPackaged,
          currentVersion: app.getVersion(),
          labels: labels.updates,
          ok: labels.ok,
          // electron-updater is loaded on this click, never at start-up.
          loadUpdater: async () => (await import('electron-updater')).autoUpdater,
          ask: async (message, buttons) => {
            const options = { type: 'info' as const, title: labels.updates.title, message, buttons, defaultId: 0, cancelId: buttons.length - 1 };
            const parent = BrowserWindow.getFocusedWindow();
            return (await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options))).response;
          },
        });
      },
    });
  };

  void app.whenReady().then(() => {
    try {
      backend = createBackend({
        dataDir,
        mode: 'electron',
        version: app.getVersion(),
        secrets: keychainSecretStore(safeStorage, path.join(app.getPath('userData'), 'team-secrets.json')),
        nativeBinding: resolveNativeBinding({
          isPackaged: app.isPackaged,
          root: paths.root,
          electronVersion: process.versions.electron ?? '',
          exists: fs.existsSync,
        }),
      });
    } catch (error) {
      const tooNew = isDatabaseTooNew(error, DatabaseTooNewError);
      const { title, message } = startupErrorMessage(error, { dataDir, language: systemLanguage(), isPackaged: app.isPackaged, tooNew });
      dialog.showErrorBox(title, message);
      app.quit();
      return;
    }

    handleAppProtocol(paths.rendererDir);
    registerIpc(ipcMain, backend, paths.indexUrl, (name, result) => {
      // The menu speaks the app's language, so it follows a language change at once.
      if (name === 'settings.set' && result.ok) refreshMenu();
    });
    registerSaveFile(ipcMain, electronSaveFileDeps(), paths.indexUrl);
    registerSaveFiles(ipcMain, electronSaveFilesDeps(), paths.indexUrl);
    registerPresenterNotes(ipcMain, presenter, paths.indexUrl);
    refreshMenu();
    openWindow();

    app.on('activate', () => {
      if (mainWindow === null) openWindow();
    });
  });
}
