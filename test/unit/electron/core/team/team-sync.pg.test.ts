import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Result } from '../../../../../shared/contracts';
import { richTextFromPlain, richTextToPlain, type Plan } from '../../../../../shared/domain';
import { canonicalPlanText } from '../../../../../shared/team/canonical-plan';
import type { TeamConnection } from '../../../../../shared/team/connection';
import { connectTeamRemote } from '../../../../../electron/core/team/remote/connect';
import type { TeamRemote } from '../../../../../electron/core/team/remote/team-remote';
import type { TeamConnect } from '../../../../../electron/core/team/team-service';
import { describeWithPostgres, startPostgresCluster, type PostgresCluster } from '../../../../support/postgres-cluster';
import { setupTeamLibrary } from '../../../../support/team-fixture';
import { startTcpProxy, type TcpProxy } from '../../../../support/tcp-proxy';
import { testBackend } from '../../../helpers/backend';

/**
 * The sync engine end to end against a real PostgreSQL (a throwaway cluster): two laptops of
 * team A, one of team B, each with its own data folder, through the app's own commands.
 */
describeWithPostgres('team sync against PostgreSQL', () => {
  let cluster: PostgresCluster;
  let proxy: TcpProxy;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    await setupTeamLibrary(cluster, [
      { role: 'alice', password: 'alice-pw', team: 'Team A', lead: true, displayName: 'Alice' },
      { role: 'bob', password: 'bob-pw', team: 'Team A', displayName: 'Bob' },
      { role: 'carol', password: 'carol-pw', team: 'Team B', displayName: 'Carol' },
    ]);
    proxy = await startTcpProxy({ port: cluster.port });
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await cluster?.stop();
  });

  function laptop(user: string, password: string, options: { viaProxy?: boolean; connect?: TeamConnect } = {}) {
    const b = testBackend(undefined, options.connect ? { teamConnect: options.connect } : {});
    const connection: TeamConnection = {
      host: '127.0.0.1',
      port: options.viaProxy ? proxy.port : cluster.port,
      database: cluster.database,
      user,
      sslMode: 'disable',
    };
    b.call('team.saveSettings', { connection, password });
    return b;
  }

  const contents = (plan: Plan) => JSON.parse(canonicalPlanText(plan)) as unknown;
  const write = (b: ReturnType<typeof testBackend>, planId: string, text: string) =>
    b.call('fields.set', { planId, part: 'summary', fields: { narrative: richTextFromPlain(text) } });
  const read = (b: ReturnType<typeof testBackend>, planId: string) => richTextToPlain(b.call('plans.get', { planId }).fields.summary.narrative);
  async function refusal(pending: Result<unknown> | Promise<Result<unknown>>) {
    const result = await pending;
    if (result.ok) expect.fail('expected a refusal');
    return result.error;
  }

  it('publishes the stress plan and pulls it into a second data folder, equal field by field', async () => {
    const alice = laptop('alice', 'alice-pw');
    const bob = laptop('bob', 'bob-pw');
    const planId = alice.call('plans.createFromSample', { sample: 'stress', language: 'zh-CN' }).id;
    expect(await alice.callAsync('team.publish', { planId })).toMatchObject({ result: 'published', version: 1 });

    const listed = await bob.callAsync('team.list', {});
    expect(listed.server).toMatchObject({ user: 'bob', displayName: 'Bob', teams: [expect.objectContaining({ name: 'Team A', role: 'member' })] });
    expect(listed.plans.find((p) => p.remoteId === planId)).toMatchObject({ headVersion: 1, updatedBy: 'Alice', teamName: 'Team A', state: null });
    expect((await bob.callAsync('team.pull', { remoteId: planId })).outcome).toMatchObject({ result: 'pulled', version: 1 });

    const mine = alice.call('plans.get', { planId });
    const theirs = bob.call('plans.get', { planId });
    expect(theirs.fields).toEqual(mine.fields);
    expect(theirs.collections).toEqual(mine.collections);
    expect(contents(theirs)).toEqual(contents(mine));
    expect(theirs.collections.actions.length).toBeGreaterThanOrEqual(300);
    expect((await bob.callAsync('team.list', {})).plans.find((p) => p.remoteId === planId)!.state).toBe('inStep');
  });

  it('keeps both versions of a plan changed on two laptops, shows the clash, and loses nothing', async () => {
    const alice = laptop('alice', 'alice-pw');
    const bob = laptop('bob', 'bob-pw');
    const planId = alice.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    await alice.callAsync('team.publish', { planId });
    await bob.callAsync('team.pull', { remoteId: planId });
    write(alice, planId, 'Alice: focus on parents.');
    write(bob, planId, 'Bob: focus on students.');

    expect((await alice.callAsync('team.sync', {})).outcomes).toEqual([expect.objectContaining({ planId, result: 'published', version: 2 })]);
    expect((await bob.callAsync('team.sync', {})).outcomes).toEqual([expect.objectContaining({ planId, result: 'conflict', version: 2 })]);
    expect(read(bob, planId)).toBe('Bob: focus on students.');
    const link = bob.call('team.links', {}).find((l) => l.planId === planId)!;
    expect(link.conflict).toMatchObject({ version: 2, publishedBy: 'Alice' });
    const kept = bob.call('versions.get', { versionId: link.conflict!.versionId! });
    expect(richTextToPlain(kept.plan.fields.summary.narrative)).toBe('Alice: focus on parents.');
    expect((await bob.callAsync('team.list', {})).plans.find((p) => p.remoteId === planId)!.state).toBe('conflict');

    expect(await bob.callAsync('team.resolve', { planId, keep: 'mine' })).toMatchObject({ result: 'published', version: 3 });
    const history = await alice.callAsync('team.history', { remoteId: planId });
    expect(history.map((v) => [v.version, v.publishedBy])).toEqual([
      [3, 'Bob'],
      [2, 'Alice'],
      [1, 'Alice'],
    ]);
    expect((await alice.callAsync('team.sync', {})).outcomes[0]).toMatchObject({ result: 'pulled', version: 3 });
    expect(read(alice, planId)).toBe('Bob: focus on students.');
  });

  it('keeps team A’s plans from a member of team B (row-level security)', async () => {
    const alice = laptop('alice', 'alice-pw');
    const carol = laptop('carol', 'carol-pw');
    const planId = alice.call('plans.createFromSample', { sample: 'trade-course', language: 'en' }).id;
    await alice.callAsync('team.publish', { planId });
    expect((await carol.callAsync('team.list', {})).plans.map((p) => p.teamName)).not.toContain('Team A');
    expect((await carol.callAsync('team.list', {})).plans.some((p) => p.remoteId === planId)).toBe(false);
    expect(await refusal(carol.dispatch('team.pull', { remoteId: planId }))).toMatchObject({ reason: 'teamDenied' });

    // Carol has the same plan from a file (same id): publishing it cannot touch team A's.
    const file = alice.call('plans.exportFile', { planId });
    carol.call('plans.importFile', { content: file.content });
    write(carol, planId, 'Carol was here.');
    expect(await refusal(carol.dispatch('team.publish', { planId }))).toMatchObject({ reason: 'teamDenied' });
    const history = await alice.callAsync('team.history', { remoteId: planId });
    expect(history).toHaveLength(1);
    expect((await alice.callAsync('team.sync', {})).outcomes.find((o) => o.planId === planId)).toMatchObject({ result: 'upToDate', version: 1 });
  });

  it('a connection dropping mid-sync loses nothing, and the next sync carries on', async () => {
    const alice = laptop('alice', 'alice-pw');
    // Bob's laptop reaches the server through a proxy that is cut just after the first plan arrives.
    let fetched = 0;
    const cutAfterFirstFetch: TeamConnect = async (config) => {
      const remote: TeamRemote = await connectTeamRemote(config);
      return {
        ...remote,
        info: () => remote.info(),
        listPlans: () => remote.listPlans(),
        heads: (ids) => remote.heads(ids),
        publish: (r) => remote.publish(r),
        lock: (id, v) => remote.lock(id, v),
        unlock: (id) => remote.unlock(id),
        history: (id) => remote.history(id),
        close: () => remote.close(),
        fetchVersion: async (id, v) => {
          const version = await remote.fetchVersion(id, v);
          fetched += 1;
          if (fetched === 1) proxy.cut();
          return version;
        },
      };
    };
    const bob = laptop('bob', 'bob-pw', { viaProxy: true, connect: cutAfterFirstFetch });
    const ids = (['education', 'trade-course', 'education'] as const).map(
      (sample) => alice.call('plans.createFromSample', { sample, language: 'en' }).id,
    );
    for (const planId of ids) await alice.callAsync('team.publish', { planId });
    fetched = -100; // the pulls are not cut
    for (const planId of ids) await bob.callAsync('team.pull', { remoteId: planId });
    fetched = 0;
    for (const planId of ids) write(alice, planId, `Second draft of ${planId}`);
    await alice.callAsync('team.sync', { planIds: ids });

    const cut = await bob.callAsync('team.sync', { planIds: ids });
    expect(cut.interrupted).toBe(true);
    expect(cut.outcomes.map((o) => o.result)).toEqual(['pulled']);
    expect(cut.error).toMatch(/lost/i);
    // What arrived is whole; what did not is as it was, and nothing of Bob's changed otherwise.
    const [first, ...rest] = ids;
    expect(read(bob, first!)).toBe(`Second draft of ${first}`);
    for (const planId of rest) expect(read(bob, planId)).not.toContain('Second draft');

    const resumed = await bob.callAsync('team.sync', { planIds: ids });
    expect(resumed.interrupted).toBe(false);
    expect(resumed.outcomes.map((o) => o.result)).toEqual(['upToDate', 'pulled', 'pulled']);
    for (const planId of ids) expect(contents(bob.call('plans.get', { planId }))).toEqual(contents(alice.call('plans.get', { planId })));
  });

  it('refuses a team library set up by a newer Planwright, clearly and without changing anything', async () => {
    const bob = laptop('bob', 'bob-pw');
    await cluster.ownerQuery('UPDATE planwright.schema_info SET version = 99');
    try {
      const error = await refusal(bob.dispatch('team.sync', {}));
      expect(error).toMatchObject({ reason: 'teamSchemaNewer', params: { server: 99, app: 1 } });
      expect(error.message).toMatch(/newer/);
    } finally {
      await cluster.ownerQuery('UPDATE planwright.schema_info SET version = 1');
    }
  });
});
