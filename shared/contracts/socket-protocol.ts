import type { Result } from './result';

/**
 * Browser mode's command socket: the same commands as `POST /api/invoke`, over one WebSocket, so
 * a save costs a message instead of an HTTP request (a fetch round trip is several times slower
 * than the backend's own work for a save). Zod-free and Node-free: both sides import it.
 */
export const SOCKET_PATH = '/api/socket';

/** The one subprotocol the server answers with. */
export const SOCKET_PROTOCOL = 'planwright';

/**
 * A page cannot set headers on a WebSocket, so it offers the token as a second subprotocol. The
 * token is base64url, whose characters are all valid in a subprotocol name. The server never
 * echoes this one back.
 */
export const TOKEN_PROTOCOL_PREFIX = 'planwright-token.';

export function socketProtocols(token: string): string[] {
  return [SOCKET_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`];
}

/** The token offered among `protocols`, or undefined when none (or more than one) is offered. */
export function tokenFromProtocols(protocols: Iterable<string>): string | undefined {
  const offered = [...protocols].filter((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  return offered.length === 1 ? offered[0]!.slice(TOKEN_PROTOCOL_PREFIX.length) : undefined;
}

/** Page → server, one text message per command. */
export type SocketRequest = { id: number; command: unknown; request: unknown };

/**
 * Server → page. Answers may arrive out of order (a report export answers later than a save
 * sent after it), so each carries its request's id; `null` when the message had no usable id.
 */
export type SocketResponse = { id: number | null; result: Result<unknown> };
