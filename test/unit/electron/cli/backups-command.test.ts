import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/core/backend';
import { runCli } from '../../../../electron/cli/run-cli';
import { DATABASE_FILE } from '../../../../electron/core/storage/database';
import type { Plan } from '../../../../shared/domain';
import { serializePlanFile } from '../../../../shared/file-format';
import { fullPlan } from '../../helpers/full-plan';
import { tempDir } from '../../helpers/temp-dir';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: tempDir(), env: {} });
  return { code, stdout, stderr };
}

function plans(dataDir: string): Plan[] {
  const backend = createBackend({ dataDir, mode: 'test' });
  try {
    const list = backend.dispatch('plans.list', {});
    if (!list.ok) throw new Error(list.error.message);
    return (list.value as { id: string }[]).map((p) => {
      const got = backend.dispatch('plans.get', { planId: p.id });
      if (!got.ok) throw new Error(got.error.message);
      return got.value as Plan;
    });
  } finally {
    backend.close();
  }
}

function libraryWithPlan(): { dir: string; plan: Plan } {
  const dir = tempDir();
  const plan = fullPlan();
  const mplan = path.join(dir, 'plan.mplan');
  fs.writeFileSync(mplan, serializePlanFile(plan, { app: { name: 'Planwright', version: 'test' }, exportedAt: '2026-12-01T00:00:00.000Z' }));
  return { dir, plan: { ...plan, meta: { ...plan.meta } } };
}

describe('planwright backups', () => {
  it('creates, lists and restores a whole library; the restored plan equals the original field by field', async () => {
    const { dir } = libraryWithPlan();
    const data = path.join(dir, 'data');
    expect((await cli(['import', path.join(dir, 'plan.mplan'), '--data-dir', data])).code).toBe(0);
    const [original] = plans(data);
    expect(await cli(['backups', 'list', '--data-dir', data])).toMatchObject({ code: 0, stdout: `No backups in ${data} yet.\n` });

    const made = await cli(['backups', 'create', '--data-dir', data]);
    expect(made.code).toBe(0);
    const id = /^backed up: (\S+)/.exec(made.stdout)![1]!;
    const listed = await cli(['backups', 'list', '--data-dir', data]);
    expect(listed.stdout).toMatch(new RegExp(`${id.replace(/\./g, '\\.')}\\s+\\S+ \\S+\\s+by hand\\s+[\\d.]+ MB\\s+1\\n$`));

    // The library is lost (an empty file, a failed sync): the command line says so and offers the backup.
    fs.writeFileSync(path.join(data, DATABASE_FILE), '');
    const refused = await cli(['list', '--data-dir', data]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /planwright\.sqlite is empty \(0 bytes\): perhaps a copy or a sync did not finish\. Nothing was changed\. Restore the latest backup with `planwright backups restore latest`/,
    );

    const restored = await cli(['backups', 'restore', 'latest', '--data-dir', data]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      /^planwright\.sqlite was empty \(0 bytes\); it was set aside as planwright\.sqlite\.empty-.*\nrestored the library from /,
    );
    expect(plans(data)).toEqual([original]);
  });

  it('restores a single plan from a backup', async () => {
    const { dir, plan } = libraryWithPlan();
    const data = path.join(dir, 'data');
    await cli(['import', path.join(dir, 'plan.mplan'), '--data-dir', data]);
    const [original] = plans(data);
    await cli(['backups', 'create', '--data-dir', data]);
    const b = createBackend({ dataDir: data, mode: 'test' });
    b.dispatch('plans.trash', { planId: plan.meta.id });
    b.dispatch('plans.deletePermanently', { planId: plan.meta.id });
    b.close();
    expect(plans(data)).toEqual([]);

    const restored = await cli(['backups', 'restore', 'latest', '--plan', plan.meta.name, '--data-dir', data]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^restored: 春季招生 🎓 \(/);
    expect(plans(data)).toEqual([original]);
    expect(await cli(['backups', 'restore', 'latest', '--plan', 'No such plan', '--data-dir', data])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^No plan "No such plan" in backup/),
    });
  });

  it.each([
    [['backups'], /say list, create or restore/],
    [['backups', 'restore'], /name the backup to restore/],
    [['backups', 'list', 'extra'], /unexpected argument "extra"/],
  ])('%j is a usage error', async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
