import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { createTeamCommand, TEAM_EXIT } from '../../../../electron/cli/commands/team';
import type { TeamCliDeps } from '../../../../electron/cli/commands/team-deps';
import { createBackend } from '../../../../electron/core/backend';
import type { CommandName, CommandRequest, CommandResponse, Result } from '../../../../shared/contracts';
import { richTextFromPlain, richTextToPlain, type Plan } from '../../../../shared/domain';
import { canonicalPlanText } from '../../../../shared/team/canonical-plan';
import { FakeTeamLibrary } from '../../helpers/fake-team-library';
import { tempDir } from '../../helpers/temp-dir';

const PASSWORD = 'secret';
const url = (user: string, withPassword = true) => `postgres://${user}${withPassword ? `:${PASSWORD}` : ''}@127.0.0.1:5432/team?sslmode=disable`;

/** Every line the command line printed in a test: none may hold the password or a URL. */
let printed = '';

function setup() {
  const library = new FakeTeamLibrary();
  const teamA = library.addTeam('Acme Consulting');
  library.addMember('alice', teamA, 'lead', 'Alice');
  library.addMember('bob', teamA, 'member', 'Bob');
  const extra: Partial<TeamCliDeps> = {};
  const deps: TeamCliDeps = {
    connect: library.connect,
    setupSchema: async () => ({ from: 0, to: 1 }),
    schemaSql: async () => ({ sql: '-- the schema\nCREATE SCHEMA planwright;\n', version: 1 }),
    addMember: async () => ({ teamId: teamA }),
  };
  const cli = async (argv: string[], env: Record<string, string> = {}) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['team', ...argv], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: tempDir(), env }, [
      createTeamCommand({ ...deps, ...extra }),
    ]);
    printed += stdout + stderr;
    return { code, stdout, stderr };
  };
  return { library, teamA, cli, deps, extra };
}

/** Runs commands on a data folder directly, as the app would, between command lines. */
function withBackend<T>(dataDir: string, fn: (call: <N extends CommandName>(n: N, r: CommandRequest<N>) => CommandResponse<N>) => T): T {
  const backend = createBackend({ dataDir, mode: 'test' });
  try {
    return fn((name, request) => {
      const result = backend.dispatch(name, request) as Result<never>;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    });
  } finally {
    backend.close();
  }
}

const sample = (dataDir: string, name: 'education' | 'trade-course' = 'education') =>
  withBackend(dataDir, (call) => call('plans.createFromSample', { sample: name, language: 'en' }));
const readPlan = (dataDir: string, planId: string) => withBackend(dataDir, (call) => call('plans.get', { planId })) as Plan;
const write = (dataDir: string, planId: string, text: string) =>
  withBackend(dataDir, (call) => call('fields.set', { planId, part: 'summary', fields: { narrative: richTextFromPlain(text) } }));

describe('planwright team (over an in-memory team library with the server’s rules)', () => {
  it('connects: saves the connection without the password, and says who, where, which teams and roles', async () => {
    printed = '';
    const { cli } = setup();
    const dir = tempDir();
    const connected = await cli(['connect', '--server', url('alice'), '--data-dir', dir]);
    expect(connected.code).toBe(0);
    expect(connected.stdout).toContain('Connected to alice@127.0.0.1:5432/team (TLS off, this machine only)');
    expect(connected.stdout).toContain('Signed in: alice (Alice)');
    expect(connected.stdout).toContain('Teams:     Acme Consulting (lead)');
    expect(connected.stdout).toMatch(/kept in this process’s memory only/);
    const saved = withBackend(dir, (call) => call('team.getSettings', {}));
    expect(saved.connection).toEqual({ host: '127.0.0.1', port: 5432, database: 'team', user: 'alice', sslMode: 'disable' });
    expect(fs.readFileSync(path.join(dir, 'planwright.sqlite')).includes(PASSWORD)).toBe(false);

    // The saved connection needs the password again in a new process: PGPASSWORD gives it.
    expect((await cli(['list', '--data-dir', dir])).stderr).toMatch(/needs your password.*set PGPASSWORD/s);
    expect(await cli(['list', '--data-dir', dir], { PGPASSWORD: PASSWORD })).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('No team plans yet'),
    });
    expect(printed).not.toContain(PASSWORD);
  });

  it('refuses a wrong password and saves nothing; refuses sslmode=disable for a remote server', async () => {
    printed = '';
    const { cli } = setup();
    const dir = tempDir();
    const wrong = await cli(['connect', '--server', 'postgres://alice:Wr0ngPass@127.0.0.1/team?sslmode=disable', '--data-dir', dir]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Could not connect to alice@127.0.0.1:5432/team (TLS off, this machine only). Nothing was saved.');
    expect(wrong.stderr).toContain('The team library’s server refused the user name or password.');
    expect(withBackend(dir, (call) => call('team.getSettings', {})).connection).toBeNull();

    const remote = await cli(['connect', '--server', 'postgres://alice:Wr0ngPass@db.example.com/team?sslmode=disable', '--data-dir', dir]);
    expect(remote.code).toBe(1);
    expect(remote.stderr).toMatch(/--server: The server URL is refused: sslMode: TLS is required for a server that is not on this machine/);
    expect(printed).not.toContain('Wr0ngPass');
    expect(printed).not.toContain('postgres://');
  });

  it('publishes by name, lists the team plans, and pulls one into a second data folder equal field by field', async () => {
    printed = '';
    const { cli, library } = setup();
    const [alice, bob] = [tempDir(), tempDir()];
    const plan = sample(alice);
    const published = await cli(['publish', plan.name, '--server', url('alice'), '--data-dir', alice]);
    expect(published).toMatchObject({ code: 0, stdout: `published: ${plan.name} (team version 1)\n` });
    expect(library.plans.get(plan.id)!.versions).toHaveLength(1);
    // --server was for that command only: Alice's data folder keeps no connection.
    expect(withBackend(alice, (call) => call('team.getSettings', {})).connection).toBeNull();

    const listed = await cli(['list', '--server', url('bob'), '--data-dir', bob]);
    expect(listed.code).toBe(1); // Bob's folder has no library yet: a mistyped path is refused, not made
    expect(listed.stderr).toMatch(/No Planwright data in/);
    const pulled = await cli(['pull', plan.id], { PLANWRIGHT_TEAM_URL: url('bob'), PLANWRIGHT_DATA_DIR: bob });
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toContain(`pulled: ${plan.name} (team version 1)\n  in ${bob} as plan ${plan.id}`);
    expect(JSON.parse(canonicalPlanText(readPlan(bob, plan.id)))).toEqual(JSON.parse(canonicalPlanText(readPlan(alice, plan.id))));

    const table = await cli(['list', '--server', url('bob'), '--data-dir', bob]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Team library: bob@127.0.0.1:5432/team');
    expect(table.stdout).toMatch(new RegExp(`${plan.name}\\s+${plan.id}\\s+Acme Consulting\\s+1\\s+Alice\\s+2027-03-01 09:01\\s+in step`));
    const json = JSON.parse((await cli(['list', '--json', '--server', url('bob'), '--data-dir', bob])).stdout);
    expect(json.plans).toEqual([expect.objectContaining({ remoteId: plan.id, headVersion: 1, updatedBy: 'Alice', state: 'inStep' })]);
    expect(printed).not.toContain(PASSWORD);
  });

  it('syncs one line per plan; a clash keeps both and exits 3; resolve --keep mine publishes on top', async () => {
    printed = '';
    const { cli, library } = setup();
    const [alice, bob] = [tempDir(), tempDir()];
    const plan = sample(alice);
    const quiet = sample(alice, 'trade-course');
    await cli(['connect', '--server', url('alice'), '--data-dir', alice]);
    const env = { PGPASSWORD: PASSWORD };
    for (const id of [plan.id, quiet.id]) expect((await cli(['publish', id, '--data-dir', alice], env)).code).toBe(0);
    for (const id of [plan.id, quiet.id]) expect((await cli(['pull', id, '--server', url('bob'), '--data-dir', bob])).code).toBe(0);

    write(alice, plan.id, 'Alice’s overview.');
    write(bob, plan.id, 'Bob’s overview.');
    const up = await cli(['sync', '--data-dir', alice], env);
    expect(up.code).toBe(0);
    expect(up.stdout).toMatch(new RegExp(`${plan.name}\\s+published\\s+2`));
    expect(up.stdout).toMatch(new RegExp(`${quiet.name}\\s+in step\\s+1`));
    expect(up.stdout).toContain('2 plans: 1 published, 1 in step.');

    const clash = await cli(['sync', '--server', url('bob'), '--data-dir', bob]);
    expect(clash.code).toBe(TEAM_EXIT.conflict);
    expect(clash.stdout).toMatch(new RegExp(`${plan.name}\\s+clash, both kept\\s+2`));
    expect(clash.stdout).toContain('planwright team resolve PLAN --keep mine|theirs');
    // Nothing overwritten: Bob's text stays, Alice's is a saved version beside it.
    expect(richTextToPlain(readPlan(bob, plan.id).fields.summary.narrative)).toBe('Bob’s overview.');
    const kept = withBackend(bob, (call) => call('versions.list', { planId: plan.id })).filter((v) => v.name === 'Team version 2 (Alice)');
    expect(kept).toHaveLength(1);

    const status = await cli(['status', '--server', url('bob'), '--data-dir', bob]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(
      new RegExp(`${plan.name}\\s+${plan.id}\\s+1\\s+\\S+ \\S+\\s+clash with team version 2 by Alice\\s+clash: both kept, choose`),
    );
    const statusJson = JSON.parse((await cli(['status', '--json', '--server', url('bob'), '--data-dir', bob])).stdout);
    expect(statusJson.links).toEqual(expect.arrayContaining([expect.objectContaining({ planId: plan.id, state: 'conflict', name: plan.name })]));

    const resolved = await cli(['resolve', plan.id, '--keep', 'mine', '--server', url('bob'), '--data-dir', bob]);
    expect(resolved).toMatchObject({ code: 0, stdout: `published: ${plan.name} (team version 3)\n` });
    expect(library.plans.get(plan.id)!.versions.map((v) => v.publishedBy)).toEqual(['Alice', 'Alice', 'Bob']);
    const history = await cli(['history', plan.id, '--server', url('bob'), '--data-dir', bob]);
    expect(
      history.stdout
        .split('\n')
        .slice(2, 5)
        .map((l) => l.trim().split(/\s+/)[0]),
    ).toEqual(['3', '2', '1']);
    expect(printed).not.toContain(PASSWORD);
  });

  it('a connection lost mid-sync exits 4 with the plans done listed; status still answers offline', async () => {
    printed = '';
    const { cli, library } = setup();
    const [alice, bob] = [tempDir(), tempDir()];
    const first = sample(alice);
    const second = sample(alice, 'trade-course');
    for (const id of [first.id, second.id]) await cli(['publish', id, '--server', url('alice'), '--data-dir', alice]);
    for (const id of [first.id, second.id]) await cli(['pull', id, '--server', url('bob'), '--data-dir', bob]);
    write(bob, first.id, 'One.');
    write(bob, second.id, 'Two.');
    library.dropNext = { call: 'publish', after: true };
    const cut = await cli(['sync', '--server', url('bob'), '--data-dir', bob]);
    expect(cut.code).toBe(TEAM_EXIT.interrupted);
    expect(cut.stdout).toMatch(/The connection was lost part way.*sync again to carry on/);
    const again = await cli(['sync', '--json', '--server', url('bob'), '--data-dir', bob]);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.interrupted).toBe(false);
    expect(report.outcomes.map((o: { result: string }) => o.result).sort()).toEqual(['published', 'upToDate']);
    expect(library.plans.get(first.id)!.versions).toHaveLength(2);
    expect(library.plans.get(second.id)!.versions).toHaveLength(2);

    // A server that does not answer: sync exits 4; status shows what this laptop knows.
    const down: TeamCliDeps['connect'] = async () => {
      const { TeamError } = await import('../../../../electron/core/team/team-error');
      throw new TeamError('teamUnreachable', 'The server did not answer (ECONNREFUSED).', { detail: 'ECONNREFUSED' });
    };
    const offline = setup();
    offline.extra.connect = down;
    expect((await offline.cli(['sync', '--server', url('bob'), '--data-dir', bob])).code).toBe(TEAM_EXIT.interrupted);
    const status = await offline.cli(['status', '--server', url('bob'), '--data-dir', bob]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('Could not ask the team library: The team library’s server did not answer (ECONNREFUSED).');
    expect(status.stdout).toMatch(new RegExp(`${first.name}\\s+${first.id}\\s+2\\s+\\S+ \\S+\\s+in step at the last sync\\s+\\?`));
  });

  it('publish asks for --team when the user has several teams, and takes it by name', async () => {
    const { cli, library } = setup();
    const other = library.addTeam('Beta Partners');
    library.addMember('alice', other, 'member');
    const dir = tempDir();
    const plan = sample(dir);
    const ask = await cli(['publish', plan.id, '--server', url('alice'), '--data-dir', dir]);
    expect(ask.code).toBe(1);
    expect(ask.stderr).toMatch(/choose the team.*Say which with --team NAME/s);
    expect((await cli(['publish', plan.id, '--team', 'Nobody', '--server', url('alice'), '--data-dir', dir])).stderr).toContain(
      'You are not in a team “Nobody” (your teams: Acme Consulting, Beta Partners).',
    );
    expect((await cli(['publish', plan.id, '--team', 'Beta Partners', '--server', url('alice'), '--data-dir', dir])).code).toBe(0);
    expect(library.plans.get(plan.id)!.teamId).toBe(other);
  });

  it('a lead locks and unlocks; a member cannot', async () => {
    const { cli } = setup();
    const [alice, bob] = [tempDir(), tempDir()];
    const plan = sample(alice);
    await cli(['publish', plan.id, '--server', url('alice'), '--data-dir', alice]);
    await cli(['pull', plan.id, '--server', url('bob'), '--data-dir', bob]);
    const denied = await cli(['lock', plan.id, '1', '--server', url('bob'), '--data-dir', bob]);
    expect(denied).toMatchObject({ code: 1, stderr: 'The team library refused this: lead only\n' });
    expect((await cli(['lock', plan.id, '1', '--server', url('alice'), '--data-dir', alice])).stdout).toContain(
      `Locked “${plan.name}” at team version 1 (by Alice)`,
    );
    write(bob, plan.id, 'Late edit.');
    const held = await cli(['sync', '--server', url('bob'), '--data-dir', bob]);
    expect(held.code).toBe(1);
    expect(held.stdout).toMatch(new RegExp(`${plan.name}\\s+locked by a lead\\s+1`));
    expect((await cli(['unlock', plan.id, '--server', url('alice'), '--data-dir', alice])).code).toBe(0);
    expect((await cli(['sync', '--server', url('bob'), '--data-dir', bob])).code).toBe(0);
  });

  it('checks its usage: actions, arguments, options that belong to another action', async () => {
    const { cli } = setup();
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).stderr).toContain('unknown action "frobnicate"');
    expect((await cli(['pull'])).stderr).toContain('pull needs ID');
    expect((await cli(['status', '--keep', 'mine'])).stderr).toContain('status does not take --keep');
    expect(await cli(['lock', 'x', 'one'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('VERSION must be a team version number, not "one"'),
    });
    expect((await cli(['list', '--data-dir', tempDir()])).stderr).toMatch(/No Planwright data in/);
    expect((await cli(['setup'])).stderr).toContain('setup needs the owner’s connection');
    expect((await cli(['add-member', '--member', 'li'])).stderr).toContain('add-member needs --team NAME');
    const help = await cli(['--help']);
    expect(help.stdout).toMatch(/3 a clash: both versions were kept.*\n4 the server did not answer/s);
  });

  it('the owner’s steps: the schema to a file, setup and add-member with the owner’s connection', async () => {
    printed = '';
    const { cli, extra, teamA } = setup();
    const out = path.join(tempDir(), 'planwright-team.sql');
    const schema = await cli(['schema', '--out', out]);
    expect(schema.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe('-- the schema\nCREATE SCHEMA planwright;\n');
    expect(schema.stdout).toContain('psql -v ON_ERROR_STOP=1 -f');

    let seen: unknown[] = [];
    extra.setupSchema = async (config) => ((seen = [config]), { from: 0, to: 1 });
    expect((await cli(['setup', '--server', 'postgres://owner@127.0.0.1/team?sslmode=disable'], { PGPASSWORD: 'OwnerPw1' })).stdout).toContain(
      'Set up the team library on owner@127.0.0.1:5432/team (TLS off, this machine only): schema version 0 → 1.',
    );
    expect(seen).toEqual([
      { connection: { host: '127.0.0.1', port: 5432, database: 'team', user: 'owner', sslMode: 'disable' }, password: 'OwnerPw1' },
    ]);

    extra.addMember = async (config, request) => ((seen = [config.connection.user, request]), { teamId: teamA });
    const added = await cli([
      'add-member',
      '--team',
      'Acme Consulting',
      '--member',
      'li',
      '--lead',
      '--name',
      'Li Wei',
      '--server',
      'postgres://owner:OwnerPw1@127.0.0.1/team?sslmode=disable',
    ]);
    expect(added).toMatchObject({ code: 0, stdout: `Added li to “Acme Consulting” as a lead (team ${teamA}).\n` });
    expect(seen).toEqual(['owner', { team: 'Acme Consulting', member: 'li', displayName: 'Li Wei', lead: true }]);
    expect(printed).not.toContain('OwnerPw1');
  });
});
