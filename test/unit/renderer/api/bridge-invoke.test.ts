import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanwrightApi } from '../../../../shared/contracts/api';
import type { Result } from '../../../../shared/contracts/result';
import { SOCKET_PROTOCOL } from '../../../../shared/contracts/socket-protocol';
import { createBridgeInvoke, SOCKET_BODY_LIMIT, type FetchLike } from '../../../../renderer/src/api/bridge-invoke';
import { CONNECTION_LOST_MESSAGE, CONNECT_TIMEOUT_MS, RETRY_BASE_MS } from '../../../../renderer/src/api/socket-transport';
import { FakeWebSocket } from './fake-web-socket';

type Posted = { url: string; body: unknown; keepalive: boolean; token: string | undefined };

const TOKEN = 'tok_-en123';
const URL = 'ws://127.0.0.1:4321/api/socket';

let posted: Posted[];
let fetchAnswer: () => Promise<{ status: number; json(): Promise<unknown> }>;
let events: EventTarget;

const fetchImpl: FetchLike = async (url, init) => {
  posted.push({ url, body: JSON.parse(init.body), keepalive: init.keepalive, token: init.headers['X-Planwright-Token'] });
  return fetchAnswer();
};

function bridge(options: { sockets?: boolean } = {}): PlanwrightApi['invoke'] {
  return createBridgeInvoke({ token: TOKEN, fetchImpl, WebSocketImpl: options.sockets === false ? null : FakeWebSocket, socketUrl: URL, events });
}

/** Lets the transport's awaits run (opening, sending). */
const settle = () => new Promise((r) => setTimeout(r, 0));

const VIA_POST: Result<unknown> = { ok: true, value: 'via post' };

beforeEach(() => {
  FakeWebSocket.reset();
  posted = [];
  fetchAnswer = async () => ({ status: 200, json: async () => VIA_POST });
  events = new EventTarget();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('over the socket', () => {
  it('opens one socket on the first call, offering the token as a subprotocol, and waits for it', async () => {
    const invoke = bridge();
    expect(FakeWebSocket.made).toHaveLength(0);
    const call = invoke('app.info', {});
    await settle();
    const socket = FakeWebSocket.last;
    expect(socket.url).toBe(URL);
    expect(socket.protocols).toEqual([SOCKET_PROTOCOL, `planwright-token.${TOKEN}`]);
    expect(socket.sent).toEqual([]);
    socket.open();
    await settle();
    const [request] = socket.requests();
    expect(request).toEqual({ id: expect.any(Number), command: 'app.info', request: {} });
    socket.answer(request!.id, { ok: true, value: { version: '1.2.3' } });
    expect(await call).toEqual({ ok: true, value: { version: '1.2.3' } });
    expect(posted).toEqual([]);
    expect(FakeWebSocket.made).toHaveLength(1);
  });

  it('matches concurrent calls to their answers by id, whatever order they come in', async () => {
    const invoke = bridge();
    const first = invoke('plans.get', { planId: 'a' });
    await settle();
    FakeWebSocket.last.open();
    const second = invoke('plans.get', { planId: 'b' });
    const third = invoke('plans.get', { planId: 'c' });
    await settle();
    const socket = FakeWebSocket.last;
    const requests = socket.requests();
    expect(requests.map((r) => (r.request as { planId: string }).planId)).toEqual(['a', 'b', 'c']);
    expect(new Set(requests.map((r) => r.id)).size).toBe(3);
    for (const r of [...requests].reverse()) socket.answer(r.id, { ok: true, value: (r.request as { planId: string }).planId });
    expect(await Promise.all([first, second, third])).toEqual([
      { ok: true, value: 'a' },
      { ok: true, value: 'b' },
      { ok: true, value: 'c' },
    ]);
    expect(FakeWebSocket.made).toHaveLength(1);
    expect(posted).toEqual([]);
  });

  it('passes domain errors through as they came', async () => {
    const invoke = bridge();
    const call = invoke('plans.get', { planId: 'x' });
    await settle();
    FakeWebSocket.last.open();
    await settle();
    const error: Result<unknown> = {
      ok: false,
      error: { code: 'not_found', message: 'No such plan', issues: [{ path: 'planId', message: 'unknown' }] },
    };
    FakeWebSocket.last.answer(FakeWebSocket.last.requests()[0]!.id, error);
    expect(await call).toEqual(error);
  });
});

describe('falling back to POST', () => {
  it('posts the call when the socket errors before opening, and does not retry the socket at once', async () => {
    const invoke = bridge();
    const call = invoke('settings.get', {});
    await settle();
    FakeWebSocket.last.failToOpen();
    expect(await call).toEqual(VIA_POST);
    expect(posted).toEqual([{ url: '/api/invoke', body: { command: 'settings.get', request: {} }, keepalive: true, token: TOKEN }]);
    // Within the back-off the next call goes straight to POST, with no new socket.
    expect(await invoke('settings.get', {})).toEqual(VIA_POST);
    expect(FakeWebSocket.made).toHaveLength(1);
    expect(posted).toHaveLength(2);
  });

  it('tries the socket again on a call after the back-off', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const invoke = bridge();
    const call = invoke('settings.get', {});
    await settle();
    FakeWebSocket.last.failToOpen();
    await call;
    vi.setSystemTime(Date.now() + RETRY_BASE_MS + 1);
    const again = invoke('settings.get', {});
    await settle();
    expect(FakeWebSocket.made).toHaveLength(2);
    FakeWebSocket.last.open();
    await settle();
    FakeWebSocket.last.answer(FakeWebSocket.last.requests()[0]!.id, { ok: true, value: 'via socket' });
    expect(await again).toEqual({ ok: true, value: 'via socket' });
    expect(posted).toHaveLength(1);
  });

  it('posts when the socket does not open in time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const invoke = bridge();
    const call = invoke('settings.get', {});
    await vi.advanceTimersByTimeAsync(CONNECT_TIMEOUT_MS - 1);
    expect(posted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await call).toEqual(VIA_POST);
    expect(FakeWebSocket.last.closeCalls).toBe(1);
  });

  it('posts when the WebSocket constructor throws', async () => {
    FakeWebSocket.throwOnCreate = new Error('SyntaxError: bad protocol');
    expect(await bridge()('settings.get', {})).toEqual(VIA_POST);
    expect(posted).toHaveLength(1);
  });

  it('posts everything where there is no WebSocket', async () => {
    expect(await bridge({ sockets: false })('settings.get', {})).toEqual(VIA_POST);
    expect(FakeWebSocket.made).toHaveLength(0);
  });

  it('posts bodies over the socket limit', async () => {
    const invoke = bridge();
    const call = invoke('plans.create', { name: 'x'.repeat(SOCKET_BODY_LIMIT) } as never);
    expect(await call).toEqual(VIA_POST);
    expect(FakeWebSocket.made).toHaveLength(0);
    expect(posted[0]!.keepalive).toBe(false);
  });

  it('turns every POST failure into an error Result', async () => {
    const invoke = bridge({ sockets: false });
    fetchAnswer = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await invoke('app.info', {})).toEqual({ ok: false, error: { code: 'internal', message: 'Failed to fetch' } });
    fetchAnswer = async () => ({ status: 401, json: async () => 'nope' });
    expect(await invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    fetchAnswer = async () => ({ status: 502, json: async () => JSON.parse('<html>') as unknown });
    expect(await invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('502') } });
  });
});

describe('a socket that closes', () => {
  it('resolves the calls pending on it to a lost-connection error, without re-sending them', async () => {
    const invoke = bridge();
    const first = invoke('rows.upsert', { planId: 'p' } as never);
    await settle();
    FakeWebSocket.last.open();
    const second = invoke('fields.set', { planId: 'p' } as never);
    await settle();
    expect(FakeWebSocket.last.sent).toHaveLength(2);
    FakeWebSocket.last.drop();
    const lost = { ok: false, error: { code: 'internal', message: CONNECTION_LOST_MESSAGE, reason: 'connectionLost' } };
    expect(await first).toEqual(lost);
    expect(await second).toEqual(lost);
    expect(posted).toEqual([]);
    // The save's Retry then gets through by POST while the socket backs off.
    expect(await invoke('rows.upsert', { planId: 'p' } as never)).toEqual(VIA_POST);
  });

  it('starts over when the server answers without an id, so no call waits forever', async () => {
    const invoke = bridge();
    const call = invoke('app.info', {});
    await settle();
    FakeWebSocket.last.open();
    await settle();
    FakeWebSocket.last.answer(null, { ok: false, error: { code: 'invalid', message: 'Message is not valid JSON' } });
    expect(await call).toMatchObject({ ok: false, error: { code: 'internal', message: CONNECTION_LOST_MESSAGE } });
    expect(FakeWebSocket.last.closeCalls).toBe(1);
  });

  it('reports an answer that is not a Result instead of trusting it', async () => {
    const invoke = bridge();
    const call = invoke('app.info', {});
    await settle();
    FakeWebSocket.last.open();
    await settle();
    FakeWebSocket.last.message(JSON.stringify({ id: FakeWebSocket.last.requests()[0]!.id, result: { weird: true } }));
    expect(await call).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('while the page is being left', () => {
  async function openSocket(invoke: PlanwrightApi['invoke']) {
    const call = invoke('app.info', {});
    await settle();
    FakeWebSocket.last.open();
    await settle();
    FakeWebSocket.last.answer(FakeWebSocket.last.requests()[0]!.id, { ok: true, value: 'socket' });
    await call;
  }

  it('sends by fetch with keepalive after pagehide, and by the socket again after pageshow', async () => {
    const invoke = bridge();
    await openSocket(invoke);
    events.dispatchEvent(new Event('pagehide'));
    expect(await invoke('fields.set', { planId: 'p' } as never)).toEqual(VIA_POST);
    expect(posted).toEqual([{ url: '/api/invoke', body: { command: 'fields.set', request: { planId: 'p' } }, keepalive: true, token: TOKEN }]);
    expect(FakeWebSocket.last.sent).toHaveLength(1);
    events.dispatchEvent(new Event('pageshow'));
    const back = invoke('app.info', {});
    await settle();
    expect(FakeWebSocket.last.sent).toHaveLength(2);
    FakeWebSocket.last.answer(FakeWebSocket.last.requests()[1]!.id, { ok: true, value: 'socket' });
    expect(await back).toEqual({ ok: true, value: 'socket' });
  });

  it('sends by fetch with keepalive during beforeunload, and by the socket once that task is over', async () => {
    const invoke = bridge();
    await openSocket(invoke);
    events.dispatchEvent(new Event('beforeunload'));
    // The app's flush runs in the same task: its saves must go by keepalive fetch.
    const flushed = invoke('rows.upsert', { planId: 'p' } as never);
    expect(await flushed).toEqual(VIA_POST);
    expect(posted[0]!.keepalive).toBe(true);
    // The user stayed: later saves use the socket again.
    await settle();
    const later = invoke('app.info', {});
    await settle();
    expect(FakeWebSocket.last.sent).toHaveLength(2);
    FakeWebSocket.last.answer(FakeWebSocket.last.requests()[1]!.id, { ok: true, value: 'socket' });
    expect(await later).toEqual({ ok: true, value: 'socket' });
  });

  it('keeps using fetch when pagehide follows beforeunload', async () => {
    const invoke = bridge();
    await openSocket(invoke);
    events.dispatchEvent(new Event('beforeunload'));
    events.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(await invoke('rows.upsert', { planId: 'p' } as never)).toEqual(VIA_POST);
    expect(FakeWebSocket.last.sent).toHaveLength(1);
  });

  it('posts at once without opening a socket when the page is left before any', async () => {
    const invoke = bridge();
    events.dispatchEvent(new Event('pagehide'));
    expect(await invoke('rows.upsert', { planId: 'p' } as never)).toEqual(VIA_POST);
    expect(posted[0]!.keepalive).toBe(true);
    expect(FakeWebSocket.made).toHaveLength(0);
  });

  it('posts a call that was waiting for the socket to open when the page began to leave', async () => {
    const invoke = bridge();
    const call = invoke('rows.upsert', { planId: 'p' } as never);
    await settle();
    events.dispatchEvent(new Event('pagehide'));
    FakeWebSocket.last.open();
    expect(await call).toEqual(VIA_POST);
    expect(FakeWebSocket.last.sent).toEqual([]);
  });
});
