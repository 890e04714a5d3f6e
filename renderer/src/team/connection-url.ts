import { TEAM_SSL_MODES, type TeamSslMode } from '../../../shared/team/connection';

/** What a pasted `postgres://user:password@host:port/db?sslmode=…` link says; each part only when present. */
export type ConnectionUrlParts = {
  host: string;
  port?: number;
  database?: string;
  user?: string;
  /** Goes into the password field only: never kept in any text that is shown. */
  password?: string;
  sslMode?: TeamSslMode;
  caFile?: string;
};

const SCHEME = /^\s*postgres(?:ql)?:\/\//i;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether pasted text is a connection link rather than a host name. */
export function looksLikeConnectionUrl(text: string): boolean {
  return SCHEME.test(text);
}

/**
 * The fields of a PostgreSQL connection link (libpq's URI form), or null when the text is not one
 * or names no host. `sslmode` values Planwright does not offer (prefer, allow) are left out, so
 * the form keeps its own (verify-full by default) rather than weakening it.
 */
export function parseConnectionUrl(text: string): ConnectionUrlParts | null {
  if (!looksLikeConnectionUrl(text)) return null;
  let url: URL;
  try {
    // WHATWG URL parses any scheme's authority; `postgres:` is read as a generic one.
    url = new URL(text.trim().replace(SCHEME, 'postgres://'));
  } catch {
    return null;
  }
  const host = decode(url.hostname).replace(/^\[(.*)\]$/, '$1');
  if (!host) return null;
  const parts: ConnectionUrlParts = { host };
  if (url.port) parts.port = Number(url.port);
  const database = decode(url.pathname.replace(/^\//, ''));
  if (database) parts.database = database;
  if (url.username) parts.user = decode(url.username);
  if (url.password) parts.password = decode(url.password);
  const sslMode = url.searchParams.get('sslmode');
  if (sslMode && (TEAM_SSL_MODES as readonly string[]).includes(sslMode)) parts.sslMode = sslMode as TeamSslMode;
  const caFile = url.searchParams.get('sslrootcert');
  if (caFile) parts.caFile = caFile;
  return parts;
}
