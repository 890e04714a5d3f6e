import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { tlsOptionsFor } from '../../../../../../electron/core/team/remote/tls-options';
import { TeamError } from '../../../../../../electron/core/team/team-error';
import type { TeamConnection } from '../../../../../../shared/team/connection';

const base: TeamConnection = { host: 'db.example.com', port: 5432, database: 'team', user: 'alice', sslMode: 'verify-full' };
const cert = { subject: { CN: 'db.example.com' }, subjectaltname: 'DNS:db.example.com' } as unknown as tls.PeerCertificate;
const ca = Buffer.from('-----BEGIN CERTIFICATE-----\n…');

describe('tlsOptionsFor', () => {
  it('verify-full checks the chain and the host name we connect to', () => {
    const options = tlsOptionsFor({ ...base, caFile: '/etc/team-ca.pem' }, (file) => (file === '/etc/team-ca.pem' ? ca : Buffer.alloc(0)));
    expect(options).toMatchObject({ rejectUnauthorized: true, ca });
    const check = (options as tls.ConnectionOptions).checkServerIdentity!;
    expect(check('db.example.com', cert)).toBeUndefined();
    // Connecting to another name, the same certificate is refused.
    const elsewhere = tlsOptionsFor({ ...base, host: 'other.example.com' }) as tls.ConnectionOptions;
    expect(elsewhere.checkServerIdentity!('other.example.com', cert)).toBeInstanceOf(Error);
  });

  it('verify-ca checks the chain and not the name; without a CA file, Node’s CAs', () => {
    const options = tlsOptionsFor({ ...base, host: 'other.example.com', sslMode: 'verify-ca' }) as tls.ConnectionOptions;
    expect(options.rejectUnauthorized).toBe(true);
    expect(options.ca).toBeUndefined();
    expect(options.checkServerIdentity!('other.example.com', cert)).toBeUndefined();
  });

  it('require encrypts without checking', () => {
    expect(tlsOptionsFor({ ...base, sslMode: 'require' })).toEqual({ rejectUnauthorized: false });
  });

  it('disable only on this machine', () => {
    expect(tlsOptionsFor({ ...base, host: '127.0.0.1', sslMode: 'disable' })).toBe(false);
    expect(tlsOptionsFor({ ...base, host: 'localhost', sslMode: 'disable' })).toBe(false);
    expect(() => tlsOptionsFor({ ...base, sslMode: 'disable' })).toThrow(TeamError);
    expect(() => tlsOptionsFor({ ...base, host: '10.0.0.5', sslMode: 'disable' })).toThrow(/TLS is required/);
  });

  it('an unreadable CA file is a TLS refusal', () => {
    const read = () => {
      throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    };
    let error: unknown = null;
    try {
      tlsOptionsFor({ ...base, caFile: '/missing.pem' }, read);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TeamError);
    expect((error as TeamError).reason).toBe('teamTls');
  });
});
