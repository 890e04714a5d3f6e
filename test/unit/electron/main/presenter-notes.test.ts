import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, resetElectronMock } from './electron-mock';
import type { PresenterNotesView } from '../../../../shared/present/notes';

vi.mock('electron', async () => (await import('./electron-mock')).electron);
const { createMainWindow, createPresenterWindow } = await import('../../../../electron/main/window');
const { PresenterNotesHub, registerPresenterNotes } = await import('../../../../electron/main/presenter-notes');

const indexUrl = 'app://planwright/index.html';
const paths = { preload: '/opt/planwright/dist/electron/preload.cjs', indexUrl };

beforeEach(() => resetElectronMock());

function notes(slide: string): PresenterNotesView {
  return {
    lang: 'zh-CN',
    part: 'budget',
    title: '演讲者备注 · 预算',
    slide,
    healthHeading: '本部分的计划健康检查',
    guidanceHeading: '本部分的写作指导',
    findings: [{ severity: 'warning', text: '行动成本合计与营销预算不一致。' }],
    clear: null,
    more: null,
    tips: ['先列出收入预测。'],
    keysHint: '← → 翻页',
  };
}

/** The registered handlers by channel, and the hub behind them. */
function registered() {
  const ipcMain = { handle: vi.fn() };
  const hub = new PresenterNotesHub(() => createPresenterWindow(paths) as never);
  registerPresenterNotes(ipcMain as never, hub, indexUrl);
  const handlers = new Map(
    ipcMain.handle.mock.calls.map(([channel, handler]) => [channel as string, handler as (e: unknown, r?: unknown) => unknown]),
  );
  return { hub, handlers };
}

const fromApp = { senderFrame: { url: `${indexUrl}#/plans/p1` } };
const fromNotes = { senderFrame: { url: `${indexUrl}#/presenter-notes` } };

describe('the presenter notes window', () => {
  it('has exactly the main window’s security settings, and loads the app’s own page routed to the notes', () => {
    createMainWindow(paths);
    createPresenterWindow(paths);
    const [main, notesWindow] = FakeBrowserWindow.instances as [FakeBrowserWindow, FakeBrowserWindow];
    expect(notesWindow.options.webPreferences).toEqual(main.options.webPreferences);
    expect(notesWindow.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(notesWindow.loadURL).toHaveBeenCalledWith('app://planwright/index.html#/presenter-notes');
    // Shown without the focus, so the presentation keeps the keys.
    expect(notesWindow.options.show).toBe(false);
    notesWindow.emit('ready-to-show');
    expect(notesWindow.showInactive).toHaveBeenCalledTimes(1);
    expect(notesWindow.show).not.toHaveBeenCalled();
  });

  it('registers the planwright: presenter channels only', () => {
    const { handlers } = registered();
    expect([...handlers.keys()].sort()).toEqual([
      'planwright:presenter-close',
      'planwright:presenter-current',
      'planwright:presenter-open',
      'planwright:presenter-show',
    ]);
  });

  it('opens one window, forwards each slide’s notes to it, hands the latest to a page that asks, and closes it', async () => {
    const { handlers } = registered();
    const presenting = { send: vi.fn(), isDestroyed: () => false };
    expect(await handlers.get('planwright:presenter-open')!({ ...fromApp, sender: presenting })).toEqual({ ok: true, value: null });
    expect(await handlers.get('planwright:presenter-open')!(fromApp)).toEqual({ ok: true, value: null });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0]!;

    // The page has not loaded yet: it asks once it runs, then follows.
    await handlers.get('planwright:presenter-show')!(fromApp, notes('第 3 页，共 12 页：预算'));
    expect(await handlers.get('planwright:presenter-current')!(fromNotes)).toEqual({ ok: true, value: notes('第 3 页，共 12 页：预算') });
    await handlers.get('planwright:presenter-show')!(fromApp, notes('第 4 页，共 12 页：预算'));
    expect(window.webContents.send.mock.calls).toEqual([
      ['planwright:presenter-notes', notes('第 3 页，共 12 页：预算')],
      ['planwright:presenter-notes', notes('第 4 页，共 12 页：预算')],
    ]);

    await handlers.get('planwright:presenter-close')!(fromApp);
    expect(window.close).toHaveBeenCalledTimes(1);
    // Closed by the presentation itself: nobody needs telling.
    expect(presenting.send).not.toHaveBeenCalled();
    expect(await handlers.get('planwright:presenter-current')!(fromNotes)).toEqual({ ok: true, value: null });
    // Notes sent after the end go nowhere.
    await handlers.get('planwright:presenter-show')!(fromApp, notes('x'));
    expect(window.webContents.send).toHaveBeenCalledTimes(2);
  });

  it('tells the presenting page when the user closes the window, forgets it, and opens a new one on the next ask', async () => {
    const { handlers } = registered();
    const presenting = { send: vi.fn(), isDestroyed: () => false };
    await handlers.get('planwright:presenter-open')!({ ...fromApp, sender: presenting });
    FakeBrowserWindow.instances[0]!.close();
    expect(presenting.send.mock.calls).toEqual([['planwright:presenter-closed']]);
    await handlers.get('planwright:presenter-open')!(fromApp);
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('refuses notes of another shape, and every request not from the app’s own page', async () => {
    const { handlers } = registered();
    const bad = await handlers.get('planwright:presenter-show')!(fromApp, { ...notes('x'), script: 'alert(1)' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const long = await handlers.get('planwright:presenter-show')!(fromApp, { ...notes('x'), tips: Array.from({ length: 31 }, () => 'tip') });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const foreign = { senderFrame: { url: 'https://example.com/' } };
    for (const channel of ['planwright:presenter-open', 'planwright:presenter-current']) {
      expect(await handlers.get(channel)!(foreign)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });
});
