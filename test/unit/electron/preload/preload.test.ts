import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, MENU_CHANNEL } from '../../../../shared/contracts/commands';

// A recording stand-in for the two Electron objects a sandboxed preload can reach.
const fake = vi.hoisted(() => {
  const exposed: [string, unknown][] = [];
  return { exposed };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })),
  });
  return {
    ipcRenderer,
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, value: unknown) => {
        fake.exposed.push([key, value]);
      }),
    },
  };
});

type Api = {
  invoke: (name: string, request: unknown) => Promise<unknown>;
  onMenu: (listener: (...args: unknown[]) => void) => () => void;
  saveFile: (request: unknown) => Promise<unknown>;
  saveFiles: (request: unknown) => Promise<unknown>;
  presenter: {
    open: () => Promise<unknown>;
    show: (notes: unknown) => Promise<unknown>;
    close: () => Promise<unknown>;
    current: () => Promise<unknown>;
    onNotes: (listener: (...args: unknown[]) => void) => () => void;
    onClosed: (listener: () => void) => () => void;
  };
  platform: string;
};

let api: Api;
let ipcRenderer: EventEmitter & { invoke: ReturnType<typeof vi.fn> };

beforeAll(async () => {
  await import('../../../../electron/preload/preload');
  const electron = (await import('electron')) as unknown as { ipcRenderer: typeof ipcRenderer };
  ipcRenderer = electron.ipcRenderer;
  api = fake.exposed[0]![1] as Api;
});

describe('preload', () => {
  it("exposes one object, under the name 'planwright', and nothing else", () => {
    expect(fake.exposed.map(([key]) => key)).toEqual(['planwright']);
  });

  it('gives the page exactly invoke, onMenu, saveFile, saveFiles, presenter and platform', () => {
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onMenu', 'platform', 'presenter', 'saveFile', 'saveFiles']);
    expect(Object.keys(api.presenter).sort()).toEqual(['close', 'current', 'onClosed', 'onNotes', 'open', 'show']);
    expect(api.platform).toBe(process.platform);
    // Nothing exposed is ipcRenderer itself or one of its methods.
    for (const value of Object.values(api)) {
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.invoke);
    }
  });

  it('invoke uses the planwright:invoke channel only, passing name and request through', async () => {
    ipcRenderer.invoke.mockClear();
    const request = { query: '春季' };
    await expect(api.invoke('plans.list', request)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.invoke.mock.calls[0]).toEqual(['planwright:invoke', 'plans.list', request]);
    expect(INVOKE_CHANNEL).toBe('planwright:invoke');
  });

  it('saveFile uses the planwright:save-file channel only, passing the request through', async () => {
    ipcRenderer.invoke.mockClear();
    const request = { suggestedName: 'Plan.mplan', mime: 'application/json', data: '{}', encoding: 'utf8', filters: [] };
    await expect(api.saveFile(request)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(ipcRenderer.invoke.mock.calls).toEqual([['planwright:save-file', request]]);
    expect(ipcRenderer.invoke.mock.calls[0]![1]).toBe(request);
  });

  it('saveFiles uses the planwright:save-files channel only, passing the request through', async () => {
    ipcRenderer.invoke.mockClear();
    const request = { title: 'Choose a folder', files: [{ name: 'Li Wei — Plan.mplan', text: '{}' }] };
    await expect(api.saveFiles(request)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(ipcRenderer.invoke.mock.calls).toEqual([['planwright:save-files', request]]);
  });

  it('the presenter calls use their planwright:presenter- channels, and the notes reach the page without the IPC event', async () => {
    ipcRenderer.invoke.mockClear();
    await api.presenter.open();
    await api.presenter.show({ title: 'Notes' });
    await api.presenter.current();
    await api.presenter.close();
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['planwright:presenter-open'],
      ['planwright:presenter-show', { title: 'Notes' }],
      ['planwright:presenter-current'],
      ['planwright:presenter-close'],
    ]);
    const listener = vi.fn();
    const off = api.presenter.onNotes(listener);
    ipcRenderer.emit('planwright:presenter-notes', { sender: ipcRenderer }, { title: 'Notes' });
    expect(listener.mock.calls).toEqual([[{ title: 'Notes' }]]);
    off();
    ipcRenderer.emit('planwright:presenter-notes', { sender: ipcRenderer }, { title: 'Again' });
    expect(listener).toHaveBeenCalledTimes(1);
    const closed = vi.fn();
    const offClosed = api.presenter.onClosed(closed);
    ipcRenderer.emit('planwright:presenter-closed', { sender: ipcRenderer });
    expect(closed.mock.calls).toEqual([[]]);
    offClosed();
  });

  it('onMenu hands the listener the command string alone, never the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenu(listener);
    const event = { sender: ipcRenderer, senderId: 0 };
    ipcRenderer.emit(MENU_CHANNEL, event, 'undo');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual(['undo']);
    unsubscribe();
  });

  it('onMenu listens on planwright:menu only', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenu(listener);
    expect(ipcRenderer.eventNames()).toEqual(['planwright:menu']);
    ipcRenderer.emit('menu', {}, 'undo');
    ipcRenderer.emit('planwright:other', {}, 'undo');
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('the function onMenu returns unsubscribes that listener, and only it', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.onMenu(first);
    const unsubscribeSecond = api.onMenu(second);
    unsubscribeFirst();
    ipcRenderer.emit(MENU_CHANNEL, {}, 'redo');
    expect(first).not.toHaveBeenCalled();
    expect(second.mock.calls).toEqual([['redo']]);
    unsubscribeSecond();
    expect(ipcRenderer.listenerCount(MENU_CHANNEL)).toBe(0);
  });
});
