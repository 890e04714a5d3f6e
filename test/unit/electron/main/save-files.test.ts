import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, resetElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);
const { electronSaveFilesDeps, registerSaveFiles } = await import('../../../../electron/main/save-files');

const indexUrl = 'app://planwright/index.html';

let dir: string;
beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-save-files-'));
  electron.app.getPath.mockImplementation((name: string) => (name === 'documents' ? dir : '/fake/user-data'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function appEvent(url = `${indexUrl}#/plans/p1`) {
  const window = new FakeBrowserWindow({});
  return { window, event: { senderFrame: { url }, sender: window.webContents } };
}

const request = {
  title: 'Choose a folder for the plan files',
  subfolder: '春季班 2027',
  files: [
    { name: '李伟 — Spring plan.mplan', text: '{"author":"李伟"}\n' },
    { name: 'Wang Fang — Spring plan.mplan', text: '{"author":"Wang Fang"}\n' },
  ],
};

function registered() {
  const ipcMain = { handle: vi.fn() };
  registerSaveFiles(ipcMain as never, electronSaveFilesDeps(), indexUrl);
  expect(ipcMain.handle.mock.calls.map((c) => c[0])).toEqual(['planwright:save-files']);
  return ipcMain.handle.mock.calls[0]![1] as (event: unknown, request: unknown) => Promise<any>;
}

describe('save files into a folder', () => {
  it('asks for a folder on the sender’s window, makes the class’s folder in it and writes every file', async () => {
    const { window, event } = appEvent();
    electron.dialog.showOpenDialog.mockImplementation(async () => ({ canceled: false, filePaths: [dir] }));
    const result = await registered()(event, request);
    const folder = path.join(dir, '春季班 2027');
    expect(result).toEqual({ ok: true, value: { status: 'saved', folder, count: 2 } });
    expect(fs.readdirSync(folder).sort()).toEqual(request.files.map((f) => f.name).sort());
    expect(fs.readFileSync(path.join(folder, '李伟 — Spring plan.mplan'), 'utf8')).toBe(request.files[0]!.text);
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0]! as [
      unknown,
      { title: string; properties: string[]; defaultPath: string },
    ];
    expect(parent).toBe(window);
    expect(options.title).toBe(request.title);
    expect(options.defaultPath).toBe(dir);
    expect(options.properties).toContain('openDirectory');
  });

  it('never replaces a file unasked: lists them, and replaces only with the token, in the folder the user chose', async () => {
    const { event } = appEvent();
    const folder = path.join(dir, '春季班 2027');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'wang fang — spring plan.mplan'), 'the hand-in');
    electron.dialog.showOpenDialog.mockImplementation(async () => ({ canceled: false, filePaths: [dir] }));
    const handle = registered();
    const first = await handle(event, request);
    expect(first.value).toMatchObject({ status: 'exists', folder, existing: ['Wang Fang — Spring plan.mplan'] });
    expect(fs.readFileSync(path.join(folder, 'wang fang — spring plan.mplan'), 'utf8')).toBe('the hand-in');
    expect(fs.readdirSync(folder)).toHaveLength(1);

    // A token the main process did not give is refused, and so is the right one used twice.
    expect((await handle(event, { ...request, replaceToken: crypto.randomUUID() })).ok).toBe(false);
    const again = await handle(event, request);
    const replaced = await handle(event, { ...request, replaceToken: again.value.replaceToken });
    expect(replaced).toEqual({ ok: true, value: { status: 'saved', folder, count: 2 } });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledTimes(2);
    expect((await handle(event, { ...request, replaceToken: again.value.replaceToken })).ok).toBe(false);
  });

  it('writes nothing when the user cancels', async () => {
    const { event } = appEvent();
    expect(await registered()(event, request)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a folder in a file name', { files: [{ name: '../evil.mplan', text: '' }] }],
    ['a folder as the class', { subfolder: '../../etc' }],
    ['the same name twice', { files: [request.files[0]!, { ...request.files[0]!, name: request.files[0]!.name.toUpperCase() }] }],
    ['no files', { files: [] }],
    ['a folder chosen by the page', { folder: '/etc' }],
  ])('refuses %s without showing a dialog', async (_what, change) => {
    const { event } = appEvent();
    const result = await registered()(event, { ...request, ...change });
    expect(result.ok).toBe(false);
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('answers only the app’s own page', async () => {
    const { event } = appEvent('https://example.com/');
    const result = await registered()(event, request);
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
