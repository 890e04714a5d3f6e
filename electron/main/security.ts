import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/contracts/csp';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './app-origin';
import { spellcheckIsLocal } from './window';

export { CONTENT_SECURITY_POLICY } from '../../shared/contracts/csp';

type Headers = Record<string, string[]>;

/** The response headers with our policy in place of any the response brought. */
export function withContentSecurityPolicy(headers: Headers | undefined): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    // Header names are case-insensitive; a second, weaker policy must not survive beside ours.
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/**
 * Whether `url` is the app's own page (`indexUrl`, on the app:// origin). Query and hash are
 * ignored, since the UI may route with them; anything else — another file of the same origin,
 * another host, file:, http: — is foreign.
 */
export function isAppUrl(url: string, indexUrl: string = APP_INDEX_URL): boolean {
  const target = parse(url);
  const own = parse(indexUrl);
  if (!target || !own) return false;
  if (target.protocol !== `${APP_SCHEME}:` || own.protocol !== `${APP_SCHEME}:`) return false;
  if (target.host !== own.host || target.username !== '' || target.password !== '' || target.port !== '') return false;
  const a = decodePath(target.pathname);
  const b = decodePath(own.pathname);
  return a !== null && b !== null && a === b;
}

/** Links the app may hand to the system: web pages over TLS and e-mail addresses, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'mailto:');
}

export function openExternalIfSafe(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url).catch(() => undefined);
  return true;
}

type NavigationEvent = { url?: string; preventDefault(): void };

/**
 * The one permission the app grants: full screen, for present mode, and only to its own pages.
 * (A page asks for it with `requestFullscreen()`; everything else — camera, location,
 * notifications, the clipboard API — the app never needs.)
 */
export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  if (permission !== 'fullscreen' || !requestingUrl) return false;
  try {
    // URL's `origin` is "null" for a scheme it does not know, such as app:, so compare the parts.
    const url = new URL(requestingUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Session-wide protections: the policy header, a "no" to every permission but the app's full screen, and no spellchecker
 * where it would download dictionaries (Windows, Linux).
 */
export function secureSession(session: Session, platform: string = process.platform): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(permissionAllowed(permission, details?.requestingUrl)),
  );
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
  if (!spellcheckIsLocal(platform)) session.setSpellCheckerEnabled(false);
}

/** Per-page protections: no new windows, no leaving the app's page, no embedded webviews. */
export function secureWebContents(webContents: WebContents, indexUrl: string): void {
  webContents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });

  const guard =
    (openOutside: boolean) =>
    (event: NavigationEvent, deprecatedUrl?: string): void => {
      const url = event.url ?? deprecatedUrl ?? '';
      if (isAppUrl(url, indexUrl)) return;
      event.preventDefault();
      // A clicked link to a web page opens in the browser; a redirect never opens anything.
      if (openOutside) openExternalIfSafe(url);
    };
  webContents.on('will-navigate', guard(true));
  webContents.on('will-redirect', guard(false));

  webContents.on('will-attach-webview', (event) => event.preventDefault());
}

export function applySecurity(session: Session, webContents: WebContents, indexUrl: string): void {
  secureSession(session);
  secureWebContents(webContents, indexUrl);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
