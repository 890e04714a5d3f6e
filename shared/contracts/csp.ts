/**
 * The one Content-Security-Policy of the app. Everything the renderer needs ships inside the app,
 * so the policy names no origin but its own files: an injected script can neither load code from
 * elsewhere nor send data out. 'unsafe-inline' for styles only, because React sets inline `style`
 * attributes. The Electron window and the browser-mode server send it as a header; index.html
 * carries it as a <meta> too, without frame-ancestors (browsers ignore that one in a meta).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
