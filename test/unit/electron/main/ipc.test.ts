import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../../../../shared/contracts/commands';
import { createBackend, type Backend } from '../../../../electron/core/backend';

// ipc.ts needs no Electron at run time, but security.ts beside it imports `shell`.
vi.mock('electron', async () => (await import('./electron-mock')).electron);
const { handleInvoke, registerIpc } = await import('../../../../electron/main/ipc');

const indexUrl = 'app://planwright/index.html';
const fromApp = { senderFrame: { url: `${indexUrl}#/library` } };

function recordingBackend() {
  return { dispatch: vi.fn((_name: unknown, _request: unknown) => ({ ok: true as const, value: 'answer' })) };
}

function registeredHandler(backend: { dispatch: Backend['dispatch'] }) {
  const ipcMain = { handle: vi.fn() };
  registerIpc(ipcMain as never, backend, indexUrl);
  expect(ipcMain.handle).toHaveBeenCalledTimes(1);
  expect(ipcMain.handle.mock.calls[0]![0]).toBe(INVOKE_CHANNEL);
  return ipcMain.handle.mock.calls[0]![1] as (event: unknown, name: unknown, request: unknown) => unknown;
}

describe('invoke handler', () => {
  it('routes a call from the app page to dispatch, unchanged, and returns its result', () => {
    const backend = recordingBackend();
    const handler = registeredHandler(backend);
    const request = { query: 'Spring' };
    expect(handler(fromApp, 'plans.list', request)).toEqual({ ok: true, value: 'answer' });
    expect(backend.dispatch).toHaveBeenCalledTimes(1);
    expect(backend.dispatch.mock.calls[0]![0]).toBe('plans.list');
    expect(backend.dispatch.mock.calls[0]![1]).toBe(request);
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['another page of the app origin', 'app://planwright/evil.html'],
    ['the built page opened as a file', pathToFileURL(path.resolve('/opt/planwright/dist/renderer/index.html')).href],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
  ])('rejects a call from %s without dispatching', (_what, url) => {
    const backend = recordingBackend();
    const result = handleInvoke(backend, indexUrl, { senderFrame: { url } } as never, 'plans.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('rejects a call whose frame is gone', () => {
    const backend = recordingBackend();
    expect(handleInvoke(backend, indexUrl, { senderFrame: null }, 'plans.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into an internal error result', () => {
    const backend = {
      dispatch: vi.fn(() => {
        throw new Error('disk on fire');
      }),
    };
    expect(handleInvoke(backend, indexUrl, fromApp as never, 'plans.list', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk on fire' },
    });
  });
});

describe('invoke handler on the real backend', () => {
  let dir: string | undefined;
  let backend: Backend | undefined;
  afterEach(() => {
    backend?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates and lists a plan, and refuses bad input and unknown commands', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-ipc-'));
    backend = createBackend({ dataDir: dir, mode: 'test' });
    const handler = registeredHandler(backend);

    expect(handler(fromApp, 'no.such.command', {})).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    expect(handler(fromApp, 'plans.rename', { planId: 42 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(handler(fromApp, 'plans.list', {})).toEqual({ ok: true, value: [] });

    const created = handler(fromApp, 'plans.create', {
      name: 'Spring launch 春季发布',
      client: 'Acme',
      currency: 'EUR',
      language: 'en',
      periodStart: '2026-03-01',
      periodEnd: '2026-06-30',
    }) as { ok: boolean; value?: { name: string } };
    expect(created, JSON.stringify(created)).toMatchObject({ ok: true, value: { name: 'Spring launch 春季发布' } });
    const listed = handler(fromApp, 'plans.list', {}) as { ok: true; value: { name: string }[] };
    expect(listed.value.map((p) => p.name)).toEqual(['Spring launch 春季发布']);

    // A foreign frame gets nothing, even for a read.
    expect(handler({ senderFrame: { url: 'https://evil.example/' } }, 'plans.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });
});
