import { DomainError } from '../../errors';
import { TeamError } from '../team-error';

/** The server's refusals of a publish, raised by the publish trigger (team/migrations). */
export const SQLSTATE_CONFLICT = 'PW001';
export const SQLSTATE_LOCKED = 'PW002';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'EADDRNOTAVAIL']);
const LOST = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_OSSL_|HOSTNAME_MISMATCH)/;
const TLS_MESSAGES = /does not support SSL|error establishing an SSL connection|certificate|wrong version number|SSL routines/i;
const LOST_MESSAGES = /Connection terminated|not queryable|Query read timeout|socket hang up|Client was closed/i;

type PgLike = Error & { code?: string; detail?: string; severity?: string };

/** A message with the password taken out, should any server or library ever echo it. */
export function withoutSecret(text: string, secret: string | null): string {
  return secret ? text.split(secret).join('***') : text;
}

/**
 * A pg or socket failure as the TeamError the app knows how to show. `connecting` says the
 * failure came before the session was up (a timeout then means unreachable, not lost).
 */
export function toTeamError(error: unknown, password: string | null, connecting = false): Error {
  if (error instanceof DomainError) return error;
  const e = (error instanceof Error ? error : new Error(String(error))) as PgLike;
  const message = withoutSecret(e.message, password);
  const code = e.code ?? '';
  if (code === SQLSTATE_CONFLICT) {
    const headVersion = Number(e.detail);
    return new TeamError('teamConflict', `Someone published version ${headVersion} of this plan first: ${message}`, { headVersion });
  }
  if (code === SQLSTATE_LOCKED) {
    const lockedVersion = Number(e.detail);
    return new TeamError('teamLocked', `A lead locked this plan at version ${lockedVersion}.`, { lockedVersion });
  }
  if (code === '28P01' || code === '28000') return new TeamError('teamAuth', `The server refused the login: ${message}`);
  if (code === '42501') return new TeamError('teamDenied', `The team library refused this: ${message}`, { detail: message });
  if (code === '3D000') return new TeamError('teamUnreachable', `The server has no such database: ${message}`, { detail: message });
  if (code === '57P01' || code === '57P02' || code === '57P03') {
    return new TeamError('teamConnectionLost', `The server ended the session: ${message}`);
  }
  if (code === '57014')
    return new TeamError('teamUnreachable', `The server took too long to answer: ${message}`, { detail: 'the server took too long' });
  if (UNREACHABLE.has(code)) return new TeamError('teamUnreachable', `The server did not answer (${code}).`, { detail: code });
  if (TLS_CODES.test(code) || TLS_MESSAGES.test(message)) {
    // Node's own words say what failed ("unable to verify the first certificate"); the code is for logs.
    return new TeamError('teamTls', `The secure connection failed${code ? ` (${code})` : ''}: ${message}`, { detail: message });
  }
  if (connecting && /timeout|timed out/i.test(message)) {
    return new TeamError('teamUnreachable', `The server did not answer in time: ${message}`, { detail: 'timed out' });
  }
  if (LOST.has(code) || LOST_MESSAGES.test(message)) {
    return connecting
      ? new TeamError('teamUnreachable', `The server closed the connection: ${message}`, { detail: message })
      : new TeamError('teamConnectionLost', `The connection to the team library was lost: ${message}`);
  }
  // Not a known refusal (a bug, or a server that is not PostgreSQL): kept as it is, minus any secret.
  const plain = new Error(message);
  plain.name = e.name;
  return plain;
}
