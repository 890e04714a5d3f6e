import { BrowserWindow } from 'electron';
import { PRESENTER_NOTES_ROUTE } from '../../shared/present/notes';

/**
 * Chromium's spellchecker uses the system's own on macOS; on Windows and Linux it downloads
 * Hunspell dictionaries from Google's servers the first time it runs. The app promises no network
 * behind the user's back, so there it stays off (see secureSession, which also turns the
 * session's checker off so no dictionary is ever fetched).
 */
export function spellcheckIsLocal(platform: string = process.platform): boolean {
  return platform === 'darwin';
}

/**
 * The renderer is treated as untrusted web content: it gets no Node, runs in Chromium's sandbox,
 * and sees only what the preload passes over the context bridge. The options are written as a
 * literal at `new BrowserWindow` on purpose, so a static scanner (electronegativity) reads each one.
 */
export function createMainWindow(paths: { preload: string; indexUrl: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    title: 'Planwright',
    // Shown on ready-to-show, so the user never sees a blank white frame.
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click on a link would otherwise open it in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: spellcheckIsLocal(),
      preload: paths.preload,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(paths.indexUrl).catch((error: unknown) => {
    console.error(`Planwright could not load ${paths.indexUrl}:`, error);
  });
  return window;
}

/**
 * The presenter's notes in a window of their own, for the laptop's screen while the slides fill
 * the projector. Untrusted content as the main window is, with the very same settings (a test
 * compares them), written as a literal here too for the static scanner; the app-wide guards
 * (CSP, navigation, permissions, IPC sender) apply to it as to every page.
 */
export function createPresenterWindow(paths: { preload: string; indexUrl: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 720,
    height: 560,
    minWidth: 420,
    minHeight: 320,
    title: 'Planwright',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: spellcheckIsLocal(),
      preload: paths.preload,
    },
  });
  // Shown without taking the focus: the presentation keeps the keys (and the clicker's).
  window.once('ready-to-show', () => window.showInactive());
  window.loadURL(`${paths.indexUrl}${PRESENTER_NOTES_ROUTE}`).catch((error: unknown) => {
    console.error(`Planwright could not load the presenter's notes:`, error);
  });
  return window;
}
