import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/**
 * The renderer is treated as untrusted web content: it gets no Node, runs in Chromium's sandbox,
 * and sees only what the preload passes over the context bridge.
 */
export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
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
      webviewTag: false,
      spellcheck: true,
      preload,
    },
  };
}

export function createMainWindow(paths: { preload: string; indexHtml: string }): BrowserWindow {
  const window = new BrowserWindow(windowOptions(paths.preload));
  window.once('ready-to-show', () => window.show());
  window.loadFile(paths.indexHtml).catch((error: unknown) => {
    console.error(`Planwright could not load ${paths.indexHtml}:`, error);
  });
  return window;
}
