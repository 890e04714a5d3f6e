import { beforeEach, describe, expect, it } from 'vitest';
import { createSocketTransport, RETRY_BASE_MS, RETRY_MAX_MS, socketUrl } from '../../../../renderer/src/api/socket-transport';
import { watchPageLeaving } from '../../../../renderer/src/api/page-leaving';
import { FakeWebSocket } from './fake-web-socket';

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => FakeWebSocket.reset());

describe('socketUrl', () => {
  it('points at /api/socket on the page’s own host, wss under https', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:5173' })).toBe('ws://127.0.0.1:5173/api/socket');
    expect(socketUrl({ protocol: 'https:', host: 'localhost:8443' })).toBe('wss://localhost:8443/api/socket');
  });
});

describe('createSocketTransport back-off', () => {
  it('doubles the wait after each socket that fails to open, up to the cap', async () => {
    let now = 0;
    const transport = createSocketTransport({ url: 'ws://x/api/socket', protocols: ['planwright'], WebSocketImpl: FakeWebSocket, now: () => now });
    let call = transport.invoke('app.info', {});
    await settle();
    const waits: number[] = [];
    for (let failures = 1; failures <= 8; failures += 1) {
      FakeWebSocket.last.failToOpen();
      expect(await call).toBeNull();
      const wait = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (failures - 1));
      waits.push(wait);
      now += wait - 1;
      expect(await transport.invoke('app.info', {})).toBeNull();
      expect(FakeWebSocket.made).toHaveLength(failures);
      now += 1;
      call = transport.invoke('app.info', {});
      await settle();
      expect(FakeWebSocket.made).toHaveLength(failures + 1);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    FakeWebSocket.last.failToOpen();
    await call;
  });

  it('waits exactly the base delay after the first failure and resets after a socket answers', async () => {
    let now = 0;
    const transport = createSocketTransport({ url: 'ws://x/api/socket', protocols: ['planwright'], WebSocketImpl: FakeWebSocket, now: () => now });
    const first = transport.invoke('app.info', {});
    await settle();
    FakeWebSocket.last.failToOpen();
    expect(await first).toBeNull();
    now = RETRY_BASE_MS - 1;
    expect(await transport.invoke('app.info', {})).toBeNull();
    expect(FakeWebSocket.made).toHaveLength(1);
    now = RETRY_BASE_MS;
    const second = transport.invoke('app.info', {});
    await settle();
    expect(FakeWebSocket.made).toHaveLength(2);
    FakeWebSocket.last.failToOpen();
    await second;
    // Second failure in a row: twice the base.
    now += 2 * RETRY_BASE_MS - 1;
    expect(await transport.invoke('app.info', {})).toBeNull();
    expect(FakeWebSocket.made).toHaveLength(2);
    now += 1;
    const third = transport.invoke('app.info', {});
    await settle();
    FakeWebSocket.last.open();
    await settle();
    FakeWebSocket.last.answer(FakeWebSocket.last.requests()[0]!.id, { ok: true, value: 1 });
    expect(await third).toEqual({ ok: true, value: 1 });
    // A working socket that later drops waits only the base delay again.
    FakeWebSocket.last.drop();
    now += RETRY_BASE_MS;
    const fourth = transport.invoke('app.info', {});
    await settle();
    expect(FakeWebSocket.made).toHaveLength(4);
    FakeWebSocket.last.failToOpen();
    await fourth;
  });

  it('posts (resolves null) while the open socket is closing, and never sends on it', async () => {
    const transport = createSocketTransport({ url: 'ws://x/api/socket', protocols: ['planwright'], WebSocketImpl: FakeWebSocket });
    const call = transport.invoke('app.info', {});
    await settle();
    FakeWebSocket.last.open();
    await settle();
    FakeWebSocket.last.answer(FakeWebSocket.last.requests()[0]!.id, { ok: true, value: 1 });
    await call;
    FakeWebSocket.last.readyState = 2;
    expect(await transport.invoke('app.info', {})).toBeNull();
    expect(FakeWebSocket.last.sent).toHaveLength(1);
  });
});

describe('watchPageLeaving', () => {
  it('listens in the capture phase, so it runs before the app’s own flush listeners', () => {
    const added: Array<{ type: string; capture: boolean }> = [];
    watchPageLeaving({ addEventListener: (type, _listener, options) => added.push({ type, capture: options.capture }) });
    expect(added).toEqual([
      { type: 'beforeunload', capture: true },
      { type: 'pagehide', capture: true },
      { type: 'pageshow', capture: true },
    ]);
  });

  it('is set by beforeunload until the task ends, unless pagehide follows', () => {
    const events = new EventTarget();
    const later: Array<() => void> = [];
    const page = watchPageLeaving(events, (fn) => later.push(fn));
    expect(page.leaving).toBe(false);
    events.dispatchEvent(new Event('beforeunload'));
    expect(page.leaving).toBe(true);
    later.shift()!();
    expect(page.leaving).toBe(false);
    events.dispatchEvent(new Event('beforeunload'));
    events.dispatchEvent(new Event('pagehide'));
    later.shift()!();
    expect(page.leaving).toBe(true);
    events.dispatchEvent(new Event('pageshow'));
    expect(page.leaving).toBe(false);
  });
});
