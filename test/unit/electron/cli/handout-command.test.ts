import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { parsePlanFile } from '../../../../shared/file-format';
import { participantNames } from '../../../../shared/class-board/hand-out';
import { tempDir } from '../../helpers/temp-dir';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

describe('planwright handout', () => {
  it('writes one plan file per participant, each with its author and ids of its own, that compare reads back', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'names.txt'), '李伟\r\nWang Fang\n\n  Zhang Min  \nWang Fang\n');
    const run = await cli(['handout', 'education', '--names', 'names.txt', '--out', 'class', '--lang', 'zh-CN'], cwd);
    expect(run.code).toBe(0);
    const files = fs.readdirSync(path.join(cwd, 'class')).sort();
    expect(files).toHaveLength(3);
    const plans = files.map((f) => {
      const parsed = parsePlanFile(fs.readFileSync(path.join(cwd, 'class', f), 'utf8'));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      return parsed.file.plan;
    });
    expect(plans.map((p) => p.meta.author).sort()).toEqual(['Wang Fang', 'Zhang Min', '李伟']);
    expect(new Set(plans.map((p) => p.meta.id)).size).toBe(3);
    expect(files).toContain(`李伟 — ${plans[0]!.meta.name}.mplan`);

    const board = await cli(['compare', 'class', '--out', 'board.csv'], cwd);
    expect(board.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'board.csv'), 'utf8')).toContain('李伟');

    // Again into the same folder: nothing is replaced, the new files get numbered names.
    expect((await cli(['handout', 'education', '--names', 'names.txt', '--out', 'class', '--lang', 'zh-CN'], cwd)).code).toBe(0);
    const again = fs.readdirSync(path.join(cwd, 'class'));
    expect(again).toHaveLength(6);
    expect(again).toContain(`李伟 — ${plans[0]!.meta.name} (2).mplan`);
  });

  it('refuses an empty list and a malformed plan file', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'none.txt'), '\n \n');
    fs.writeFileSync(path.join(cwd, 'names.txt'), 'A\n');
    fs.writeFileSync(path.join(cwd, 'bad.mplan'), '{');
    expect((await cli(['handout', 'education', '--names', 'none.txt', '--out', 'x'], cwd)).stderr).toContain('no participant names');
    const bad = await cli(['handout', 'bad.mplan', '--names', 'names.txt', '--out', 'x'], cwd);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.mplan cannot be handed out');
  });

  it('reads names one per line, trimmed, without blanks or repeats', () => {
    expect(participantNames(' Li Wei \n\nLi Wei\r\n王芳\n')).toEqual({ names: ['Li Wei', '王芳'], refused: [], repeats: 1 });
    expect(participantNames('x'.repeat(201)).refused).toHaveLength(1);
  });
});
