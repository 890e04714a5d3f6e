import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { parsePlanFile } from '../../../../shared/file-format';
import { testBackend } from '../../helpers/backend';
import { tempDir } from '../../helpers/temp-dir';

async function cli(argv: string[], cwd = tempDir()) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} });
  return { code, stdout, stderr, cwd };
}

describe('planwright export-plan', () => {
  it('writes the plan without its versions, and with them when asked', async () => {
    const b = testBackend();
    const plan = b.call('plans.createFromSample', { sample: 'education', language: 'zh-CN' });
    b.call('versions.save', { planId: plan.id, name: '发给客户', note: '12月3日发给客户' });
    b.close();
    const cwd = tempDir();
    const plain = await cli(['export-plan', plan.id, '--out', 'plain.mplan', '--data-dir', b.dataDir], cwd);
    expect(plain.code).toBe(0);
    const plainText = fs.readFileSync(path.join(cwd, 'plain.mplan'), 'utf8');
    expect(JSON.parse(plainText)).not.toHaveProperty('versions');

    const full = await cli(['export-plan', plan.id, '--out', 'full.mplan', '--with-versions', '--data-dir', b.dataDir], cwd);
    expect(full.code).toBe(0);
    expect(full.stdout).toContain('with 1 version');
    const parsed = parsePlanFile(fs.readFileSync(path.join(cwd, 'full.mplan'), 'utf8'));
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
    expect(parsed.file.versions?.map((v) => v.note)).toEqual(['12月3日发给客户']);
  });

  it('refuses an unknown plan and an existing file, writing nothing', async () => {
    const b = testBackend();
    b.close();
    const missing = await cli(['export-plan', crypto.randomUUID(), '--out', 'x.mplan', '--data-dir', b.dataDir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('was not found');
    expect(fs.existsSync(path.join(missing.cwd, 'x.mplan'))).toBe(false);
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'mine.mplan'), 'mine');
    const exists = await cli(['export-plan', crypto.randomUUID(), '--out', 'mine.mplan', '--data-dir', b.dataDir], cwd);
    expect(exists.code).toBe(1);
    expect(fs.readFileSync(path.join(cwd, 'mine.mplan'), 'utf8')).toBe('mine');
  });
});
