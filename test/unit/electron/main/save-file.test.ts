import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, resetElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);
const { electronSaveFileDeps, handleSaveFile, MAX_SAVE_BYTES, registerSaveFile, writeFileWhole } =
  await import('../../../../electron/main/save-file');

const indexUrl = 'app://planwright/index.html';

let dir: string;
beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-save-'));
  electron.app.getPath.mockImplementation((name: string) => (name === 'documents' ? dir : '/fake/user-data'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function appEvent() {
  const window = new FakeBrowserWindow({});
  return { window, event: { senderFrame: { url: `${indexUrl}#/plans/p1` }, sender: window.webContents } };
}

const textRequest = {
  suggestedName: 'Spring launch 春季.mplan',
  mime: 'application/json',
  data: '{"format":"planwright-plan"}\n',
  encoding: 'utf8',
  filters: [{ name: 'Planwright plan', extensions: ['mplan'] }],
};

function registered() {
  const ipcMain = { handle: vi.fn() };
  registerSaveFile(ipcMain as never, electronSaveFileDeps(), indexUrl);
  expect(ipcMain.handle.mock.calls.map((c) => c[0])).toEqual(['planwright:save-file']);
  return ipcMain.handle.mock.calls[0]![1] as (event: unknown, request: unknown) => Promise<unknown>;
}

describe('save file', () => {
  it('asks where to save on the sender’s window, starting in Documents with the suggested name, and writes the text', async () => {
    const { window, event } = appEvent();
    const target = path.join(dir, 'chosen.mplan');
    electron.dialog.showSaveDialog.mockImplementation(async () => ({ canceled: false, filePath: target }));
    const result = await registered()(event, textRequest);
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe(textRequest.data);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0]! as [unknown, { defaultPath: string; filters: unknown }];
    expect(parent).toBe(window);
    expect(options.defaultPath).toBe(path.join(dir, 'Spring launch 春季.mplan'));
    expect(options.filters).toEqual(textRequest.filters);
    // No stray temporary file beside it.
    expect(fs.readdirSync(dir)).toEqual(['chosen.mplan']);
  });

  it('decodes base64 to the exact bytes', async () => {
    const { event } = appEvent();
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    const target = path.join(dir, 'report.docx');
    electron.dialog.showSaveDialog.mockImplementation(async () => ({ canceled: false, filePath: target }));
    const request = { ...textRequest, suggestedName: 'report.docx', data: bytes.toString('base64'), encoding: 'base64' };
    expect(await registered()(event, request)).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
  });

  it('answers saved:false and writes nothing when the user cancels', async () => {
    const { event } = appEvent();
    electron.dialog.showSaveDialog.mockImplementation(async () => ({ canceled: true, filePath: '' }));
    expect(await registered()(event, textRequest)).toEqual({ ok: true, value: { saved: false, path: null } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a folder in the name', { suggestedName: '../evil.mplan' }, 'suggestedName'],
    ['a Windows folder in the name', { suggestedName: 'C:\\Users\\x.mplan' }, 'suggestedName'],
    ['an empty name', { suggestedName: '' }, 'suggestedName'],
    ['a control character', { suggestedName: 'a\u0000b.mplan' }, 'suggestedName'],
    ['a name of dots', { suggestedName: '..' }, 'suggestedName'],
    ['an unknown encoding', { encoding: 'latin1' }, 'encoding'],
    ['data that is not text', { data: 42 }, 'data'],
    ['a bad media type', { mime: 'not a type' }, 'mime'],
    ['an extension with a dot', { filters: [{ name: 'Plan', extensions: ['.mplan'] }] }, 'filters[0].extensions[0]'],
    ['an extra field', { folder: '/etc' }, ''],
  ])('refuses %s without showing a dialog', async (_what, change, issuePath) => {
    const { event } = appEvent();
    const result = (await registered()(event, { ...textRequest, ...change })) as { ok: false; error: { code: string; issues: { path: string }[] } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid');
    expect(result.error.issues.map((i) => i.path)).toContain(issuePath);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([null, 'text', 42, []])('refuses a request that is %j', async (request) => {
    const { event } = appEvent();
    expect(await registered()(event, request)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses base64 with characters outside the alphabet rather than saving a damaged file', async () => {
    const { event } = appEvent();
    const result = await registered()(event, { ...textRequest, encoding: 'base64', data: 'UEsD!!==' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'data' }] } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses more than 200 MB', async () => {
    const { event } = appEvent();
    const big = 'a'.repeat(MAX_SAVE_BYTES + 1);
    const result = await registered()(event, { ...textRequest, data: big });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a page that is not the app’s own', async () => {
    const { window } = appEvent();
    const event = { senderFrame: { url: 'https://evil.example/' }, sender: window.webContents };
    expect(await registered()(event, textRequest)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a write failure as an error result, not a rejection', async () => {
    const { event } = appEvent();
    const target = path.join(dir, 'no-such-folder', 'plan.mplan');
    electron.dialog.showSaveDialog.mockImplementation(async () => ({ canceled: false, filePath: target }));
    const result = (await registered()(event, textRequest)) as { ok: false; error: { code: string; message: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(result.error.message).toContain(target);
  });

  it('leaves the old file whole when the new one cannot be written', async () => {
    const target = path.join(dir, 'plan.mplan');
    fs.writeFileSync(target, 'old contents');
    // A folder where the temporary file would go makes the first write fail.
    fs.mkdirSync(path.join(dir, `.plan.mplan.${process.pid}.partial`));
    await expect(writeFileWhole(target, Buffer.from('new'))).rejects.toThrow();
    expect(fs.readFileSync(target, 'utf8')).toBe('old contents');
  });

  it('uses a dialog without a parent when the sender has no window', async () => {
    const stray = { senderFrame: { url: indexUrl }, sender: {} };
    const deps = { ...electronSaveFileDeps(), writeFile: vi.fn(async () => undefined) };
    electron.dialog.showSaveDialog.mockImplementation(async () => ({ canceled: false, filePath: path.join(dir, 'x.mplan') }));
    await handleSaveFile(deps, indexUrl, stray as never, textRequest);
    expect(electron.dialog.showSaveDialog.mock.calls[0]!.length).toBe(1);
  });
});
