import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/contracts/csp';
import { contentTypeFor, resolveStaticFile } from '../core/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

export { APP_INDEX_URL } from './app-origin';

/** Must run before the app is ready: Chromium fixes the schemes' privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: URLs resolve relatively and have an origin; secure: treated like https (no
    // mixed content, secure-context APIs); fetch/CORS: Vite's module scripts load with crossorigin.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

export type AppResponse = { status: number; headers: Record<string, string>; body: Uint8Array | string };

const NOT_FOUND: AppResponse = { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found' };

/**
 * What `app://planwright/<path>` answers: a file inside `rendererDir`, or 404 for anything else
 * (another host, a path that climbs out, a symlink that leads out, a folder, a missing file).
 */
export async function appProtocolResponse(request: { url: string; method: string }, rendererDir: string): Promise<AppResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, body: 'Method not allowed' };
  }
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return NOT_FOUND;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return NOT_FOUND;
  // url.pathname keeps percent-escapes (%2e%2e%2f); resolveStaticFile decodes before it checks.
  const file = await resolveStaticFile(rendererDir, url.pathname);
  if (file === null) return NOT_FOUND;
  const body = await fs.readFile(file);
  return {
    status: 200,
    headers: {
      'content-type': contentTypeFor(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
    body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
  };
}

/** Serves the renderer on the app's own scheme, for every session the app uses. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await appProtocolResponse({ url: request.url, method: request.method }, rendererDir);
    return new Response(request.method === 'HEAD' ? null : answer.body, { status: answer.status, headers: answer.headers });
  });
}
