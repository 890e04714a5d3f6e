import type { PlanwrightApi } from '../../../shared/contracts/api';
import type { CommandName, CommandRequest, CommandResponse } from '../../../shared/contracts/commands';
import type { AppError, Result } from '../../../shared/contracts/result';
import { downloadFile } from './download';

export const TOKEN_META = 'planwright-token';
export const INVOKE_PATH = '/api/invoke';

/**
 * Requests this small may use `keepalive`, which lets a save sent from `pagehide` finish after
 * the page is gone; browsers cap keepalive bodies at 64 KiB in total, so big ones go without.
 */
const KEEPALIVE_LIMIT = 48 * 1024;

function failure(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function isResult(value: unknown): value is Result<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string';
}

export function readToken(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
}

/**
 * Browser mode: the same API as the preload, carried over HTTP to the local server. Every
 * failure (network down, server gone, odd answer) becomes an error Result, never a throw.
 */
export function createHttpApi(token: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): PlanwrightApi {
  return {
    platform: 'web',
    async invoke<N extends CommandName>(name: N, request: CommandRequest<N>): Promise<Result<CommandResponse<N>>> {
      let body: string;
      try {
        body = JSON.stringify({ command: name, request });
      } catch (error) {
        return failure('invalid', error instanceof Error ? error.message : String(error));
      }
      let response: Response;
      try {
        response = await fetchImpl(INVOKE_PATH, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token },
          body,
          keepalive: body.length <= KEEPALIVE_LIMIT,
          credentials: 'same-origin',
          cache: 'no-store',
        });
      } catch (error) {
        return failure('internal', error instanceof Error ? error.message : String(error));
      }
      let payload: unknown = undefined;
      try {
        payload = await response.json();
      } catch {
        // Not JSON: fall through to the status-based error below.
      }
      if (isResult(payload)) return payload as Result<CommandResponse<N>>;
      if (response.status === 401) return failure('unauthorized', `The server refused the request (HTTP 401).`);
      return failure('internal', `Unexpected answer from the server (HTTP ${response.status}).`);
    },
    async saveFile(request) {
      return downloadFile(request);
    },
    // Browser mode has no native menu; its commands are reached from the UI itself.
    onMenu() {
      return () => {};
    },
  };
}
