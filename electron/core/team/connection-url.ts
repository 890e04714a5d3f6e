import { parse } from 'pg-connection-string';
import { TEAM_SSL_MODES, TeamConnection, DEFAULT_TEAM_PORT, type TeamSslMode } from '../../../shared/team/connection';
import { DomainError } from '../errors';

export type TeamServerUrl = { connection: TeamConnection; password: string | null };

/** The query parameters Planwright understands; anything else is refused rather than ignored. */
const KNOWN_PARAMS = new Set(['sslmode', 'sslrootcert', 'user', 'password']);

function refuse(message: string): never {
  // Never quotes the URL: it may hold a password.
  throw new DomainError('invalid', `The server URL ${message}`, [{ path: 'server', message }]);
}

/**
 * `postgres://user:password@host:port/db?sslmode=…&sslrootcert=…` (as psql and PGDATABASE tools
 * write it) → the team connection and its password, kept apart. sslmode defaults to verify-full;
 * `sslrootcert` is the CA file. The TLS options are taken out before pg-connection-string sees
 * the URL: it would read the CA file and warn about sslmodes itself, and here the file is only a
 * path saved with the settings.
 */
export function parseTeamServerUrl(url: string): TeamServerUrl {
  const text = url.trim();
  if (!/^postgres(ql)?:\/\//i.test(text)) refuse('must start with postgres:// (for example postgres://alice@db.example.com/team).');
  const queryAt = text.indexOf('?');
  const params = new URLSearchParams(queryAt < 0 ? '' : text.slice(queryAt + 1));
  for (const name of params.keys()) if (!KNOWN_PARAMS.has(name)) refuse(`has a parameter Planwright does not use: ${name}.`);
  const sslmode = params.get('sslmode') ?? 'verify-full';
  if (!(TEAM_SSL_MODES as readonly string[]).includes(sslmode)) {
    refuse(`asks for sslmode=${sslmode}; Planwright connects with verify-full (the default), verify-ca, require, or disable (this machine only).`);
  }
  const caFile = params.get('sslrootcert') ?? undefined;
  params.delete('sslmode');
  params.delete('sslrootcert');
  const rest = params.toString();
  const bare = (queryAt < 0 ? text : text.slice(0, queryAt)) + (rest ? `?${rest}` : '');

  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(bare);
  } catch {
    refuse('is not a valid URL (is the port a number from 1 to 65535? are special characters in the password percent-encoded?).');
  }
  if (!parsed.host) refuse('names no server (postgres://user@HOST/database).');
  if (parsed.host.startsWith('/')) refuse('names a Unix socket; give the server’s host name.');
  if (!parsed.database) refuse('names no database (postgres://user@host/DATABASE).');
  if (!parsed.user) refuse('names no user (postgres://USER@host/database).');
  const port = parsed.port ? Number(parsed.port) : DEFAULT_TEAM_PORT;

  const checked = TeamConnection.safeParse({
    host: parsed.host,
    port,
    database: parsed.database,
    user: parsed.user,
    sslMode: sslmode as TeamSslMode,
    ...(caFile ? { caFile } : {}),
  });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    refuse(`is refused: ${issue.path.join('.') || 'connection'}: ${issue.message}.`);
  }
  return { connection: checked.data, password: parsed.password ? parsed.password : null };
}
