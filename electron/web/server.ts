import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { promises as fs, existsSync } from 'node:fs';
import path from 'node:path';
import { fail, type Dispatcher, type Result } from '../../shared/contracts/result';
import { COMMON_HEADERS } from './security-headers';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './request-guards';
import { contentTypeFor, resolveStaticFile } from '../core/static-files';
import { injectToken } from './inject-token';
import { createSocketBridge } from './socket-bridge';
import { SOCKET_PATH } from '../../shared/contracts/socket-protocol';
import { inMegabytes, MAX_REQUEST_BYTES } from '../../shared/limits';
import { errorMessage } from '../../shared/error-message';

export type { Dispatcher } from '../../shared/contracts/result';

export type WebServerOptions = {
  backend: Dispatcher;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Only loopback is allowed; the option exists so a caller asking for more is refused loudly. */
  host?: string;
};

export type WebServer = {
  url: string;
  token: string;
  port: number;
  /** The underlying server, for callers that want to inspect where it listens. */
  server: http.Server;
  close(): Promise<void>;
};

export const LOOPBACK_HOST = '127.0.0.1';
/** One request's body or socket message (shared/limits.ts: room for the largest plan file). */
export const MAX_BODY_BYTES = MAX_REQUEST_BYTES;
export const INVOKE_PATH = '/api/invoke';
export const TOKEN_HEADER = 'x-planwright-token';

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? LOOPBACK_HOST;
  if (host !== LOOPBACK_HOST) {
    throw new Error(`Browser mode listens on ${LOOPBACK_HOST} only; refusing host "${host}"`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error(`Invalid port ${options.port}: use an integer from 0 to 65535`);
  }
  const staticDir = path.resolve(options.staticDir);
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`No built renderer at ${staticDir} (index.html missing): run \`node scripts/build.mjs\` first`);
  }

  // Fresh per run: a token from an earlier run (or another user's) opens nothing.
  const token = randomBytes(32).toString('base64url');
  let port = options.port;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, fail('internal', messageOf(error)));
      else res.destroy();
    });
  });
  // The page sends its commands over this socket; POST /api/invoke stays for other clients and
  // for saves sent while the page is being left.
  const sockets = createSocketBridge({ backend: options.backend, token, port: () => port, maxPayload: MAX_BODY_BYTES });
  server.on('upgrade', (req, socket, head) => sockets.handleUpgrade(req, socket, head));

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Checked on every request, static ones too: index.html carries the token, so a rebound
    // name must not be able to read it.
    if (!isAllowedHost(req.headers.host, port)) {
      return sendJson(res, 403, fail('unauthorized', 'Host not allowed'));
    }
    const rawUrl = req.url ?? '/';
    const pathname = rawUrl.split(/[?#]/, 1)[0] || '/';

    if (pathname === INVOKE_PATH) {
      if (req.method !== 'POST') return sendMethodNotAllowed(res, 'POST');
      return handleInvoke(req, res);
    }
    if (pathname === SOCKET_PATH) {
      res.setHeader('Upgrade', 'websocket');
      return sendJson(res, 426, fail('invalid', 'This endpoint takes a WebSocket (Upgrade: websocket)'));
    }
    if (pathname.startsWith('/api/')) return sendJson(res, 404, fail('not_found', 'No such endpoint'));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendMethodNotAllowed(res, 'GET, HEAD');
    return serveStatic(req, res, pathname);
  }

  async function handleInvoke(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedOrigin(req.headers.origin, req.headers.host ?? '', port)) {
      return sendJson(res, 403, fail('unauthorized', 'Origin not allowed'));
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return sendJson(res, 401, fail('unauthorized', 'Missing or wrong X-Planwright-Token'));
    }
    const contentType = (req.headers['content-type'] ?? '').split(';', 1)[0].trim().toLowerCase();
    if (contentType !== 'application/json') {
      return sendJson(res, 415, fail('invalid', 'Content-Type must be application/json'));
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) {
      res.setHeader('Connection', 'close');
      return sendJson(res, 413, fail('invalid', `Request body is larger than ${inMegabytes(MAX_BODY_BYTES)} MB`));
    }
    let text: string;
    try {
      // Strictly, as the WebSocket does: Buffer#toString would turn bad bytes into U+FFFD and save them.
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return sendJson(res, 400, fail('invalid', 'Request body is not valid UTF-8 text. Nothing was changed.'));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return sendJson(res, 400, fail('invalid', `Request body is not valid JSON: ${messageOf(error)}`));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return sendJson(res, 400, fail('invalid', 'Request body must be an object { command, request }'));
    }
    const { command, request } = parsed as { command?: unknown; request?: unknown };
    let result: Result<unknown>;
    try {
      result = await options.backend.dispatch(command, request);
    } catch (error) {
      // dispatch promises never to throw; if it does, the page still gets a Result.
      result = fail('internal', messageOf(error));
    }
    sendJson(res, 200, result);
  }

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    const file = await resolveStaticFile(staticDir, pathname);
    if (!file) return sendJson(res, 404, fail('not_found', 'Not found'));
    const isIndex = path.basename(file) === 'index.html' && path.dirname(file) === (await fs.realpath(staticDir));
    const content = isIndex ? Buffer.from(injectToken(await fs.readFile(file, 'utf8'), token), 'utf8') : await fs.readFile(file);
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': contentTypeFor(file),
      'Content-Length': content.length,
      // The page embeds this run's token: never let a cache hand it to a later run.
      'Cache-Control': isIndex ? 'no-store' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK_HOST}:${port}/`,
    token,
    port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Upgraded sockets are no longer the HTTP server's to close, and would hold close() open.
        sockets.close();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from the browser would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

/** Resolves to null once the body passes `limit`, without buffering the rest of it. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendMethodNotAllowed(res: http.ServerResponse, allow: string): void {
  res.setHeader('Allow', allow);
  sendJson(res, 405, fail('invalid', 'Method not allowed'));
}

function messageOf(error: unknown): string {
  return errorMessage(error);
}
