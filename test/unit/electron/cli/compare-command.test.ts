import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { tempDir } from '../../helpers/temp-dir';
import { bodyText, docxParts } from '../core/export/docx-files';

const SAMPLES = ['education', 'infant-formula', 'trade-course', 'social-campaign'] as const;

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

/** A folder `class/` with the four samples (written by `planwright sample`) and a malformed file. */
async function classFolder(): Promise<string> {
  const cwd = tempDir();
  fs.mkdirSync(path.join(cwd, 'class'));
  for (const name of SAMPLES) expect((await cli(['sample', name, '--out', `class/${name}.mplan`], cwd)).code).toBe(0);
  // One participant forgot to name themselves: the board names them by their file.
  const education = path.join(cwd, 'class', 'education.mplan');
  const file = JSON.parse(fs.readFileSync(education, 'utf8')) as { plan: { meta: { author: string } } };
  file.plan.meta.author = '';
  fs.writeFileSync(education, JSON.stringify(file));
  fs.writeFileSync(path.join(cwd, 'class', 'broken.mplan'), '{"format": "planwright-plan", "version": 1, "plan": {');
  return cwd;
}

describe('planwright compare', () => {
  it('writes the board of the four samples as CSV, refuses the malformed file with its reason and exits 1', async () => {
    const cwd = await classFolder();
    const run = await cli(['compare', 'class', '--out', 'board.csv'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(path.join('class', 'broken.mplan'));
    expect(run.stderr).toMatch(/refused \(1 problem/);
    expect(run.stderr).toContain('1 file was refused and left off the board.');
    expect(run.stdout).toContain('the board of 4 plans');
    const csv = fs.readFileSync(path.join(cwd, 'board.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(6); // the header, four participants, the median
    expect(lines[0]).toMatch(/^Participant,Plan,Complete,/);
    expect(lines[5]).toMatch(/^Median,/);
    // Participants by their plan's author; one without an author by the file's name.
    const participants = lines.slice(1, 5).map((l) => l.match(/^("[^"]*"|[^,]*)/)![1]);
    expect(participants.sort()).toEqual([
      '"He Jing, Head of Member Marketing"',
      '"Pan Yue, Social Media Lead"',
      '"Shen Yi, Growth Director"',
      'education',
    ]);
  });

  it('exits 0 for the four samples alone, as Markdown and as a Word report with a page per participant', async () => {
    const cwd = await classFolder();
    fs.rmSync(path.join(cwd, 'class', 'broken.mplan'));
    const files = SAMPLES.map((s) => `class/${s}.mplan`);
    const md = await cli(['compare', ...files, '--out', 'board.md', '--title', 'Spring cohort'], cwd);
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('');
    const text = fs.readFileSync(path.join(cwd, 'board.md'), 'utf8');
    expect(text).toMatch(/^# Spring cohort\n/);
    expect(text.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(7);

    const word = await cli(['compare', 'class', '--out', 'board.docx', '--lang', 'zh-CN'], cwd);
    expect(word.code).toBe(0);
    const body = bodyText(docxParts(fs.readFileSync(path.join(cwd, 'board.docx'))).xml['word/document.xml']!);
    expect(body).toContain('班级看板：class');
    expect(body).toContain('中位数');
    // A page per participant, headed by their name and plan.
    expect(body).toContain('education——Qihang Kids STEM');
    expect(body).toContain('Shen Yi, Growth Director——Yuanfan Trade Academy');
  });

  it('says what is wrong with the command line', async () => {
    const cwd = tempDir();
    expect((await cli(['compare', '--out', 'b.csv'], cwd)).code).toBe(2);
    expect((await cli(['compare', 'x.mplan'], cwd)).code).toBe(2);
    expect((await cli(['compare', 'x.mplan', '--out', 'b.xlsx'], cwd)).stderr).toContain('--out must end in .docx, .csv, .md');
    const missing = await cli(['compare', 'nothing-here', '--out', 'b.csv'], cwd);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nothing-here: no such file or folder');
  });
});
