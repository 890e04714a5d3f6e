import { describe, expect, it } from 'vitest';
import { checkDraft, draftFrom, offeredSslModes, type ConnectionDraft } from '../../../../renderer/src/team/connection-form';

const draft = (patch: Partial<ConnectionDraft> = {}): ConnectionDraft => ({
  ...draftFrom(null),
  host: 'db.example.com',
  database: 'plans',
  user: 'ana',
  ...patch,
});

describe('the connection form', () => {
  it('starts on port 5432 with verify-full and no password', () => {
    expect(draftFrom(null)).toEqual({ host: '', port: '5432', database: '', user: '', password: '', sslMode: 'verify-full', caFile: '' });
  });

  it('turns a complete draft into the command map’s connection, trimmed, without the password', () => {
    expect(checkDraft(draft({ host: ' db.example.com ', port: '6543', caFile: ' /ca.pem ', password: 'x' }))).toEqual({
      connection: { host: 'db.example.com', port: 6543, database: 'plans', user: 'ana', sslMode: 'verify-full', caFile: '/ca.pem' },
    });
    expect(checkDraft(draft())).toEqual({
      connection: { host: 'db.example.com', port: 5432, database: 'plans', user: 'ana', sslMode: 'verify-full' },
    });
  });

  it('names each missing field and a port out of range', () => {
    expect(checkDraft(draft({ host: ' ', database: '', user: '', port: '' }))).toEqual({
      problems: { host: 'required', database: 'required', user: 'required', port: 'required' },
    });
    expect(checkDraft(draft({ port: '70000' }))).toEqual({ problems: { port: 'portRange' } });
    expect(checkDraft(draft({ port: '54.3' }))).toEqual({ problems: { port: 'portRange' } });
    expect(checkDraft(draft({ port: '0' }))).toEqual({ problems: { port: 'portRange' } });
  });

  it('refuses no TLS for a server that is not on this computer, as the schema does', () => {
    expect(checkDraft(draft({ sslMode: 'disable' }))).toEqual({ problems: { sslMode: 'tlsRequired' } });
    expect(checkDraft(draft({ host: 'localhost', sslMode: 'disable' }))).toMatchObject({ connection: { sslMode: 'disable' } });
    expect(checkDraft(draft({ host: '127.0.0.2', sslMode: 'disable' }))).toMatchObject({ connection: { host: '127.0.0.2' } });
  });

  it('offers no TLS only for a loopback host, or when it is already chosen so its error can show', () => {
    expect(offeredSslModes('db.example.com', 'verify-full')).toEqual(['verify-full', 'verify-ca', 'require']);
    expect(offeredSslModes('::1', 'verify-full')).toContain('disable');
    expect(offeredSslModes('db.example.com', 'disable')).toContain('disable');
  });
});
