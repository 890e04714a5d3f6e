import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectTeamRemote } from '../../../../../../electron/core/team/remote/connect';
import type { PublishRequest, TeamRemote } from '../../../../../../electron/core/team/remote/team-remote';
import { TeamError } from '../../../../../../electron/core/team/team-error';
import { parsePlanFile } from '../../../../../../shared/file-format/parse';
import { serializePlanFile } from '../../../../../../shared/file-format/serialize';
import { buildSample } from '../../../../../../shared/samples';
import { describeWithPostgres, startPostgresCluster, type PostgresCluster } from '../../../../../support/postgres-cluster';
import { setupTeamLibrary, teamConfig } from '../../../../../support/team-fixture';

/**
 * The team library against a real PostgreSQL: publishing with optimistic concurrency, a lead's
 * lock, row-level security between teams and history that cannot be rewritten. Alice (lead) and
 * Bob are team A; Carol is team B.
 */

const PASSWORDS = { alice: 'alice-Secret-1', bob: 'bob-Secret-2', carol: 'carol-Secret-3' } as const;
type Who = keyof typeof PASSWORDS;

async function rejection(promise: Promise<unknown>): Promise<TeamError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').toBeInstanceOf(TeamError);
  return error as TeamError;
}

function documentOf(name: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'test', plan: { name, ...extra } }, null, 2);
}

describeWithPostgres('the team library on PostgreSQL (pg-team-remote)', () => {
  let cluster: PostgresCluster;
  let teams: Map<string, string>;
  const remotes = {} as Record<Who, TeamRemote>;
  let teamA = '';
  let teamB = '';

  /** A raw session as a member, for what the app never sends (direct UPDATE/DELETE, forged rows). */
  async function rawAs<T>(who: Who, work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ host: cluster.host, port: cluster.port, database: cluster.database, user: who, password: PASSWORDS[who] });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  function request(teamId: string, baseVersion: number, overrides: Partial<PublishRequest> = {}): PublishRequest {
    const remoteId = overrides.remoteId ?? randomUUID();
    return {
      remoteId,
      teamId,
      baseVersion,
      name: 'Spring launch',
      document: documentOf('Spring launch'),
      contentHash: `hash-${baseVersion + 1}`,
      ...overrides,
    };
  }

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    teams = await setupTeamLibrary(cluster, [
      { role: 'alice', password: PASSWORDS.alice, team: 'Team A', lead: true, displayName: 'Alice Li' },
      { role: 'bob', password: PASSWORDS.bob, team: 'Team A' },
      { role: 'carol', password: PASSWORDS.carol, team: 'Team B', lead: true },
    ]);
    teamA = teams.get('Team A')!;
    teamB = teams.get('Team B')!;
    for (const who of Object.keys(PASSWORDS) as Who[]) remotes[who] = await connectTeamRemote(teamConfig(cluster, who, PASSWORDS[who]));
  }, 60_000);

  afterAll(async () => {
    for (const remote of Object.values(remotes)) await remote?.close();
    await cluster?.stop();
  });

  it('info: who we are, our teams with our role, the server and schema versions', async () => {
    const info = await remotes.alice.info();
    expect(info).toMatchObject({
      user: 'alice',
      displayName: 'Alice Li',
      schemaVersion: 1,
      tls: false,
      teams: [{ teamId: teamA, name: 'Team A', role: 'lead' }],
    });
    expect(info.serverVersion).toMatch(/^\d+/);
    expect((await remotes.bob.info()).teams).toEqual([{ teamId: teamA, name: 'Team A', role: 'member' }]);
  });

  it('publishes a plan new to the library as version 1, then on version 1 as version 2', async () => {
    const first = request(teamA, 0);
    const v1 = await remotes.bob.publish(first);
    expect(v1).toMatchObject({ version: 1, publishedBy: 'bob' });
    expect(Date.parse(v1.publishedAt)).not.toBeNaN();

    const v2 = await remotes.alice.publish({
      ...first,
      baseVersion: 1,
      name: 'Spring launch (revised)',
      document: documentOf('revised'),
      contentHash: 'hash-2',
    });
    expect(v2.version).toBe(2);

    const [head] = await remotes.bob.heads([first.remoteId, randomUUID(), 'not-a-uuid']);
    expect(head).toMatchObject({
      remoteId: first.remoteId,
      teamId: teamA,
      teamName: 'Team A',
      name: 'Spring launch (revised)',
      headVersion: 2,
      headHash: 'hash-2',
      updatedBy: 'Alice Li',
      lockedVersion: null,
    });
    expect((await remotes.alice.history(first.remoteId)).map((v) => [v.version, v.publishedBy, v.contentHash])).toEqual([
      [2, 'Alice Li', 'hash-2'],
      [1, 'bob', 'hash-1'],
    ]);
    const latest = await remotes.bob.fetchVersion(first.remoteId);
    expect(latest).toMatchObject({ remoteId: first.remoteId, teamId: teamA, version: 2, name: 'Spring launch (revised)', publishedBy: 'Alice Li' });
    expect(JSON.parse(latest.document)).toEqual(JSON.parse(documentOf('revised')));
    expect(JSON.parse((await remotes.bob.fetchVersion(first.remoteId, 1)).document)).toEqual(JSON.parse(first.document));
  });

  it('carries the stress plan, in Chinese, and gives back the same plan file', async () => {
    const plan = buildSample('stress', 'zh-CN');
    const text = serializePlanFile(plan, { app: { name: 'Planwright', version: 'test' }, exportedAt: '2027-01-01T00:00:00.000Z' });
    const published = request(teamA, 0, { remoteId: plan.meta.id, name: plan.meta.name, document: text });
    await remotes.alice.publish(published);
    const fetched = await remotes.bob.fetchVersion(plan.meta.id);
    // jsonb keeps the value, not the layout: the same JSON, and a plan file the app reads back.
    expect(JSON.parse(fetched.document)).toEqual(JSON.parse(text));
    const parsed = parsePlanFile(fetched.document);
    expect(parsed.ok && parsed.file.plan.meta.name).toBe(plan.meta.name);
  });

  it('refuses a publish on a stale base with the head version, and writes nothing', async () => {
    const first = request(teamA, 0);
    await remotes.alice.publish(first);
    await remotes.bob.publish({ ...first, baseVersion: 1, contentHash: 'bobs' });
    const error = await rejection(remotes.alice.publish({ ...first, baseVersion: 1, contentHash: 'alices' }));
    expect(error.reason).toBe('teamConflict');
    expect(error.because?.params).toEqual({ headVersion: 2 });
    const history = await remotes.alice.history(first.remoteId);
    expect(history.map((v) => v.contentHash)).toEqual(['bobs', 'hash-1']);
    const [head] = await remotes.alice.heads([first.remoteId]);
    expect(head).toMatchObject({ headVersion: 2, headHash: 'bobs', updatedBy: 'bob' });
    // A second "new" plan with the same id is a conflict too, never a second version 1.
    const again = await rejection(remotes.bob.publish({ ...first, baseVersion: 0 }));
    expect(again.because?.params).toEqual({ headVersion: 2 });
  });

  it('decides two publishes racing on the same base inside the server: one wins, one is a conflict', async () => {
    const first = request(teamA, 0);
    await remotes.alice.publish(first);
    const results = await Promise.allSettled([
      remotes.alice.publish({ ...first, baseVersion: 1, contentHash: 'a' }),
      remotes.bob.publish({ ...first, baseVersion: 1, contentHash: 'b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect((refused.reason as TeamError).reason).toBe('teamConflict');
    expect((await remotes.alice.history(first.remoteId)).map((v) => v.version)).toEqual([2, 1]);
  });

  it('a lead locks a version: publishes are refused as locked until the lead unlocks', async () => {
    const first = request(teamA, 0);
    await remotes.bob.publish(first);
    const locked = await remotes.alice.lock(first.remoteId, 1);
    expect(locked).toMatchObject({ remoteId: first.remoteId, lockedVersion: 1, lockedBy: 'Alice Li', headVersion: 1 });

    const refused = await rejection(remotes.bob.publish({ ...first, baseVersion: 1 }));
    expect(refused.reason).toBe('teamLocked');
    expect(refused.because?.params).toEqual({ lockedVersion: 1 });
    expect((await remotes.bob.heads([first.remoteId]))[0]).toMatchObject({ headVersion: 1, lockedVersion: 1, lockedBy: 'Alice Li' });

    // A member is no lead; a lead of another team does not even see the plan.
    expect((await rejection(remotes.bob.unlock(first.remoteId))).reason).toBe('teamDenied');
    expect((await rejection(remotes.bob.lock(first.remoteId, 1))).reason).toBe('teamDenied');
    expect((await rejection(remotes.carol.unlock(first.remoteId))).reason).toBe('teamDenied');
    // Nor can a member lift the lock by hand.
    await rawAs('bob', (c) => c.query('UPDATE planwright.plans SET locked_version = NULL, locked_by = NULL WHERE id = $1', [first.remoteId]));
    expect((await remotes.bob.heads([first.remoteId]))[0]!.lockedVersion).toBe(1);
    // A version that was never published cannot be locked.
    expect((await rejection(remotes.alice.lock(first.remoteId, 5))).reason).toBe('teamDenied');

    expect(await remotes.alice.unlock(first.remoteId)).toMatchObject({ lockedVersion: null, lockedBy: null });
    expect((await remotes.bob.publish({ ...first, baseVersion: 1 })).version).toBe(2);
  });

  it('row-level security: a member of team B sees none of team A, reads none of it, adds nothing to it', async () => {
    const ofA = request(teamA, 0);
    await remotes.alice.publish(ofA);
    const ofB = request(teamB, 0, { name: 'Team B plan' });
    await remotes.carol.publish(ofB);

    const carolSees = await remotes.carol.listPlans();
    expect(carolSees.length).toBeGreaterThan(0);
    expect(carolSees.every((p) => p.teamId === teamB)).toBe(true);
    expect(carolSees.map((p) => p.remoteId)).toContain(ofB.remoteId);
    expect(await remotes.carol.heads([ofA.remoteId])).toEqual([]);
    expect(await remotes.carol.history(ofA.remoteId)).toEqual([]);
    expect((await rejection(remotes.carol.fetchVersion(ofA.remoteId))).reason).toBe('teamDenied');

    // Team A's two members see each other's plans, and not team B's.
    const bobSees = (await remotes.bob.listPlans()).map((p) => p.remoteId);
    expect(bobSees).toContain(ofA.remoteId);
    expect(bobSees).not.toContain(ofB.remoteId);

    // Carol cannot add a version to A's plan, whatever base she guesses; the head says nothing.
    for (const base of [0, 1, 7]) {
      const refused = await rejection(remotes.carol.publish({ ...ofA, teamId: teamB, baseVersion: base }));
      expect(refused.reason).toBe('teamDenied');
      expect(refused.message).not.toMatch(/version is/);
    }
    // Nor a plan in team A's name, nor raw rows past the app.
    expect((await rejection(remotes.carol.publish(request(teamA, 0)))).reason).toBe('teamDenied');
    await expect(
      rawAs('carol', (c) =>
        c.query(`INSERT INTO planwright.plan_versions (plan_id, base_version, name, document, content_hash) VALUES ($1, 1, 'x', '{}', 'x')`, [
          ofA.remoteId,
        ]),
      ),
    ).rejects.toMatchObject({ code: '42501' });
    expect(
      await rawAs('carol', (c) => c.query('SELECT count(*)::int AS n FROM planwright.plan_versions WHERE plan_id = $1', [ofA.remoteId])),
    ).toMatchObject({ rows: [{ n: 0 }] });
    expect(await rawAs('carol', (c) => c.query('SELECT count(*)::int AS n FROM planwright.members WHERE team_id = $1', [teamA]))).toMatchObject({
      rows: [{ n: 0 }],
    });
    expect((await remotes.alice.history(ofA.remoteId)).map((v) => v.publishedBy)).toEqual(['Alice Li']);
  });

  it('history is append-only: a member can neither change nor delete a version, nor forge who published it', async () => {
    const first = request(teamA, 0);
    await remotes.alice.publish(first);
    await rawAs('alice', async (c) => {
      await expect(c.query(`UPDATE planwright.plan_versions SET name = 'rewritten' WHERE plan_id = $1`, [first.remoteId])).rejects.toMatchObject({
        code: '42501',
      });
      await expect(c.query('DELETE FROM planwright.plan_versions WHERE plan_id = $1', [first.remoteId])).rejects.toMatchObject({ code: '42501' });
      await expect(c.query('DELETE FROM planwright.plans WHERE id = $1', [first.remoteId])).rejects.toMatchObject({ code: '42501' });
      await expect(c.query(`UPDATE planwright.plans SET head_version = 9 WHERE id = $1`, [first.remoteId])).rejects.toMatchObject({ code: '42501' });
      await expect(
        c.query(
          `INSERT INTO planwright.plan_versions (plan_id, base_version, name, document, content_hash, published_by) VALUES ($1, 1, 'x', '{}', 'x', 'bob')`,
          [first.remoteId],
        ),
      ).rejects.toMatchObject({ code: '42501' });
    });
    const history = await remotes.bob.history(first.remoteId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ version: 1, name: 'Spring launch', publishedBy: 'Alice Li' });
  });

  it('a member cannot add members, make teams or run the owner’s functions', async () => {
    await rawAs('bob', async (c) => {
      await expect(c.query(`SELECT planwright.add_member('Team A', 'bob', 'Bob', true)`)).rejects.toMatchObject({ code: '42501' });
      await expect(c.query(`INSERT INTO planwright.members (team_id, member_role) VALUES ($1, 'bob')`, [teamB])).rejects.toMatchObject({
        code: '42501',
      });
      await expect(c.query(`INSERT INTO planwright.teams (name) VALUES ('Team C')`)).rejects.toMatchObject({ code: '42501' });
      await expect(c.query(`UPDATE planwright.schema_info SET version = 99`)).rejects.toMatchObject({ code: '42501' });
    });
    expect((await remotes.bob.info()).teams).toEqual([{ teamId: teamA, name: 'Team A', role: 'member' }]);
  });

  it('runs calls made at once one after another on the one session', async () => {
    const first = request(teamA, 0);
    const [published, listed] = await Promise.all([remotes.bob.publish(first), remotes.bob.listPlans(), remotes.bob.info()]);
    expect(published.version).toBe(1);
    expect(listed.map((p) => p.remoteId)).toContain(first.remoteId);
  });
});
