import pg from 'pg';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeWithPostgres, startPostgresCluster, type PostgresCluster } from '../../../../../support/postgres-cluster';
import { setupTeamLibrary } from '../../../../../support/team-fixture';
import { testBackend } from '../../../../helpers/backend';

/**
 * Every query the team library sends is parameterised: whatever a user typed (a plan's name, its
 * contents) travels as a value, never inside the SQL text. Checked by recording the text of every
 * query pg sends while hostile values go through publish, list, pull, sync, history and lock.
 */
describeWithPostgres('the team library’s queries carry values apart from the SQL', () => {
  let cluster: PostgresCluster;
  const sent: string[] = [];

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    await setupTeamLibrary(cluster, [
      { role: 'alice', password: 'alice-pw', team: 'Team A', lead: true, displayName: "O'Brien; DROP TABLE x" },
      { role: 'bob', password: 'bob-pw', team: 'Team A' },
    ]);
    const original = pg.Client.prototype.query;
    vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const config = args[0];
      sent.push(typeof config === 'string' ? config : String((config as { text?: unknown }).text ?? ''));
      return (original as (...a: unknown[]) => unknown).apply(this, args) as never;
    });
  }, 60_000);

  afterAll(async () => {
    vi.restoreAllMocks();
    await cluster?.stop();
  });

  it('sends none of the hostile values inside a query’s text, and they arrive intact', async () => {
    const laptop = (user: string) => {
      const b = testBackend();
      b.call('team.saveSettings', {
        connection: { host: cluster.host, port: cluster.port, database: cluster.database, user, sslMode: 'disable' },
        password: `${user}-pw`,
      });
      return b;
    };
    const alice = laptop('alice');
    const bob = laptop('bob');
    const hostileName = `Robert'); DROP TABLE planwright.plans; -- $1 \\' "x"`;
    const hostileClient = `'; UPDATE planwright.plans SET head_version = 0; --`;
    const plan = alice.call('plans.create', {
      name: hostileName,
      client: hostileClient,
      currency: 'CNY',
      language: 'en',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    });
    sent.length = 0;
    await alice.callAsync('team.publish', { planId: plan.id });
    await bob.callAsync('team.list', {});
    await bob.callAsync('team.pull', { remoteId: plan.id });
    alice.call('plans.updateMeta', { planId: plan.id, patch: { client: `${hostileClient} again` } });
    await alice.callAsync('team.sync', {});
    await bob.callAsync('team.sync', {});
    await alice.callAsync('team.history', { remoteId: plan.id });
    await alice.callAsync('team.lock', { remoteId: plan.id, version: 2 });

    expect(sent.length).toBeGreaterThan(10);
    for (const text of sent) {
      expect(text).not.toContain('Robert');
      expect(text).not.toContain('UPDATE planwright.plans SET head_version');
      expect(text).not.toContain(plan.id);
      expect(text).not.toContain('alice-pw');
    }
    const pulled = bob.call('plans.get', { planId: plan.id });
    expect(pulled.meta.name).toBe(hostileName);
    expect(pulled.meta.client).toBe(`${hostileClient} again`);
    const heads = await cluster.ownerQuery<{ head_version: number; name: string; locked_by: string }>(
      'SELECT head_version, name, locked_by FROM planwright.plans WHERE id = $1',
      [plan.id],
    );
    expect(heads.rows).toEqual([{ head_version: 2, name: hostileName, locked_by: 'alice' }]);
    expect((await bob.callAsync('team.list', {})).plans[0]).toMatchObject({ lockedBy: "O'Brien; DROP TABLE x", name: hostileName });
  });
});
