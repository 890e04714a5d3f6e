import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectTeamRemote } from '../../../../../../electron/core/team/remote/connect';
import { TeamError } from '../../../../../../electron/core/team/team-error';
import type { TeamConnection } from '../../../../../../shared/team/connection';
import { describeWithPostgres, freePort, startPostgresCluster, type PostgresCluster } from '../../../../../support/postgres-cluster';
import { startTcpProxy, type TcpProxy } from '../../../../../support/tcp-proxy';
import { setupTeamLibrary, teamConfig } from '../../../../../support/team-fixture';

/**
 * Reaching the server: TLS by sslMode against a server with its own CA, the refusals a user can
 * act on (password, nothing listening, no TLS, a wrong host), and the connection dropping
 * mid-call. No error may ever carry the password.
 */

const PASSWORD = 'Tr0ub4dor-&-3-team-secret';

/** Every refusal here is checked: no message, stack or serialised error carries the password. */
function expectNoPassword(error: unknown): void {
  const e = error as TeamError;
  const text = [e.message, e.stack ?? '', JSON.stringify(e), JSON.stringify(e.because ?? {})].join('\n');
  expect(text).not.toContain(PASSWORD);
}

async function rejection(promise: Promise<unknown>): Promise<TeamError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').toBeInstanceOf(TeamError);
  expectNoPassword(error);
  return error as TeamError;
}

/** A server that accepts and answers as `respond` says (nothing: a server that hangs). */
async function fakeServer(respond?: (socket: net.Socket) => void): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => respond?.(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => count,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describeWithPostgres('connecting to the team library (TLS, refusals, a dropped connection)', () => {
  let cluster: PostgresCluster;
  let proxy: TcpProxy;
  const alice = (connection: Partial<TeamConnection>, password: string | null = PASSWORD) => teamConfig(cluster, 'alice', password, connection);

  beforeAll(async () => {
    cluster = await startPostgresCluster({ ssl: true });
    await setupTeamLibrary(cluster, [{ role: 'alice', password: PASSWORD, team: 'Team A', lead: true }]);
    proxy = await startTcpProxy({ port: cluster.port });
  }, 60_000);
  afterAll(async () => {
    await proxy?.close();
    await cluster?.stop();
  });

  it('verify-full with the server’s CA: connected over TLS, by IP address or by name', async () => {
    for (const host of ['127.0.0.1', 'localhost']) {
      const remote = await connectTeamRemote(alice({ host, sslMode: 'verify-full', caFile: cluster.caFile! }));
      try {
        expect(await remote.info()).toMatchObject({ user: 'alice', tls: true });
      } finally {
        await remote.close();
      }
    }
  });

  it('verify-full without the CA (the system’s CAs do not know it) is refused as TLS', async () => {
    const error = await rejection(connectTeamRemote(alice({ sslMode: 'verify-full' })));
    expect(error.reason).toBe('teamTls');
    expect(String(error.because?.params?.detail)).toMatch(/verify|certificate/i);
  });

  it('a host the certificate does not name: refused by verify-full, accepted by verify-ca and require', async () => {
    // 127.0.0.2 is this machine too, but the certificate names only localhost and 127.0.0.1.
    const other = await startTcpProxy({ port: cluster.port }, { listenHost: '127.0.0.2' });
    try {
      const error = await rejection(
        connectTeamRemote(alice({ host: other.host, port: other.port, sslMode: 'verify-full', caFile: cluster.caFile! })),
      );
      expect(error.reason).toBe('teamTls');
      expect(String(error.because?.params?.detail)).toMatch(/altnames|does not match/i);
      for (const sslMode of ['verify-ca', 'require'] as const) {
        const remote = await connectTeamRemote(
          alice({ host: other.host, port: other.port, sslMode, ...(sslMode === 'verify-ca' ? { caFile: cluster.caFile! } : {}) }),
        );
        expect((await remote.info()).tls).toBe(true);
        await remote.close();
      }
    } finally {
      await other.close();
    }
  });

  it('a CA file that cannot be read is a TLS refusal naming no secret', async () => {
    const error = await rejection(connectTeamRemote(alice({ sslMode: 'verify-full', caFile: '/nonexistent/ca.pem' })));
    expect(error.reason).toBe('teamTls');
  });

  it('sslMode disable: fine on this machine (no TLS), refused for another host before any connection', async () => {
    const remote = await connectTeamRemote(alice({ sslMode: 'disable' }));
    expect((await remote.info()).tls).toBe(false);
    await remote.close();

    // Were it to try, this name would fail to resolve (unreachable): it must not get that far.
    const error = await rejection(connectTeamRemote(alice({ host: 'team-db.invalid', sslMode: 'disable' })));
    expect(error.reason).toBe('teamTls');
  });

  it('a server without TLS is refused when TLS is asked for', async () => {
    const noTls = await fakeServer((socket) => socket.write('N'));
    try {
      const error = await rejection(connectTeamRemote(alice({ port: noTls.port, sslMode: 'require' })));
      expect(error.reason).toBe('teamTls');
    } finally {
      await noTls.close();
    }
  });

  it('a wrong password is an authentication refusal', async () => {
    const error = await rejection(connectTeamRemote(alice({ sslMode: 'verify-full', caFile: cluster.caFile! }, 'not-the-' + PASSWORD)));
    expect(error.reason).toBe('teamAuth');
    expect((await rejection(connectTeamRemote(teamConfig(cluster, 'nobody', PASSWORD)))).reason).toBe('teamAuth');
  });

  it('nothing listening, or a server that never answers, is unreachable', async () => {
    const closed = await rejection(connectTeamRemote(alice({ port: await freePort() })));
    expect(closed.reason).toBe('teamUnreachable');
    expect(closed.because?.params).toEqual({ detail: 'ECONNREFUSED' });

    const silent = await fakeServer();
    try {
      const started = Date.now();
      const hung = await rejection(connectTeamRemote(alice({ port: silent.port }), { connectTimeoutMs: 300 }));
      expect(hung.reason).toBe('teamUnreachable');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await silent.close();
    }
  });

  it('the connection cut mid-call: that call and the next say the connection was lost; a new connection carries on', async () => {
    const through = alice({ host: proxy.host, port: proxy.port, sslMode: 'require' });
    const remote = await connectTeamRemote(through);
    const teamId = (await remote.info()).teams[0]!.teamId;
    const remoteId = '6f1c0a52-3d7e-4c1b-9a55-0b8f2f1e9d10';

    // The server's answer is held back, so the cut lands while the publish waits for it.
    proxy.pause(true);
    const publishing = remote.publish({ remoteId, teamId, baseVersion: 0, name: 'Cut', document: '{"plan":1}', contentHash: 'h1' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    proxy.cut();
    proxy.pause(false);
    expect((await rejection(publishing)).reason).toBe('teamConnectionLost');
    expect((await rejection(remote.listPlans())).reason).toBe('teamConnectionLost');
    await remote.close();

    // Nothing half-written: the plan is not there, and publishing again on a new connection works.
    const again = await connectTeamRemote(through);
    try {
      expect(await again.heads([remoteId])).toEqual([]);
      expect((await again.publish({ remoteId, teamId, baseVersion: 0, name: 'Cut', document: '{"plan":1}', contentHash: 'h1' })).version).toBe(1);
    } finally {
      await again.close();
    }
  });
});
