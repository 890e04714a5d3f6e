import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/contracts/commands';
import { fail, type Dispatcher, type Result } from '../../shared/contracts/result';
import { isAppUrl } from './security';
import { errorMessage } from '../../shared/error-message';

export type { Dispatcher } from '../../shared/contracts/result';

/** Only the app's own page, loaded from disk, may call the backend. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, indexUrl: string): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url, indexUrl);
}

/**
 * The renderer's one way into Node. Arguments arrive as whatever the other side sent, so they stay
 * `unknown` here: the backend validates name and request against the command map.
 */
export function handleInvoke(
  backend: Dispatcher,
  indexUrl: string,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  name: unknown,
  request: unknown,
): Result<unknown> | Promise<Result<unknown>> {
  if (!isTrustedSender(event, indexUrl)) {
    return fail('unauthorized', 'This request did not come from the Planwright window.');
  }
  try {
    return backend.dispatch(name, request);
  } catch (error) {
    // dispatch promises never to throw; if it does, the renderer still gets a Result, not a rejection.
    return fail('internal', errorMessage(error));
  }
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  backend: Dispatcher,
  indexUrl: string,
  afterDispatch?: (name: unknown, result: Result<unknown>) => void,
): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, request: unknown) => {
    const result = handleInvoke(backend, indexUrl, event, name, request);
    if (result instanceof Promise) {
      return result.then((settled) => {
        afterDispatch?.(name, settled);
        return settled;
      });
    }
    afterDispatch?.(name, result);
    return result;
  });
}
