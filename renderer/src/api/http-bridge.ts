import type { PlanwrightApi } from '../../../shared/contracts/api';
import { createBridgeInvoke, type FetchLike } from './bridge-invoke';
import { downloadFile } from './download';
import { socketUrl, type WebSocketConstructor } from './socket-transport';

export const TOKEN_META = 'planwright-token';
export { INVOKE_PATH } from './bridge-invoke';

export function readToken(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
}

export type HttpApiOptions = {
  fetchImpl?: FetchLike;
  /** null: POST only. */
  WebSocketImpl?: WebSocketConstructor | null;
};

/**
 * Browser mode: the same API as the preload, carried to the local server over a WebSocket, or by
 * HTTP POST when the socket cannot be used or the page is being left (see `createBridgeInvoke`).
 */
export function createHttpApi(token: string, options: HttpApiOptions = {}): PlanwrightApi {
  const WebSocketImpl = options.WebSocketImpl !== undefined ? options.WebSocketImpl : typeof WebSocket === 'function' ? WebSocket : null;
  return {
    platform: 'web',
    invoke: createBridgeInvoke({
      token,
      fetchImpl: options.fetchImpl ?? ((input, init) => fetch(input, init)),
      WebSocketImpl,
      socketUrl: socketUrl(window.location),
      events: window,
    }),
    async saveFile(request) {
      return downloadFile(request);
    },
    // Browser mode has no native menu; its commands are reached from the UI itself.
    onMenu() {
      return () => {};
    },
  };
}
