import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { createTeamCommand } from '../../../../electron/cli/commands/team';
import { createBackend } from '../../../../electron/core/backend';
import { describeWithPostgres, startPostgresCluster, type PostgresCluster } from '../../../support/postgres-cluster';
import { tempDir } from '../../helpers/temp-dir';

/** The command line end to end on a throwaway PostgreSQL: the owner's three steps, then two members. */
describeWithPostgres('planwright team against PostgreSQL', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(async () => cluster?.stop());
  const cmd = createTeamCommand();
  let printed = '';
  const cli = async (argv: string[], env: Record<string, string> = {}) => {
    let out = '';
    const code = await runCli(['team', ...argv], { stdout: (t) => void (out += t), stderr: (t) => void (out += t), cwd: tempDir(), env }, [cmd]);
    printed += out;
    return { code, out };
  };
  it('setup, schema, add-member, connect, publish, pull, sync with a clash', async () => {
    const owner = `postgres://${cluster.ownerUser}:${encodeURIComponent(cluster.ownerPassword)}@127.0.0.1:${cluster.port}/${cluster.database}?sslmode=disable`;
    const u = (r: string) => `postgres://${r}:${r}-pw@127.0.0.1:${cluster.port}/${cluster.database}?sslmode=disable`;
    expect((await cli(['schema'])).out).toContain('CREATE TABLE planwright.plan_versions');
    expect((await cli(['setup', '--server', owner])).code).toBe(0);
    expect((await cli(['setup', '--server', owner])).out).toContain('nothing to do');
    await cluster.createLogin('alice', 'alice-pw');
    await cluster.createLogin('bob', 'bob-pw');
    expect((await cli(['add-member', '--team', 'Acme', '--member', 'alice', '--lead', '--name', 'Alice Li', '--server', owner])).code).toBe(0);
    expect((await cli(['add-member', '--team', 'Acme', '--member', 'bob', '--server', owner])).code).toBe(0);
    expect((await cli(['add-member', '--team', 'Acme', '--member', 'nobody', '--server', owner])).code).toBe(1);
    const [A, B] = [tempDir(), tempDir()];
    expect((await cli(['connect', '--server', u('alice'), '--data-dir', A])).code).toBe(0);
    const b = createBackend({ dataDir: A, mode: 'test' });
    const created = b.dispatch('plans.createFromSample', { sample: 'education', language: 'en' });
    if (!created.ok) expect.fail(created.error.message);
    const plan = created.value as { id: string };
    b.close();
    expect((await cli(['publish', plan.id, '--data-dir', A], { PGPASSWORD: 'alice-pw' })).code).toBe(0);
    expect((await cli(['pull', plan.id, '--server', u('bob'), '--data-dir', B])).code).toBe(0);
    expect((await cli(['list', '--json', '--server', u('bob'), '--data-dir', B])).out).toContain('"inStep"');
    expect((await cli(['list', '--server', u('bob'), '--data-dir', B])).code).toBe(0);
    expect((await cli(['lock', plan.id, '1', '--server', u('bob'), '--data-dir', B])).code).toBe(1);
    expect((await cli(['lock', plan.id, '1', '--server', u('alice'), '--data-dir', A])).code).toBe(0);
    expect((await cli(['unlock', plan.id, '--server', u('alice'), '--data-dir', A])).code).toBe(0);
    expect((await cli(['history', plan.id, '--server', u('bob'), '--data-dir', B])).code).toBe(0);
    expect((await cli(['sync', '--server', u('bob'), '--data-dir', B])).code).toBe(0);
    expect((await cli(['status', '--server', u('bob'), '--data-dir', B])).code).toBe(0);
    expect((await cli(['list', '--server', u('bob').replace('bob-pw', 'wrong'), '--data-dir', B])).code).toBe(1);
    expect((await cli(['list', '--server', `postgres://bob:x@127.0.0.1:1/${cluster.database}?sslmode=disable`, '--data-dir', B])).code).toBe(4);
    expect(printed).not.toContain('alice-pw');
    expect(printed).not.toContain(cluster.ownerPassword);
  }, 60_000);
});
