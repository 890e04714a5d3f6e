import { fail, isResult, type Result } from '../../../shared/contracts/result';
import { SOCKET_PATH, type SocketRequest, type SocketResponse } from '../../../shared/contracts/socket-protocol';
import { errorMessage } from '../../../shared/error-message';

/** What this transport uses of the browser's WebSocket; tests pass a fake. */
export type WebSocketLike = {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'message' | 'error' | 'close', listener: (event: unknown) => void): void;
};

export type WebSocketConstructor = new (url: string, protocols: string[]) => WebSocketLike;

export type SocketTransportOptions = {
  url: string;
  protocols: string[];
  WebSocketImpl: WebSocketConstructor;
  /** Checked again once a socket has opened: when true the call sends nothing (the caller posts it). */
  skip?: () => boolean;
  now?: () => number;
};

export type SocketTransport = {
  /**
   * Sends one command over the socket, opening it first if needed, and resolves with its answer.
   * Resolves null, having sent nothing, when no socket can be used now: the caller sends the
   * command another way. Never rejects.
   */
  invoke(command: string, request: unknown): Promise<Result<unknown> | null>;
};

const OPEN = 1;
/** A socket that has not opened by then is given up, so no call waits on it for long. */
export const CONNECT_TIMEOUT_MS = 5_000;
/** After a failed or dropped socket, calls go by POST for this long, doubling up to the cap. */
export const RETRY_BASE_MS = 1_000;
export const RETRY_MAX_MS = 30_000;

export const CONNECTION_LOST_MESSAGE = 'The connection to Planwright was lost before it answered, so this change may not have been saved.';

/** ws://host/api/socket for a page served from http://host/. */
export function socketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${SOCKET_PATH}`;
}

/**
 * One WebSocket, opened on the first call. Answers are matched to calls by id, so they may come
 * back in any order. A call pending when the socket closes resolves to an error Result.
 */
export function createSocketTransport(options: SocketTransportOptions): SocketTransport {
  const now = options.now ?? (() => Date.now());
  let socket: WebSocketLike | null = null;
  let opening: Promise<boolean> | null = null;
  /** Sockets that failed or dropped since one last answered; sets the back-off. */
  let failures = 0;
  let retryAt = 0;
  let nextId = 1;
  const pending = new Map<number, (result: Result<unknown>) => void>();

  function backOff() {
    failures += 1;
    retryAt = now() + Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (failures - 1));
  }

  function onMessage(ws: WebSocketLike, event: unknown) {
    let answer: Partial<SocketResponse> | null;
    try {
      answer = JSON.parse(String((event as { data?: unknown }).data)) as Partial<SocketResponse> | null;
    } catch {
      answer = null;
    }
    if (typeof answer?.id !== 'number') {
      // The server could not read one of our messages and cannot say which: start over, so the
      // close fails every pending call instead of leaving one waiting forever.
      ws.close();
      return;
    }
    const resolve = pending.get(answer.id);
    if (!resolve) return;
    pending.delete(answer.id);
    failures = 0;
    resolve(isResult(answer.result) ? answer.result : fail('internal', 'Unexpected answer from the server over the socket.'));
  }

  function connect(): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      let ws: WebSocketLike;
      try {
        ws = new options.WebSocketImpl(options.url, options.protocols);
      } catch {
        backOff();
        resolve(false);
        return;
      }
      let state: 'connecting' | 'open' | 'gone' = 'connecting';
      const giveUp = () => {
        if (state !== 'connecting') return;
        state = 'gone';
        clearTimeout(timer);
        backOff();
        resolve(false);
      };
      const timer = setTimeout(() => {
        giveUp();
        ws.close();
      }, CONNECT_TIMEOUT_MS);
      ws.addEventListener('open', () => {
        if (state !== 'connecting') return;
        state = 'open';
        clearTimeout(timer);
        socket = ws;
        resolve(true);
      });
      ws.addEventListener('message', (event) => onMessage(ws, event));
      // Browsers follow an error with a close; an error before opening is enough to fall back.
      ws.addEventListener('error', giveUp);
      ws.addEventListener('close', () => {
        if (state === 'connecting') return giveUp();
        if (state !== 'open') return;
        state = 'gone';
        if (socket === ws) socket = null;
        backOff();
        const lost = [...pending.values()];
        pending.clear();
        for (const settle of lost) settle(fail('internal', CONNECTION_LOST_MESSAGE, [], { reason: 'connectionLost' }));
      });
    });
  }

  return {
    async invoke(command, request) {
      if (!socket && !opening) {
        if (now() < retryAt) return null;
        opening = connect().finally(() => (opening = null));
      }
      if (opening && !(await opening)) return null;
      const ws = socket;
      if (!ws || ws.readyState !== OPEN || options.skip?.()) return null;
      let text: string;
      try {
        text = JSON.stringify({ id: nextId, command, request } satisfies SocketRequest);
      } catch (error) {
        return fail('invalid', errorMessage(error));
      }
      const id = nextId++;
      return new Promise<Result<unknown> | null>((resolve) => {
        pending.set(id, resolve);
        try {
          ws.send(text);
        } catch {
          pending.delete(id);
          resolve(null);
        }
      });
    },
  };
}
