import http from 'node:http';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ok, type Result } from '../../../../shared/contracts/result';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/web/security-headers';
import { socketProtocols } from '../../../../shared/contracts/socket-protocol';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../../../electron/web/server';
import { MAX_PLAN_FILE_BYTES, MAX_REQUEST_BYTES } from '../../../../shared/limits';

const INDEX_HTML =
  '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Planwright</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';

/** Records what reached the backend, so a test can prove a refused request reached nothing. */
class FakeBackend {
  calls: Array<{ name: unknown; request: unknown }> = [];
  dispatch(name: unknown, request: unknown): Result<unknown> {
    this.calls.push({ name, request });
    return ok({ echoed: name });
  }
}

let root: string;
let staticDir: string;
let backend: FakeBackend;
let web: WebServer;
let origin: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pw-web-server-'));
  staticDir = path.join(root, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(root, 'secret.txt'), 'TOP SECRET');
  symlinkSync(path.join(root, 'secret.txt'), path.join(staticDir, 'assets', 'link.txt'));
  backend = new FakeBackend();
  web = await startWebServer({ backend, staticDir, port: 0 });
  origin = `http://127.0.0.1:${web.port}`;
});

afterAll(async () => {
  await web?.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  backend.calls = [];
});

function invoke(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': web.token, ...headers },
    body,
  });
}

/** fetch() normalises paths and fixes the Host header; this sends them exactly as given. */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: web.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('startWebServer', () => {
  it('listens on 127.0.0.1 only and reports that URL', () => {
    const address = web.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.port).toBe(web.port);
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/`);
  });

  it('refuses any host other than loopback', async () => {
    for (const host of ['0.0.0.0', '::', 'localhost', '192.168.1.10']) {
      await expect(startWebServer({ backend, staticDir, port: 0, host })).rejects.toThrow(/127\.0\.0\.1 only/);
    }
  });

  it('refuses to start without a built renderer', async () => {
    await expect(startWebServer({ backend, staticDir: path.join(root, 'missing'), port: 0 })).rejects.toThrow(/scripts\/build\.mjs/);
  });

  it('makes a new 32-byte token each run', async () => {
    const other = await startWebServer({ backend, staticDir, port: 0 });
    try {
      expect(Buffer.from(web.token, 'base64url')).toHaveLength(32);
      expect(other.token).not.toBe(web.token);
    } finally {
      await other.close();
    }
  });
});

describe('close()', () => {
  it('ends open command sockets instead of waiting for the page to hang up', async () => {
    const other = await startWebServer({ backend, staticDir, port: 0 });
    const ws = new WebSocket(`ws://127.0.0.1:${other.port}/api/socket`, socketProtocols(other.token), { origin: `http://127.0.0.1:${other.port}` });
    await new Promise((resolve, reject) => {
      ws.on('open', resolve);
      ws.on('error', reject);
    });
    const closed = new Promise<void>((resolve) => ws.on('close', () => resolve()));
    await other.close();
    await closed;
    expect(ws.readyState).toBe(WebSocket.CLOSED);
    expect(other.server.listening).toBe(false);
  });
});

describe('POST /api/invoke', () => {
  it('passes exactly the command and request to dispatch and returns its Result', async () => {
    const request = { name: '市场计划 🚀', nested: { list: [1, 2, 3] } };
    const res = await invoke(JSON.stringify({ command: 'plans.create', request }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ ok: true, value: { echoed: 'plans.create' } });
    expect(backend.calls).toEqual([{ name: 'plans.create', request }]);
  });

  it('returns domain errors with status 200', async () => {
    const failing = { dispatch: (): Result<unknown> => ({ ok: false, error: { code: 'not_found', message: 'No such plan' } }) };
    const other = await startWebServer({ backend: failing, staticDir, port: 0 });
    try {
      const res = await fetch(`${other.url}api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': other.token },
        body: JSON.stringify({ command: 'plans.get', request: { planId: 'x' } }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: false, error: { code: 'not_found', message: 'No such plan' } });
    } finally {
      await other.close();
    }
  });

  it('answers 401 without the token or with a wrong one, and dispatches nothing', async () => {
    const body = JSON.stringify({ command: 'plans.list', request: {} });
    const missing = await fetch(`${origin}/api/invoke`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await invoke(body, { 'X-Planwright-Token': randomBytes(32).toString('base64url') });
    expect(wrong.status).toBe(401);
    const prefix = await invoke(body, { 'X-Planwright-Token': web.token.slice(0, 10) });
    expect(prefix.status).toBe(401);
    expect(backend.calls).toEqual([]);
  });

  it('answers 403 to a foreign Host header (DNS rebinding), even with the token', async () => {
    const body = JSON.stringify({ command: 'plans.list', request: {} });
    for (const host of [`evil.example:${web.port}`, 'evil.example', `127.0.0.1:${web.port + 1}`, `127.0.0.1.evil.example:${web.port}`]) {
      const res = await raw({
        method: 'POST',
        path: '/api/invoke',
        headers: { Host: host, 'Content-Type': 'application/json', 'X-Planwright-Token': web.token },
        body,
      });
      expect(res.status, host).toBe(403);
    }
    expect(backend.calls).toEqual([]);
  });

  it('accepts localhost:PORT as Host', async () => {
    const res = await raw({
      method: 'POST',
      path: '/api/invoke',
      headers: { Host: `localhost:${web.port}`, 'Content-Type': 'application/json', 'X-Planwright-Token': web.token },
      body: JSON.stringify({ command: 'app.info', request: {} }),
    });
    expect(res.status).toBe(200);
    expect(backend.calls).toHaveLength(1);
  });

  it('answers 403 to a foreign Origin and accepts its own', async () => {
    const body = JSON.stringify({ command: 'app.info', request: {} });
    for (const bad of ['http://evil.example', 'null', `http://127.0.0.1:${web.port + 1}`, `https://127.0.0.1:${web.port}`]) {
      const res = await invoke(body, { Origin: bad });
      expect(res.status, bad).toBe(403);
    }
    expect(backend.calls).toEqual([]);
    const own = await invoke(body, { Origin: origin });
    expect(own.status).toBe(200);
    expect(backend.calls).toHaveLength(1);
  });

  it('answers 413 with a JSON error to a body over the request limit', async () => {
    const big = JSON.stringify({ command: 'plans.create', request: { name: 'x'.repeat(MAX_BODY_BYTES) } });
    const res = await invoke(big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(backend.calls).toEqual([]);
  });

  it('accepts a body just under the limit (the limit is not lower than promised)', async () => {
    const prefix = '{"command":"plans.create","request":{"name":"';
    const suffix = '"}}';
    const name = 'x'.repeat(MAX_BODY_BYTES - prefix.length - suffix.length);
    const res = await invoke(prefix + name + suffix);
    expect(res.status).toBe(200);
    expect((backend.calls[0]?.request as { name: string }).name).toHaveLength(name.length);
  });

  it('answers 400 with an invalid-code Result to malformed JSON', async () => {
    for (const body of ['{"command":', 'not json', '']) {
      const res = await invoke(body);
      expect(res.status, body).toBe(400);
      const json = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(json.ok).toBe(false);
      expect(json.error.code).toBe('invalid');
      expect(json.error.message.length).toBeGreaterThan(0);
    }
    expect(backend.calls).toEqual([]);
  });

  it('refuses a body that is not valid UTF-8 instead of saving U+FFFD in its place', async () => {
    const bytes = Buffer.concat([Buffer.from('{"command":"plans.create","request":{"name":"caf'), Buffer.from([0xe9]), Buffer.from('"}}')]);
    const res = await fetch(`${origin}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': web.token },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'Request body is not valid UTF-8 text. Nothing was changed.' },
    });
    expect(backend.calls).toEqual([]);
  });

  it('carries the largest plan file the reader accepts, even one that is all quotes once sent as a JSON string', () => {
    expect(MAX_BODY_BYTES).toBe(MAX_REQUEST_BYTES);
    const envelope = JSON.stringify({ command: 'plans.importFile', request: { content: '' } }).length;
    expect(2 * MAX_PLAN_FILE_BYTES + envelope).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });

  it('answers 400 to JSON that is not an object', async () => {
    for (const body of ['[]', 'null', '42', '"plans.list"']) {
      expect((await invoke(body)).status, body).toBe(400);
    }
    expect(backend.calls).toEqual([]);
  });

  it('requires Content-Type application/json', async () => {
    const res = await invoke(JSON.stringify({ command: 'app.info', request: {} }), { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(backend.calls).toEqual([]);
  });

  it('answers 405 to other methods on the endpoint', async () => {
    const res = await fetch(`${origin}/api/invoke`, { headers: { 'X-Planwright-Token': web.token } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('turns a throwing backend into an internal-error Result', async () => {
    const throwing = {
      dispatch: (): Result<unknown> => {
        throw new Error('boom');
      },
    };
    const other = await startWebServer({ backend: throwing, staticDir, port: 0 });
    try {
      const res = await fetch(`${other.url}api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': other.token },
        body: '{"command":"app.info","request":{}}',
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
    } finally {
      await other.close();
    }
  });
});

describe('static files', () => {
  it('serves index.html at / with the token meta, the CSP and no-store', async () => {
    const res = await fetch(origin + '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain(`<meta name="planwright-token" content="${web.token}">`);
    expect(html.indexOf('planwright-token')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toContain('<title>Planwright</title>');
  });

  it('sends the exact strict CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('serves assets with their content types', async () => {
    const js = await fetch(`${origin}/assets/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app");');
    const css = await fetch(`${origin}/assets/app.css?v=1`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 to unknown paths, folders and API routes', async () => {
    for (const p of ['/nope.js', '/assets', '/assets/', '/api/other', '/api']) {
      expect((await fetch(origin + p)).status, p).toBe(404);
    }
  });

  it('blocks path traversal in every spelling', async () => {
    for (const p of [
      '/../secret.txt',
      '/../../package.json',
      '/assets/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
      '/assets/link.txt',
    ]) {
      const res = await raw({ path: p, headers: { Host: `127.0.0.1:${web.port}` } });
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toContain('TOP SECRET');
    }
  });

  it('refuses a foreign Host for pages too, so a rebound name cannot read the token', async () => {
    const res = await raw({ path: '/', headers: { Host: `evil.example:${web.port}` } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain(web.token);
  });

  it('answers 405 to writes on static paths', async () => {
    const res = await fetch(origin + '/', { method: 'PUT', body: 'x' });
    expect(res.status).toBe(405);
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await raw({ method: 'HEAD', path: '/', headers: { Host: `127.0.0.1:${web.port}` } });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.body).toBe('');
  });
});
