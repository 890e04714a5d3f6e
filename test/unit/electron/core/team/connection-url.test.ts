import { describe, expect, it } from 'vitest';
import { parseTeamServerUrl } from '../../../../../electron/core/team/connection-url';

function refusal(url: string): string {
  try {
    parseTeamServerUrl(url);
  } catch (error) {
    return (error as Error).message;
  }
  return expect.fail(`expected ${url} to be refused`);
}

describe('parseTeamServerUrl (a postgres:// URL → the team connection, password apart)', () => {
  it('takes user, host, port and database, with verify-full by default and the password apart', () => {
    expect(parseTeamServerUrl('postgres://alice:s3cret@db.example.com:6543/team')).toEqual({
      connection: { host: 'db.example.com', port: 6543, database: 'team', user: 'alice', sslMode: 'verify-full' },
      password: 's3cret',
    });
  });

  it('defaults the port to 5432 and answers no password when the URL has none', () => {
    expect(parseTeamServerUrl('postgresql://bob@db.example.com/plans')).toEqual({
      connection: { host: 'db.example.com', port: 5432, database: 'plans', user: 'bob', sslMode: 'verify-full' },
      password: null,
    });
  });

  it('decodes a percent-encoded user and password', () => {
    const { connection, password } = parseTeamServerUrl('postgres://li%40acme:p%40ss%2Fw%3Ard%20x@db.example.com/team');
    expect(connection.user).toBe('li@acme');
    expect(password).toBe('p@ss/w:rd x');
  });

  it('reads an IPv6 host in brackets, loopback allowed without TLS', () => {
    expect(parseTeamServerUrl('postgres://alice@[::1]:5433/team?sslmode=disable').connection).toEqual({
      host: '::1',
      port: 5433,
      database: 'team',
      user: 'alice',
      sslMode: 'disable',
    });
    expect(parseTeamServerUrl('postgres://alice@[2001:db8::5]/team').connection).toMatchObject({ host: '2001:db8::5', port: 5432 });
  });

  it('takes sslmode and sslrootcert as the TLS mode and the CA file (the file is not read here)', () => {
    expect(parseTeamServerUrl('postgres://alice@db.internal/team?sslmode=verify-ca&sslrootcert=/etc/ssl/team-ca.pem').connection).toMatchObject({
      sslMode: 'verify-ca',
      caFile: '/etc/ssl/team-ca.pem',
    });
    expect(parseTeamServerUrl('postgres://alice@db.internal/team?sslmode=require').connection.sslMode).toBe('require');
  });

  it('refuses a URL without a database, user or host, naming what is missing', () => {
    expect(refusal('postgres://alice@db.example.com')).toMatch(/names no database/);
    expect(refusal('postgres://alice@db.example.com/')).toMatch(/names no database/);
    expect(refusal('postgres://db.example.com/team')).toMatch(/names no user/);
    expect(refusal('postgres://alice@/team')).toMatch(/names no server/);
  });

  it('refuses other schemes, sslmodes Planwright does not use, unknown parameters and bad ports', () => {
    expect(refusal('mysql://alice@db.example.com/team')).toMatch(/must start with postgres:\/\//);
    expect(refusal('postgres://alice@db.example.com/team?sslmode=prefer')).toMatch(/sslmode=prefer.*verify-full/);
    expect(refusal('postgres://alice@db.example.com/team?sslmode=no-verify')).toMatch(/sslmode=no-verify/);
    expect(refusal('postgres://alice@db.example.com/team?connect_timeout=5')).toMatch(/does not use: connect_timeout/);
    expect(refusal('postgres://alice@db.example.com:99999/team')).toMatch(/port/);
  });

  it('refuses sslmode=disable for a server that is not on this machine (the connection schema’s rule)', () => {
    expect(refusal('postgres://alice@db.example.com/team?sslmode=disable')).toMatch(
      /sslMode: TLS is required for a server that is not on this machine/,
    );
    expect(parseTeamServerUrl('postgres://alice@127.0.0.1/team?sslmode=disable').connection.sslMode).toBe('disable');
  });

  it('never repeats the password (nor the URL) in a refusal', () => {
    for (const url of [
      'postgres://alice:Hunter2xyz@db.example.com/team?sslmode=disable',
      'postgres://alice:Hunter2xyz@db.example.com:notaport/team',
      'postgres://alice:Hunter2xyz@db.example.com',
      'postgres://alice:Hunter2xyz@db.example.com/team?sslmode=allow',
    ]) {
      expect(refusal(url)).not.toContain('Hunter2xyz');
      expect(refusal(url)).not.toContain('db.example.com');
    }
  });
});
