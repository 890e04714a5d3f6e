import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of Electron the main process uses. The Electron binary cannot run in
 * CI, so the shell is tested in Node against this fake: it records what the code asked of it.
 */

export type Listener = (...args: unknown[]) => unknown;

export function fakeSession() {
  const handlers: {
    headers?: Listener;
    permissionRequest?: Listener;
    permissionCheck?: Listener;
  } = {};
  return {
    handlers,
    webRequest: {
      onHeadersReceived: vi.fn((listener: Listener) => {
        handlers.headers = listener;
      }),
    },
    setPermissionRequestHandler: vi.fn((handler: Listener) => {
      handlers.permissionRequest = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: Listener) => {
      handlers.permissionCheck = handler;
    }),
    setSpellCheckerEnabled: vi.fn(),
  };
}

export class FakeWebContents extends EventEmitter {
  session = fakeSession();
  send = vi.fn();
  windowOpenHandler: Listener | undefined;
  setWindowOpenHandler = vi.fn((handler: Listener) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow = () => FakeBrowserWindow.focused;
  static getAllWindows = () => FakeBrowserWindow.instances;
  static fromWebContents = (contents: unknown) => FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null;

  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  showInactive = vi.fn();
  destroyed = false;
  close = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
  focus = vi.fn();
  restore = vi.fn();
  minimized = false;
  isMinimized = () => this.minimized;
  isDestroyed = () => this.destroyed;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  getPath = vi.fn((_name: string) => '/fake/user-data');
  setPath = vi.fn();
  getVersion = vi.fn(() => '9.8.7');
  getLocale = vi.fn(() => 'en-US');
  requestSingleInstanceLock = vi.fn(() => true);
  enableSandbox = vi.fn();
  quit = vi.fn();
  isReady = vi.fn(() => true);
  whenReady = vi.fn(() => Promise.resolve());
}

export const electron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: { handle: vi.fn() },
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  dialog: {
    showErrorBox: vi.fn(),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
    showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
    showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
  },
  // No keychain in the tests: the team password store falls back to the session's memory.
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => false),
    encryptString: vi.fn((text: string) => Buffer.from(text)),
    decryptString: vi.fn((data: Buffer) => data.toString()),
  },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn(),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
};

/** A fresh fake for each test: listeners, recorded calls and window list cleared. */
export function resetElectronMock(): void {
  electron.app.isPackaged = false;
  electron.app.removeAllListeners();
  for (const value of Object.values(electron.app)) {
    if (vi.isMockFunction(value)) value.mockClear();
  }
  electron.app.requestSingleInstanceLock.mockImplementation(() => true);
  electron.app.getPath.mockImplementation(() => '/fake/user-data');
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  electron.ipcMain.handle.mockClear();
  electron.shell.openExternal.mockClear();
  electron.dialog.showErrorBox.mockClear();
  electron.dialog.showMessageBox.mockClear();
  electron.dialog.showSaveDialog.mockReset();
  electron.dialog.showSaveDialog.mockImplementation(async () => ({ canceled: true }));
  electron.dialog.showOpenDialog.mockReset();
  electron.dialog.showOpenDialog.mockImplementation(async () => ({ canceled: true, filePaths: [] }));
  electron.protocol.registerSchemesAsPrivileged.mockClear();
  electron.protocol.handle.mockClear();
  electron.Menu.buildFromTemplate.mockClear();
  electron.Menu.setApplicationMenu.mockClear();
}

/** Lets promise callbacks (app.whenReady().then) run. */
export const settle = () => new Promise((resolve) => setImmediate(resolve));
