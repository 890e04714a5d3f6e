import type { PlanwrightApi } from '../../../shared/contracts/api';
import type { CommandName, CommandRequest, CommandResponse } from '../../../shared/contracts/commands';
import { fail, isResult, type Result } from '../../../shared/contracts/result';
import { socketProtocols } from '../../../shared/contracts/socket-protocol';
import { watchPageLeaving, type PageEvents } from './page-leaving';
import { createSocketTransport, type WebSocketConstructor } from './socket-transport';
import { errorMessage } from '../../../shared/error-message';

export const INVOKE_PATH = '/api/invoke';

/**
 * Requests this small may use `keepalive`, which lets a save sent from `pagehide` finish after
 * the page is gone; browsers cap keepalive bodies at 64 KiB in total, so big ones go without.
 */
const KEEPALIVE_LIMIT = 48 * 1024;

/**
 * Bigger requests (an imported plan file) go by POST: on the one socket a large message would
 * hold up the saves behind it, and POST answers a body over the server's limit with a clear 413
 * where the socket could only close.
 */
export const SOCKET_BODY_LIMIT = 1024 * 1024;

export type FetchLike = (
  input: string,
  init: {
    method: 'POST';
    headers: Record<string, string>;
    body: string;
    keepalive: boolean;
    credentials: 'same-origin';
    cache: 'no-store';
  },
) => Promise<{ status: number; json(): Promise<unknown> }>;

export type BridgeEnv = {
  token: string;
  fetchImpl: FetchLike;
  /** null where there is no WebSocket: every call is then a POST. */
  WebSocketImpl: WebSocketConstructor | null;
  /** ws://host/api/socket (see `socketUrl`). */
  socketUrl: string;
  /** The window: its page-leaving events send saves by keepalive POST instead. */
  events: PageEvents;
};

/**
 * Browser mode's `invoke`: over the WebSocket while it works (a message costs well under a
 * millisecond where a fetch costs several), else by `POST /api/invoke`, so the app keeps working
 * if the socket cannot open. Every failure (network down, server gone, odd answer) becomes an
 * error Result, never a throw.
 */
export function createBridgeInvoke(env: BridgeEnv): PlanwrightApi['invoke'] {
  const page = watchPageLeaving(env.events);
  const socket = env.WebSocketImpl
    ? createSocketTransport({ url: env.socketUrl, protocols: socketProtocols(env.token), WebSocketImpl: env.WebSocketImpl, skip: () => page.leaving })
    : null;

  async function post(body: string): Promise<Result<unknown>> {
    let response: Awaited<ReturnType<FetchLike>>;
    try {
      response = await env.fetchImpl(INVOKE_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': env.token },
        body,
        keepalive: body.length <= KEEPALIVE_LIMIT,
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (error) {
      return fail('internal', errorMessage(error));
    }
    let payload: unknown = undefined;
    try {
      payload = await response.json();
    } catch {
      // Not JSON: fall through to the status-based error below.
    }
    if (isResult(payload)) return payload;
    if (response.status === 401) return fail('unauthorized', `The server refused the request (HTTP 401).`);
    return fail('internal', `Unexpected answer from the server (HTTP ${response.status}).`);
  }

  return async function invoke<N extends CommandName>(name: N, request: CommandRequest<N>): Promise<Result<CommandResponse<N>>> {
    let body: string;
    try {
      body = JSON.stringify({ command: name, request });
    } catch (error) {
      return fail('invalid', errorMessage(error));
    }
    if (socket && !page.leaving && body.length <= SOCKET_BODY_LIMIT) {
      const answered = await socket.invoke(name, request);
      if (answered) return answered as Result<CommandResponse<N>>;
    }
    return (await post(body)) as Result<CommandResponse<N>>;
  };
}
