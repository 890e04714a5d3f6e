import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ok, type Result } from '../../../../shared/contracts/result';
import { SOCKET_PROTOCOL, socketProtocols, type SocketResponse } from '../../../../shared/contracts/socket-protocol';
import { MAX_BODY_BYTES, startWebServer, type Dispatcher, type WebServer } from '../../../../electron/web/server';
import { NEW_PLAN, testBackend } from '../../helpers/backend';

/** Records what reached the backend; `hold` makes a command answer only when the test says. */
class FakeBackend implements Dispatcher {
  calls: Array<{ name: unknown; request: unknown }> = [];
  held = new Map<string, (result: Result<unknown>) => void>();
  hold = new Set<string>();
  dispatch(name: unknown, request: unknown): Result<unknown> | Promise<Result<unknown>> {
    this.calls.push({ name, request });
    if (name === 'throws') throw new Error('boom');
    if (typeof name === 'string' && this.hold.has(name)) return new Promise((resolve) => this.held.set(name, resolve));
    return ok({ echoed: name, request });
  }
}

let root: string;
let staticDir: string;
let backend: FakeBackend;
let web: WebServer;
let origin: string;
const opened: WebSocket[] = [];

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pw-socket-bridge-'));
  staticDir = path.join(root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  backend = new FakeBackend();
  web = await startWebServer({ backend, staticDir, port: 0 });
  origin = `http://127.0.0.1:${web.port}`;
});

afterAll(async () => {
  for (const ws of opened) ws.terminate();
  await web?.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  backend.calls = [];
  backend.hold.clear();
  backend.held.clear();
});

type Outcome = { kind: 'open'; ws: WebSocket; protocolHeader: string | undefined } | { kind: 'refused'; status: number; body: string };

type ConnectOptions = {
  server?: WebServer;
  path?: string;
  /** null sends no Origin at all. */
  origin?: string | null;
  protocols?: string[];
  host?: string;
};

/** Opens a socket the way the page does, with each part of the handshake overridable. */
function connect(options: ConnectOptions = {}): Promise<Outcome> {
  const server = options.server ?? web;
  const ownOrigin = `http://127.0.0.1:${server.port}`;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${options.path ?? '/api/socket'}`, options.protocols ?? socketProtocols(server.token), {
      origin: options.origin === null ? undefined : (options.origin ?? ownOrigin),
      headers: options.host ? { Host: options.host } : undefined,
    });
    let protocolHeader: string | undefined;
    ws.on('upgrade', (res) => {
      protocolHeader = res.headers['sec-websocket-protocol'] as string | undefined;
    });
    ws.on('open', () => {
      opened.push(ws);
      resolve({ kind: 'open', ws, protocolHeader });
    });
    ws.on('unexpected-response', (_req, res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ kind: 'refused', status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    ws.on('error', reject);
  });
}

async function open(options: ConnectOptions = {}): Promise<WebSocket> {
  const outcome = await connect(options);
  if (outcome.kind !== 'open') throw new Error(`refused with ${outcome.status}: ${outcome.body}`);
  return outcome.ws;
}

/** Collects the next `count` answers, in the order they arrive. */
function answers(ws: WebSocket, count: number): Promise<SocketResponse[]> {
  return new Promise((resolve) => {
    const got: SocketResponse[] = [];
    const onMessage = (data: Buffer) => {
      got.push(JSON.parse(data.toString('utf8')) as SocketResponse);
      if (got.length === count) {
        ws.off('message', onMessage);
        resolve(got);
      }
    };
    ws.on('message', onMessage);
  });
}

async function roundTrip(ws: WebSocket, message: unknown): Promise<SocketResponse> {
  const answer = answers(ws, 1);
  ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  return (await answer)[0]!;
}

describe('the /api/socket handshake', () => {
  it('opens for the page: own Origin, the token offered as a subprotocol; answers with "planwright" only', async () => {
    const outcome = await connect();
    expect(outcome.kind).toBe('open');
    if (outcome.kind !== 'open') return;
    expect(outcome.protocolHeader).toBe(SOCKET_PROTOCOL);
    expect(outcome.ws.protocol).toBe(SOCKET_PROTOCOL);
    expect(outcome.protocolHeader).not.toContain(web.token);
  });

  it('accepts localhost:PORT as Host with its own Origin', async () => {
    const outcome = await connect({ host: `localhost:${web.port}`, origin: `http://localhost:${web.port}` });
    expect(outcome.kind).toBe('open');
  });

  it('refuses with 401 without the token, with a wrong one or a prefix of it', async () => {
    for (const protocols of [
      [SOCKET_PROTOCOL],
      socketProtocols(randomBytes(32).toString('base64url')),
      socketProtocols(web.token.slice(0, 10)),
      socketProtocols(''),
    ]) {
      const outcome = await connect({ protocols });
      expect(outcome, protocols.join(',')).toMatchObject({ kind: 'refused', status: 401 });
      if (outcome.kind === 'refused') expect(JSON.parse(outcome.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses with 400 when "planwright" itself is not offered', async () => {
    const outcome = await connect({ protocols: [socketProtocols(web.token)[1]!] });
    expect(outcome).toMatchObject({ kind: 'refused', status: 400 });
  });

  it('refuses with 403 a foreign Origin, even with the token', async () => {
    for (const bad of ['http://evil.example', 'null', `http://127.0.0.1:${web.port + 1}`, `https://127.0.0.1:${web.port}`]) {
      expect(await connect({ origin: bad }), bad).toMatchObject({ kind: 'refused', status: 403 });
    }
  });

  it('refuses with 403 a missing Origin (the page always sends one)', async () => {
    expect(await connect({ origin: null })).toMatchObject({ kind: 'refused', status: 403 });
  });

  it('refuses with 403 a foreign Host (DNS rebinding), even with the token and a matching Origin', async () => {
    for (const host of [`evil.example:${web.port}`, `127.0.0.1:${web.port + 1}`]) {
      const outcome = await connect({ host, origin: `http://${host}` });
      expect(outcome, host).toMatchObject({ kind: 'refused', status: 403 });
      if (outcome.kind === 'refused') expect(outcome.body).not.toContain(web.token);
    }
  });

  it('refuses upgrades on any other path', async () => {
    for (const p of ['/', '/api/invoke', '/api/socket/x', '/api/sockets']) {
      expect(await connect({ path: p }), p).toMatchObject({ kind: 'refused', status: 404 });
    }
  });

  it('answers a plain GET of the socket path with 426, not the page', async () => {
    const res = await fetch(`${origin}/api/socket`);
    expect(res.status).toBe(426);
    expect(res.headers.get('upgrade')).toBe('websocket');
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('messages over /api/socket', () => {
  it('carries a real command to the real backend and back', async () => {
    const real = testBackend();
    const server = await startWebServer({ backend: real, staticDir, port: 0 });
    try {
      const ws = await open({ server });
      const created = await roundTrip(ws, { id: 1, command: 'plans.create', request: { ...NEW_PLAN, name: '春季招生 🚀' } });
      expect(created.id).toBe(1);
      expect(created.result).toMatchObject({ ok: true, value: { name: '春季招生 🚀' } });
      const planId = (created.result as { ok: true; value: { id: string } }).value.id;
      const got = await roundTrip(ws, { id: 2, command: 'plans.get', request: { planId } });
      expect(got).toMatchObject({ id: 2, result: { ok: true, value: { meta: { id: planId, name: '春季招生 🚀' } } } });
      const refused = await roundTrip(ws, { id: 3, command: 'plans.get', request: { planId: 42 } });
      expect(refused).toMatchObject({ id: 3, result: { ok: false, error: { code: 'invalid' } } });
    } finally {
      await server.close();
    }
  });

  it('passes exactly the command and request to dispatch', async () => {
    const ws = await open();
    const request = { name: '市场计划', nested: { list: [1, 2, 3] } };
    const answer = await roundTrip(ws, { id: 7, command: 'plans.create', request });
    expect(answer).toEqual({ id: 7, result: { ok: true, value: { echoed: 'plans.create', request } } });
    expect(backend.calls).toEqual([{ name: 'plans.create', request }]);
  });

  it('answers a slow command after a quick one sent later, each with its own id', async () => {
    backend.hold.add('report.export');
    const ws = await open();
    const both = answers(ws, 2);
    ws.send(JSON.stringify({ id: 1, command: 'report.export', request: { slow: true } }));
    ws.send(JSON.stringify({ id: 2, command: 'rows.upsert', request: { quick: true } }));
    await expect.poll(() => backend.calls.length).toBe(2);
    // The quick answer is out before the slow one is released.
    await new Promise((r) => setTimeout(r, 20));
    backend.held.get('report.export')!(ok('exported'));
    const [first, second] = await both;
    expect(first).toEqual({ id: 2, result: { ok: true, value: { echoed: 'rows.upsert', request: { quick: true } } } });
    expect(second).toEqual({ id: 1, result: { ok: true, value: 'exported' } });
  });

  it('answers bad JSON and a missing or non-numeric id with an invalid Result, and keeps answering', async () => {
    const ws = await open();
    for (const bad of ['{"id":', 'not json', '[]', 'null', '{"command":"app.info","request":{}}', '{"id":"1","command":"app.info"}']) {
      const answer = await roundTrip(ws, bad);
      expect(answer.id, bad).toBeNull();
      expect(answer.result, bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(answer.result.ok ? '' : answer.result.error.message, bad).toMatch(/JSON|object|numeric id/);
    }
    expect(backend.calls).toEqual([]);
    expect(await roundTrip(ws, { id: 9, command: 'app.info', request: {} })).toMatchObject({ id: 9, result: { ok: true } });
  });

  it('refuses binary messages with a clear error and keeps the connection', async () => {
    const ws = await open();
    const answer = answers(ws, 1);
    ws.send(Buffer.from(JSON.stringify({ id: 1, command: 'app.info', request: {} })), { binary: true });
    const [refused] = await answer;
    expect(refused).toMatchObject({ id: null, result: { ok: false, error: { code: 'invalid', message: expect.stringMatching(/Binary/) } } });
    expect(backend.calls).toEqual([]);
    expect(await roundTrip(ws, { id: 2, command: 'app.info', request: {} })).toMatchObject({ id: 2, result: { ok: true } });
  });

  it('turns a throwing dispatch into an internal-error Result', async () => {
    const ws = await open();
    expect(await roundTrip(ws, { id: 4, command: 'throws', request: {} })).toEqual({
      id: 4,
      result: { ok: false, error: { code: 'internal', message: 'boom' } },
    });
    expect(await roundTrip(ws, { id: 5, command: 'app.info', request: {} })).toMatchObject({ id: 5, result: { ok: true } });
  });

  it('drops the answer quietly when the page has gone before it', async () => {
    backend.hold.add('report.export');
    const ws = await open();
    ws.send(JSON.stringify({ id: 1, command: 'report.export', request: {} }));
    await expect.poll(() => backend.calls.length).toBe(1);
    ws.terminate();
    await new Promise((r) => setTimeout(r, 20));
    backend.held.get('report.export')!(ok('late'));
    // The server is still fine: a new socket is answered.
    const next = await open();
    expect(await roundTrip(next, { id: 2, command: 'app.info', request: {} })).toMatchObject({ id: 2, result: { ok: true } });
  });

  it('closes with 1009 on a message over the size limit', async () => {
    const ws = await open();
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.send(JSON.stringify({ id: 1, command: 'plans.create', request: { name: 'x'.repeat(MAX_BODY_BYTES) } }));
    expect(await closed).toBe(1009);
    expect(backend.calls).toEqual([]);
  });
});
