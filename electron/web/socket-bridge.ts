import http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { fail, type Dispatcher, type ErrorCode, type Result } from '../../shared/contracts/result';
import { SOCKET_PATH, SOCKET_PROTOCOL, TOKEN_PROTOCOL_PREFIX, tokenFromProtocols, type SocketResponse } from '../../shared/contracts/socket-protocol';
import { isAllowedHost, isOwnOrigin, tokenMatches } from './request-guards';
import { errorMessage } from '../../shared/error-message';

export type SocketBridgeOptions = {
  backend: Dispatcher;
  token: string;
  /** The port being listened on; known only once the server listens. */
  port: () => number;
  /** Larger messages close the socket with 1009, as larger POST bodies get 413. */
  maxPayload: number;
};

export type SocketBridge = {
  /** For the http.Server's 'upgrade' event: refuses before the handshake unless every check passes. */
  handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Ends every open socket at once: a closing server must not wait for pages to hang up. */
  close(): void;
};

/**
 * Browser mode's command socket (`/api/socket`): each text message `{ id, command, request }`
 * is dispatched like a `POST /api/invoke` body and answered `{ id, result }`. The handshake passes
 * the same guards as the POST path, stricter on Origin (see `isOwnOrigin`).
 */
export function createSocketBridge(options: SocketBridgeOptions): SocketBridge {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload,
    // The token protocol is checked before the handshake and never echoed: only this one is.
    handleProtocols: () => SOCKET_PROTOCOL,
  });
  let closed = false;

  wss.on('connection', (ws) => {
    // ws reports a broken frame or an oversized message here and closes the socket itself.
    ws.on('error', () => undefined);
    ws.on('message', (data, isBinary) => {
      answer(ws, data, isBinary).catch((error: unknown) => reply(ws, null, fail('internal', messageOf(error))));
    });
  });

  async function answer(ws: WebSocket, data: RawData, isBinary: boolean): Promise<void> {
    if (isBinary) {
      return reply(ws, null, fail('invalid', 'Binary messages are not accepted: send each command as JSON text { id, command, request }'));
    }
    const message = parseMessage(rawText(data));
    if ('error' in message) return reply(ws, null, fail('invalid', message.error));
    let result: Result<unknown>;
    try {
      result = await options.backend.dispatch(message.command, message.request);
    } catch (error) {
      // dispatch promises never to throw; if it does, the page still gets a Result.
      result = fail('internal', messageOf(error));
    }
    reply(ws, message.id, result);
  }

  function handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const port = options.port();
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
    if (closed) return refuse(socket, 503, 'internal', 'The server is closing');
    if (!isAllowedHost(req.headers.host, port)) return refuse(socket, 403, 'unauthorized', 'Host not allowed');
    if (pathname !== SOCKET_PATH) return refuse(socket, 404, 'not_found', 'No such endpoint');
    if (!isOwnOrigin(req.headers.origin, req.headers.host ?? '', port)) return refuse(socket, 403, 'unauthorized', 'Origin not allowed');
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    if (!tokenMatches(tokenFromProtocols(offered), options.token)) {
      return refuse(socket, 401, 'unauthorized', `Missing or wrong token: offer it as the subprotocol ${TOKEN_PROTOCOL_PREFIX}<token>`);
    }
    if (!offered.includes(SOCKET_PROTOCOL)) return refuse(socket, 400, 'invalid', `Offer the subprotocol "${SOCKET_PROTOCOL}"`);
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  }

  return {
    handleUpgrade,
    close() {
      closed = true;
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

type ParsedMessage = { id: number; command: unknown; request: unknown } | { error: string };

function parseMessage(text: string): ParsedMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: `Message is not valid JSON: ${messageOf(error)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { error: 'Message must be an object { id, command, request }' };
  }
  const { id, command, request } = parsed as { id?: unknown; command?: unknown; request?: unknown };
  if (typeof id !== 'number' || !Number.isFinite(id)) {
    return { error: 'Message must carry a numeric id: { id: number, command, request }' };
  }
  return { id, command, request };
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)).toString('utf8');
}

/** An answer for a page that has gone is dropped: there is no one left to tell. */
function reply(ws: WebSocket, id: number | null, result: Result<unknown>): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  let text: string;
  try {
    text = JSON.stringify({ id, result } satisfies SocketResponse);
  } catch (error) {
    text = JSON.stringify({ id, result: fail('internal', `The answer could not be encoded: ${messageOf(error)}`) } satisfies SocketResponse);
  }
  ws.send(text, () => undefined);
}

/** Answers the handshake with an HTTP error and hangs up, so the refused page learns why. */
function refuse(socket: Duplex, status: number, code: ErrorCode, message: string): void {
  // Node's HTTP server stops watching an upgrading socket; a reset here must not crash the process.
  socket.on('error', () => socket.destroy());
  const body = JSON.stringify(fail(code, message));
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Cache-Control: no-store\r\n' +
      '\r\n' +
      body,
  );
}

function messageOf(error: unknown): string {
  return errorMessage(error);
}
