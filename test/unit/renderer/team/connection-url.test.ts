import { describe, expect, it } from 'vitest';
import { looksLikeConnectionUrl, parseConnectionUrl } from '../../../../renderer/src/team/connection-url';

describe('parseConnectionUrl', () => {
  it('reads every part of a full link, the password apart', () => {
    expect(parseConnectionUrl('postgres://ana:s%40cret@db.example.com:6543/plans?sslmode=verify-ca&sslrootcert=/etc/ca.pem')).toEqual({
      host: 'db.example.com',
      port: 6543,
      database: 'plans',
      user: 'ana',
      password: 's@cret',
      sslMode: 'verify-ca',
      caFile: '/etc/ca.pem',
    });
  });

  it('takes the postgresql scheme, a bare host, and leaves out what the link does not say', () => {
    expect(parseConnectionUrl('postgresql://db.internal')).toEqual({ host: 'db.internal' });
    expect(parseConnectionUrl('  POSTGRES://lin@127.0.0.1/team  ')).toEqual({ host: '127.0.0.1', user: 'lin', database: 'team' });
  });

  it('reads an IPv6 host without its brackets and decodes a Chinese database name', () => {
    expect(parseConnectionUrl('postgres://u@[::1]:5433/%E5%9B%A2%E9%98%9F')).toEqual({ host: '::1', port: 5433, user: 'u', database: '团队' });
  });

  it('ignores sslmode values Planwright does not offer, so the form keeps its safer choice', () => {
    expect(parseConnectionUrl('postgres://u@h/d?sslmode=prefer')).toEqual({ host: 'h', user: 'u', database: 'd' });
    expect(parseConnectionUrl('postgres://u@h/d?sslmode=disable')?.sslMode).toBe('disable');
  });

  it('refuses text that is not a connection link or names no host', () => {
    expect(parseConnectionUrl('db.example.com')).toBeNull();
    expect(parseConnectionUrl('https://db.example.com/plans')).toBeNull();
    expect(parseConnectionUrl('postgres:///plans')).toBeNull();
    expect(parseConnectionUrl('postgres://u@h:99999/d')).toBeNull();
    expect(looksLikeConnectionUrl('postgresql://x')).toBe(true);
    expect(looksLikeConnectionUrl('my-postgres-host')).toBe(false);
  });
});
