import { describe, expect, it } from 'vitest';
import { toTeamError, withoutSecret } from '../../../../../../electron/core/team/remote/pg-errors';
import { TeamError } from '../../../../../../electron/core/team/team-error';

/** How pg's and the socket's failures become the refusals the app shows (no server needed). */

function pgError(message: string, fields: { code?: string; detail?: string } = {}): Error {
  return Object.assign(new Error(message), fields);
}

function reasonOf(error: unknown, connecting = false) {
  const mapped = toTeamError(error, 'hunter2-secret', connecting);
  return mapped instanceof TeamError ? { reason: mapped.reason, params: mapped.because?.params } : { plain: mapped.message };
}

describe('toTeamError', () => {
  it('maps the publish trigger’s refusals with their version', () => {
    expect(reasonOf(pgError('conflict: the team version is 4', { code: 'PW001', detail: '4' }))).toEqual({
      reason: 'teamConflict',
      params: { headVersion: 4 },
    });
    expect(reasonOf(pgError('plan is locked', { code: 'PW002', detail: '2' }))).toEqual({ reason: 'teamLocked', params: { lockedVersion: 2 } });
  });

  it('maps login, permission and row-level security refusals', () => {
    expect(reasonOf(pgError('password authentication failed for user "a"', { code: '28P01' })).reason).toBe('teamAuth');
    expect(reasonOf(pgError('no pg_hba.conf entry', { code: '28000' })).reason).toBe('teamAuth');
    expect(reasonOf(pgError('new row violates row-level security policy for table "plans"', { code: '42501' }))).toEqual({
      reason: 'teamDenied',
      params: { detail: 'new row violates row-level security policy for table "plans"' },
    });
  });

  it('maps sockets that never connect to unreachable, and TLS failures to TLS', () => {
    expect(reasonOf(pgError('connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED' }), true)).toEqual({
      reason: 'teamUnreachable',
      params: { detail: 'ECONNREFUSED' },
    });
    expect(reasonOf(pgError('getaddrinfo ENOTFOUND db.example', { code: 'ENOTFOUND' }), true).reason).toBe('teamUnreachable');
    expect(reasonOf(new Error('Connection terminated due to connection timeout'), true).reason).toBe('teamUnreachable');
    expect(reasonOf(pgError('self-signed certificate in certificate chain', { code: 'SELF_SIGNED_CERT_IN_CHAIN' })).reason).toBe('teamTls');
    expect(reasonOf(pgError("Hostname/IP does not match certificate's altnames", { code: 'ERR_TLS_CERT_ALTNAME_INVALID' })).reason).toBe('teamTls');
    expect(reasonOf(new Error('The server does not support SSL connections')).reason).toBe('teamTls');
  });

  it('a session ended mid-call is a lost connection; before it was up, unreachable', () => {
    expect(reasonOf(new Error('Connection terminated unexpectedly')).reason).toBe('teamConnectionLost');
    expect(reasonOf(pgError('read ECONNRESET', { code: 'ECONNRESET' })).reason).toBe('teamConnectionLost');
    expect(reasonOf(pgError('terminating connection due to administrator command', { code: '57P01' })).reason).toBe('teamConnectionLost');
    expect(reasonOf(new Error('Connection terminated unexpectedly'), true).reason).toBe('teamUnreachable');
  });

  it('keeps an unknown failure as it is, but never with the password in it', () => {
    expect(reasonOf(pgError('syntax error near hunter2-secret', { code: '42601' }))).toEqual({ plain: 'syntax error near ***' });
    expect(withoutSecret('a hunter2 b hunter2', 'hunter2')).toBe('a *** b ***');
    expect(withoutSecret('nothing', null)).toBe('nothing');
  });
});
