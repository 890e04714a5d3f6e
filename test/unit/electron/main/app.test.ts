import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, resetElectronMock, settle } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);
vi.mock('../../../../electron/core/backend', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../electron/core/backend')>()),
  createBackend: vi.fn(),
}));

const { runApp } = await import('../../../../electron/main/app');
const { createBackend, DatabaseTooNewError } = await import('../../../../electron/core/backend');

const mainDir = path.resolve('/opt/planwright/dist/electron');

function fakeBackend(language: string | null = null) {
  const backend = {
    dataDir: '/x',
    close: vi.fn(),
    dispatch: vi.fn((name: unknown): { ok: boolean; value: unknown } =>
      name === 'settings.get' ? { ok: true, value: { language, theme: 'system' } } : { ok: true, value: null },
    ),
  };
  vi.mocked(createBackend).mockReturnValue(backend as never);
  return backend;
}

function menuLabels(): string[] {
  const calls = electron.Menu.buildFromTemplate.mock.calls;
  const template = calls[calls.length - 1]![0] as { label: string }[];
  return template.map((item) => item.label);
}

beforeEach(() => {
  resetElectronMock();
  vi.mocked(createBackend).mockReset();
  vi.unstubAllEnvs();
  vi.stubEnv('PLANWRIGHT_DATA_DIR', '');
});

describe('startup', () => {
  it("opens the backend on Electron's userData folder with the app's version, in electron mode", async () => {
    fakeBackend();
    runApp(mainDir);
    await settle();
    expect(createBackend).toHaveBeenCalledTimes(1);
    const options = vi.mocked(createBackend).mock.calls[0]![0];
    expect(options).toMatchObject({ dataDir: path.resolve('/fake/user-data'), mode: 'electron', version: '9.8.7' });
    // No Electron build of better-sqlite3 exists under this made-up root.
    expect(options.nativeBinding).toBeUndefined();
    expect(electron.app.setPath).not.toHaveBeenCalled();
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1);
  });

  it('uses PLANWRIGHT_DATA_DIR and moves the Chromium profile (and its instance lock) there', async () => {
    vi.stubEnv('PLANWRIGHT_DATA_DIR', '/tmp/pw-test-data');
    fakeBackend();
    runApp(mainDir);
    await settle();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', path.resolve('/tmp/pw-test-data'));
    expect(electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);
    expect(vi.mocked(createBackend).mock.calls[0]![0].dataDir).toBe(path.resolve('/tmp/pw-test-data'));
  });

  it('shows the refusal of a newer database and quits without a window', async () => {
    vi.mocked(createBackend).mockImplementation(() => {
      throw new DatabaseTooNewError(7, 1);
    });
    runApp(mainDir);
    await settle();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Planwright cannot open your plans');
    expect(message).toContain('database version 7');
    expect(message).toContain(path.resolve('/fake/user-data'));
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('shows any other failure to open the data too, in the system language', async () => {
    electron.app.getLocale.mockReturnValue('zh-CN');
    vi.mocked(createBackend).mockImplementation(() => {
      throw new Error('SQLITE_CANTOPEN: unable to open database file');
    });
    runApp(mainDir);
    await settle();
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Planwright 无法打开您的计划');
    expect(message).toContain('SQLITE_CANTOPEN');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('closes the backend when the app quits', async () => {
    const backend = fakeBackend();
    runApp(mainDir);
    await settle();
    expect(backend.close).not.toHaveBeenCalled();
    electron.app.emit('will-quit');
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  it('registers handlers on the planwright:invoke, save-file, save-files and presenter channels only', async () => {
    fakeBackend();
    runApp(mainDir);
    await settle();
    expect(electron.ipcMain.handle.mock.calls.map((call) => call[0])).toEqual([
      'planwright:invoke',
      'planwright:save-file',
      'planwright:save-files',
      'planwright:presenter-open',
      'planwright:presenter-show',
      'planwright:presenter-close',
      'planwright:presenter-current',
    ]);
  });

  it('closes the presenter notes window when the main window closes', async () => {
    fakeBackend();
    runApp(mainDir);
    await settle();
    const open = electron.ipcMain.handle.mock.calls.find((call) => call[0] === 'planwright:presenter-open')![1] as (event: unknown) => unknown;
    await open({ senderFrame: { url: 'app://planwright/index.html' } });
    const [main, notesWindow] = FakeBrowserWindow.instances;
    expect(notesWindow!.loadURL).toHaveBeenCalledWith(expect.stringMatching(/#\/presenter-notes$/));
    main!.emit('closed');
    expect(notesWindow!.close).toHaveBeenCalledTimes(1);
  });
});

describe('menu language', () => {
  it("follows the app's language setting", async () => {
    fakeBackend('zh-CN');
    runApp(mainDir);
    await settle();
    expect(menuLabels()).toContain('文件(&F)');
  });

  it('follows the system locale when the setting is null', async () => {
    electron.app.getLocale.mockReturnValue('zh-TW');
    fakeBackend(null);
    runApp(mainDir);
    await settle();
    expect(menuLabels()).toContain('文件(&F)');
    electron.app.getLocale.mockReturnValue('de-DE');
    resetElectronMock();
    fakeBackend(null);
    runApp(mainDir);
    await settle();
    expect(menuLabels()).toContain('&File');
  });

  it('is rebuilt after the language setting changes', async () => {
    const backend = fakeBackend('en');
    runApp(mainDir);
    await settle();
    expect(menuLabels()).toContain('&File');
    const handler = electron.ipcMain.handle.mock.calls[0]![1] as (...args: unknown[]) => unknown;
    backend.dispatch.mockImplementation((name: unknown) =>
      name === 'settings.get' ? { ok: true, value: { language: 'zh-CN', theme: 'system' } } : { ok: true, value: {} },
    );
    const indexUrl = 'app://planwright/index.html';
    handler({ senderFrame: { url: indexUrl } }, 'settings.set', { language: 'zh-CN' });
    expect(backend.dispatch).toHaveBeenCalledWith('settings.set', { language: 'zh-CN' });
    expect(menuLabels()).toContain('文件(&F)');
  });
});
