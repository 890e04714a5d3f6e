import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { parsePlanFile } from '../../../../shared/file-format';
import { planHealth } from '../../../../shared/logic/health';
import { SAMPLE_NAMES } from '../../../../shared/samples';
import { tempDir } from '../../helpers/temp-dir';

async function cli(argv: string[], cwd = tempDir()) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} });
  return { code, stdout, stderr, cwd };
}

describe('planwright sample', () => {
  it('--list prints every sample with its description, in English or Chinese', async () => {
    const en = await cli(['sample', '--list']);
    expect(en.code).toBe(0);
    const lines = en.stdout.trim().split('\n');
    expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual([...SAMPLE_NAMES]);
    expect(en.stdout).toContain('WeChat parent groups');
    const zh = await cli(['sample', '--list', '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('零风险承诺');
  });

  it('writes a plan file that imports as a healthy plan, in the language asked for', async () => {
    const { code, stdout, cwd } = await cli(['sample', 'trade-course', '--out', 'course.mplan', '--lang', 'zh-CN']);
    expect(code).toBe(0);
    expect(stdout).toContain('course.mplan');
    const parsed = parsePlanFile(fs.readFileSync(path.join(cwd, 'course.mplan'), 'utf8'));
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
    expect(parsed.file.plan.meta).toMatchObject({ name: '远帆外贸学院 2027 年实战营营销计划', language: 'zh-CN' });
    // Only the KPIs its March actuals put behind (see the samples' own test).
    expect(planHealth(parsed.file.plan).filter((f) => f.check !== 'kpiBehind')).toEqual([]);
  });

  it('refuses an unknown sample with the list of valid names, and writes nothing', async () => {
    const { code, stderr, cwd } = await cli(['sample', 'bakery', '--out', 'x.mplan']);
    expect(code).toBe(1);
    expect(stderr).toContain('no sample named "bakery"');
    for (const name of SAMPLE_NAMES) expect(stderr).toContain(name);
    expect(fs.existsSync(path.join(cwd, 'x.mplan'))).toBe(false);
  });

  it('never replaces an existing file unless told to', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'mine.mplan'), 'my work');
    const refused = await cli(['sample', 'education', '--out', 'mine.mplan'], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(fs.readFileSync(path.join(cwd, 'mine.mplan'), 'utf8')).toBe('my work');
    const forced = await cli(['sample', 'education', '--out', 'mine.mplan', '--force'], cwd);
    expect(forced.code).toBe(0);
    expect(parsePlanFile(fs.readFileSync(path.join(cwd, 'mine.mplan'), 'utf8')).ok).toBe(true);
  });

  it('answers usage errors with exit code 2', async () => {
    expect((await cli(['sample'])).code).toBe(2);
    expect((await cli(['sample', 'education'])).stderr).toContain('--out');
    expect((await cli(['sample', 'education', '--out', 'plan.json'])).code).toBe(2);
    expect((await cli(['sample', 'education', '--out', 'p.mplan', '--lang', 'fr'])).stderr).toContain('--lang must be en or zh-CN');
    expect((await cli(['sample', '--list', 'education'])).code).toBe(2);
  });
});
