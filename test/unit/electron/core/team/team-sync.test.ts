import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../../shared/contracts';
import { richTextFromPlain, richTextToPlain, type Plan } from '../../../../../shared/domain';
import { canonicalPlanText } from '../../../../../shared/team/canonical-plan';
import { testBackend } from '../../../helpers/backend';
import { FakeTeamLibrary } from '../../../helpers/fake-team-library';
import { tempDir } from '../../../helpers/temp-dir';

const CONNECTION = { host: '127.0.0.1', port: 5432, database: 'team', user: 'alice', sslMode: 'disable' } as const;

function laptop(library: FakeTeamLibrary, user: string) {
  const dir = tempDir();
  const b = testBackend(dir, { teamConnect: library.connect });
  b.call('team.saveSettings', { connection: { ...CONNECTION, user }, password: 'secret' });
  return Object.assign(b, { dir });
}

function setup() {
  const library = new FakeTeamLibrary();
  const teamA = library.addTeam('Acme Consulting');
  library.addMember('alice', teamA, 'lead', 'Alice');
  library.addMember('bob', teamA, 'member', 'Bob');
  return { library, teamA, alice: laptop(library, 'alice'), bob: laptop(library, 'bob') };
}

/** Edits the plan's executive summary on one laptop, as the editor's save does. */
function write(b: ReturnType<typeof testBackend>, planId: string, text: string): void {
  b.call('fields.set', { planId, part: 'summary', fields: { narrative: richTextFromPlain(text) } });
}

const read = (b: ReturnType<typeof testBackend>, planId: string) => richTextToPlain(b.call('plans.get', { planId }).fields.summary.narrative);

/** The plan without its clocks: what "equal field by field" means across two laptops. */
const contents = (plan: Plan) => JSON.parse(canonicalPlanText(plan)) as unknown;

async function failure(promise: Result<unknown> | Promise<Result<unknown>>) {
  const result = await promise;
  if (result.ok) expect.fail('expected a refusal');
  return result.error;
}

describe('team sync (the sync engine over a team library with the server’s rules)', () => {
  it('publishes a plan, and another laptop pulls it equal field by field', async () => {
    const { library, alice, bob } = setup();
    const planId = alice.call('plans.createFromSample', { sample: 'education', language: 'zh-CN' }).id;
    const published = await alice.callAsync('team.publish', { planId });
    expect(published).toMatchObject({ planId, result: 'published', version: 1 });
    expect(library.plans.get(planId)!.versions).toHaveLength(1);

    const listing = await bob.callAsync('team.list', {});
    expect(listing.server.user).toBe('bob');
    expect(listing.plans).toEqual([
      expect.objectContaining({ remoteId: planId, headVersion: 1, updatedBy: 'Alice', localPlanId: null, state: null }),
    ]);
    const pulled = await bob.callAsync('team.pull', { remoteId: planId });
    expect(pulled.outcome).toMatchObject({ result: 'pulled', version: 1 });
    expect(pulled.summary.id).toBe(planId);
    expect(contents(bob.call('plans.get', { planId }))).toEqual(contents(alice.call('plans.get', { planId })));
    expect((await bob.callAsync('team.list', {})).plans[0]).toMatchObject({ localPlanId: planId, state: 'inStep' });
    expect(bob.call('team.links', {})).toEqual([expect.objectContaining({ planId, syncedVersion: 1, localChanges: false, conflict: null })]);
  });

  it('carries an edit up from one laptop and down to the other, plan by plan', async () => {
    const { library, alice, bob } = setup();
    const planId = alice.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    const quiet = alice.call('plans.createFromSample', { sample: 'trade-course', language: 'en' }).id;
    await alice.callAsync('team.publish', { planId });
    await alice.callAsync('team.publish', { planId: quiet });
    await bob.callAsync('team.pull', { remoteId: planId });
    await bob.callAsync('team.pull', { remoteId: quiet });

    write(bob, planId, 'Bob rewrote the overview.');
    expect(bob.call('team.links', {}).find((l) => l.planId === planId)!.localChanges).toBe(true);
    const up = await bob.callAsync('team.sync', {});
    expect(up.interrupted).toBe(false);
    expect(up.outcomes.map((o) => [o.planId, o.result, o.version])).toEqual(
      expect.arrayContaining([
        [planId, 'published', 2],
        [quiet, 'upToDate', 1],
      ]),
    );
    expect((await alice.callAsync('team.list', {})).plans.find((p) => p.remoteId === planId)!.state).toBe('teamChanges');
    const down = await alice.callAsync('team.sync', {});
    expect(down.outcomes.find((o) => o.planId === planId)).toMatchObject({ result: 'pulled', version: 2 });
    expect(read(alice, planId)).toBe('Bob rewrote the overview.');
    expect(library.plans.get(quiet)!.versions).toHaveLength(1);
  });

  it('keeps both versions when two laptops changed the same plan, and the user chooses: mine', async () => {
    const { library, alice, bob } = setup();
    const planId = alice.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    await alice.callAsync('team.publish', { planId });
    await bob.callAsync('team.pull', { remoteId: planId });
    write(alice, planId, 'Alice’s overview.');
    write(bob, planId, 'Bob’s overview.');
    expect((await alice.callAsync('team.sync', {})).outcomes[0]).toMatchObject({ result: 'published', version: 2 });

    const clash = await bob.callAsync('team.sync', {});
    expect(clash.outcomes[0]).toMatchObject({ result: 'conflict', version: 2 });
    // Nothing overwritten: Bob's plan is his, Alice's is kept beside it as a saved version.
    expect(read(bob, planId)).toBe('Bob’s overview.');
    const [link] = bob.call('team.links', {});
    expect(link!.conflict).toMatchObject({ version: 2, publishedBy: 'Alice' });
    const kept = bob.call('versions.get', { versionId: link!.conflict!.versionId! });
    expect(kept.info.name).toBe('Team version 2 (Alice)');
    expect(richTextToPlain(kept.plan.fields.summary.narrative)).toBe('Alice’s overview.');
    expect((await bob.callAsync('team.list', {})).plans[0]!.state).toBe('conflict');
    // A second sync does not keep the same team version twice.
    await bob.callAsync('team.sync', {});
    expect(bob.call('versions.list', { planId }).filter((v) => v.name.startsWith('Team version'))).toHaveLength(1);

    const mine = await bob.callAsync('team.resolve', { planId, keep: 'mine' });
    expect(mine).toMatchObject({ result: 'published', version: 3 });
    expect(bob.call('team.links', {})[0]!.conflict).toBeNull();
    const versions = library.plans.get(planId)!.versions;
    expect(versions.map((v) => [v.version, v.publishedBy])).toEqual([
      [1, 'Alice'],
      [2, 'Alice'],
      [3, 'Bob'],
    ]);
    expect(versions[1]!.document).toContain('Alice’s overview.');
    expect((await alice.callAsync('team.sync', {})).outcomes[0]).toMatchObject({ result: 'pulled', version: 3 });
    expect(read(alice, planId)).toBe('Bob’s overview.');
  });

  it('after a clash, taking theirs saves this laptop’s plan as a version first', async () => {
    const { alice, bob } = setup();
    const planId = alice.call('plans.createFromSample', { sample: 'education', language: 'zh-CN' }).id;
    await alice.callAsync('team.publish', { planId });
    await bob.callAsync('team.pull', { remoteId: planId });
    write(alice, planId, '甲的概述');
    write(bob, planId, '乙的概述');
    await alice.callAsync('team.sync', {});
    await bob.callAsync('team.sync', {});
    expect(bob.call('versions.list', { planId }).map((v) => v.name)).toContain('团队版本 2（Alice）');

    const theirs = await bob.callAsync('team.resolve', { planId, keep: 'theirs' });
    expect(theirs).toMatchObject({ result: 'pulled', version: 2 });
    expect(read(bob, planId)).toBe('甲的概述');
    const before = bob.call('versions.list', { planId }).find((v) => v.cause === 'restore')!;
    expect(richTextToPlain(bob.call('versions.get', { versionId: before.id }).plan.fields.summary.narrative)).toBe('乙的概述');
    expect((await bob.callAsync('team.list', {})).plans[0]!.state).toBe('inStep');
  });

  it('a publish racing another sees the clash, never overwrites', async () => {
    const { library, alice, bob } = setup();
    const planId = alice.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    await alice.callAsync('team.publish', { planId });
    await bob.callAsync('team.pull', { remoteId: planId });
    write(bob, planId, 'Bob');
    write(alice, planId, 'Alice');
    // Bob's laptop reads the heads just before Alice publishes: its publish names version 1,
    // and the server refuses it.
    const stale = await library.remoteFor('bob').heads([planId]);
    await alice.callAsync('team.publish', { planId });
    const original = library.remoteFor.bind(library);
    let first = true;
    library.remoteFor = (user) => {
      const remote = original(user);
      return { ...remote, heads: async (ids) => (first ? ((first = false), stale) : remote.heads(ids)) };
    };
    const outcome = await bob.callAsync('team.publish', { planId });
    expect(outcome).toMatchObject({ result: 'conflict', version: 2 });
    expect(library.plans.get(planId)!.versions).toHaveLength(2);
  });

  /** Alice publishes a plan, edits it and syncs: the server takes that publish, but its answer is lost. */
  async function publishWithLostAnswer() {
    const { library, alice } = setup();
    const planId = alice.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    await alice.callAsync('team.publish', { planId });
    write(alice, planId, 'Sent, answer lost');
    library.dropNext = { call: 'publish', after: true };
    const lost = await alice.callAsync('team.sync', {});
    return { library, alice, planId, lost };
  }

  it('a connection lost after the server took a publish: the next sync is in step, not a clash with itself', async () => {
    const { library, alice, planId, lost } = await publishWithLostAnswer();
    expect(lost).toMatchObject({ interrupted: true, outcomes: [] });
    expect(library.plans.get(planId)!.versions).toHaveLength(2);
    expect(alice.call('team.links', {})[0]).toMatchObject({ syncedVersion: 1, localChanges: true });

    const again = await alice.callAsync('team.sync', {});
    expect(again.outcomes[0]).toMatchObject({ result: 'upToDate', version: 2 });
    expect(alice.call('team.links', {})[0]).toMatchObject({ syncedVersion: 2, localChanges: false, conflict: null });
    expect(library.plans.get(planId)!.versions).toHaveLength(2);
  });

  it('a publish whose answer was lost, then more edits: the next sync knows the team’s head for its own and sends the edits on top', async () => {
    const { library, alice, planId, lost } = await publishWithLostAnswer();
    expect(lost.interrupted).toBe(true);
    write(alice, planId, 'Written after');
    const next = await alice.callAsync('team.sync', {});
    expect(next.outcomes[0]).toMatchObject({ result: 'published', version: 3 });
    expect(library.plans.get(planId)!.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(alice.call('team.links', {})[0]).toMatchObject({ syncedVersion: 3, localChanges: false, conflict: null });
  });

  it('a connection lost mid-sync: the plans done stay done, the rest resume next time, nothing lost', async () => {
    const { library, alice, bob } = setup();
    const ids = ['education', 'trade-course', 'education'].map(
      (sample, i) => alice.call('plans.createFromSample', { sample: sample as 'education', language: i === 2 ? 'zh-CN' : 'en' }).id,
    );
    for (const planId of ids) await alice.callAsync('team.publish', { planId });
    for (const planId of ids) await bob.callAsync('team.pull', { remoteId: planId });
    for (const planId of ids) write(alice, planId, `New ${planId}`);
    await alice.callAsync('team.sync', {});

    let fetched = 0;
    const original = library.remoteFor.bind(library);
    library.remoteFor = (user) => {
      const remote = original(user);
      return {
        ...remote,
        fetchVersion: async (id, v) => {
          fetched += 1;
          if (fetched === 2) throw new (await import('../../../../../electron/core/team/team-error')).TeamError('teamConnectionLost', 'lost');
          return remote.fetchVersion(id, v);
        },
      };
    };
    const cut = await bob.callAsync('team.sync', {});
    expect(cut.interrupted).toBe(true);
    expect(cut.outcomes).toHaveLength(1);
    expect(cut.outcomes[0]).toMatchObject({ result: 'pulled' });
    const resumed = await bob.callAsync('team.sync', {});
    expect(resumed.interrupted).toBe(false);
    expect(resumed.outcomes.map((o) => o.result).sort()).toEqual(['pulled', 'pulled', 'upToDate']);
    for (const planId of ids) expect(read(bob, planId)).toBe(`New ${planId}`);
  });

  it('a plan a lead locked is not published over; unlocked, it is', async () => {
    const { library, alice, bob } = setup();
    const planId = alice.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    await alice.callAsync('team.publish', { planId });
    await bob.callAsync('team.pull', { remoteId: planId });
    expect(await failure(bob.dispatch('team.lock', { remoteId: planId, version: 1 }))).toMatchObject({ reason: 'teamDenied' });
    expect(await alice.callAsync('team.lock', { remoteId: planId, version: 1 })).toMatchObject({ lockedVersion: 1, lockedBy: 'Alice' });
    write(bob, planId, 'After the lock');
    expect((await bob.callAsync('team.sync', {})).outcomes[0]).toMatchObject({ result: 'locked', version: 1 });
    expect(library.plans.get(planId)!.versions).toHaveLength(1);
    await alice.callAsync('team.unlock', { remoteId: planId });
    expect((await bob.callAsync('team.sync', {})).outcomes[0]).toMatchObject({ result: 'published', version: 2 });
    expect((await bob.callAsync('team.history', { remoteId: planId })).map((v) => [v.version, v.publishedBy])).toEqual([
      [2, 'Bob'],
      [1, 'Alice'],
    ]);
  });

  it('a member of another team cannot see or publish over the plan', async () => {
    const { library, alice } = setup();
    const teamB = library.addTeam('Other Agency');
    library.addMember('carol', teamB);
    const carol = laptop(library, 'carol');
    const planId = alice.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    await alice.callAsync('team.publish', { planId });
    expect((await carol.callAsync('team.list', {})).plans).toEqual([]);
    expect(await failure(carol.dispatch('team.pull', { remoteId: planId }))).toMatchObject({ reason: 'teamDenied' });
  });

  it('asks which team when the user has several; refuses a team that is not theirs', async () => {
    const { library, alice, teamA } = setup();
    const teamC = library.addTeam('Second team');
    library.addMember('alice', teamC);
    const planId = alice.call('plans.create', {
      name: 'New',
      client: '',
      currency: 'CNY',
      language: 'en',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    }).id;
    expect(await failure(alice.dispatch('team.publish', { planId }))).toMatchObject({
      code: 'invalid',
      issues: [expect.objectContaining({ path: 'teamId' })],
    });
    const stranger = library.addTeam('Not hers');
    expect(await failure(alice.dispatch('team.publish', { planId, teamId: stranger }))).toMatchObject({ reason: 'teamNotMember' });
    expect(await alice.callAsync('team.publish', { planId, teamId: teamA })).toMatchObject({ result: 'published', version: 1 });
    expect(library.plans.get(planId)!.teamId).toBe(teamA);
  });

  it('keeps the password out of the database; forgetting the server forgets it too', async () => {
    const { alice } = setup();
    expect(alice.call('team.getSettings', {})).toMatchObject({ hasPassword: true, passwordStorage: 'session', keychainAvailable: false });
    await alice.callAsync('backups.create', {});
    for (const file of readdirSync(alice.dir, { recursive: true }) as string[]) {
      const full = path.join(alice.dir, file);
      try {
        expect(readFileSync(full).includes('secret')).toBe(false);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
      }
    }
    // Another user on the same server does not inherit it.
    expect(alice.call('team.saveSettings', { connection: { ...CONNECTION, user: 'someone' } })).toMatchObject({ hasPassword: false });
    expect(await failure(alice.dispatch('team.test', {}))).toMatchObject({ reason: 'teamNoPassword' });
    expect(alice.call('team.forget', {})).toMatchObject({ connection: null, hasPassword: false });
    expect(await failure(alice.dispatch('team.sync', {}))).toMatchObject({ reason: 'teamNotConfigured' });
  });

  it('refuses TLS off for a server that is not on this machine', () => {
    const { alice } = setup();
    const refused = alice.dispatch('team.saveSettings', { connection: { ...CONNECTION, host: 'db.example.com' } }) as Result<unknown>;
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.issues?.[0]?.path).toBe('connection.sslMode');
  });
});
