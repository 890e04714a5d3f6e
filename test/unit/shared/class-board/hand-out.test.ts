import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { handOutFileName, handOutFiles, handOutZip, participantNames, safeFileStem } from '../../../../shared/class-board/hand-out';
import { parsePlanFile } from '../../../../shared/file-format';
import { buildSample } from '../../../../shared/samples';
import { UNSAFE_FILE_NAME_CHARS } from '../../../../shared/file-name';

const NOW = '2027-01-05T09:00:00.000Z';
const STAMP = { app: { name: 'Planwright', version: '0.1.0' }, exportedAt: NOW };

describe('hand-out names', () => {
  it('takes one name per line, trimmed, skipping blanks and counting repeats, in any line ending', () => {
    expect(participantNames('李伟\r\n  王芳 \r\rZhang Min\n李伟\n\n王芳')).toEqual({ names: ['李伟', '王芳', 'Zhang Min'], refused: [], repeats: 2 });
  });

  it('refuses with the author field’s own rules and reasons: too long, an invisible control character', () => {
    const long = 'x'.repeat(201);
    const { names, refused } = participantNames(`Li Wei\n${long}\nBad\u000bName`);
    expect(names).toEqual(['Li Wei']);
    expect(refused.map((r) => r.name)).toEqual([long, 'Bad\u000bName']);
    expect(refused[0]!.issue).toMatchObject({ key: 'validation.tooLong', params: { max: 200 } });
    expect(refused[1]!.issue.key).toMatch(/^validation\./);
    expect(refused[1]!.issue.message).toMatch(/U\+000B/);
  });
});

describe('hand-out file names', () => {
  it('are safe on every system, keep Chinese, and are unique per participant (case-insensitively)', () => {
    const taken = new Set<string>(['li wei — spring plan.mplan']);
    const names = ['Li Wei', 'LI WEI', 'a/b:c*?', '张敏', '  '].map((n) => handOutFileName(n, 'Spring plan', taken));
    expect(names).toEqual([
      'Li Wei — Spring plan (2).mplan',
      'LI WEI — Spring plan (3).mplan',
      'a b c — Spring plan.mplan',
      '张敏 — Spring plan.mplan',
      '— Spring plan.mplan',
    ]);
    for (const name of names) expect(UNSAFE_FILE_NAME_CHARS.test(name)).toBe(false);
    expect(safeFileStem(' 春季班 <2027> ')).toBe('春季班 2027');
  });
});

describe('hand-out files and zip', () => {
  const plan = buildSample('education', 'zh-CN', { now: NOW });
  const files = handOutFiles(plan, ['李伟', '王芳', 'Zhang Min'], STAMP);

  it('one valid plan file per participant, with the author set and ids of its own', () => {
    expect(files.map((f) => f.fileName)).toEqual([
      `李伟 — ${plan.meta.name}.mplan`,
      `王芳 — ${plan.meta.name}.mplan`,
      `Zhang Min — ${plan.meta.name}.mplan`,
    ]);
    const plans = files.map((f) => {
      const parsed = parsePlanFile(f.content);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      return parsed.file.plan;
    });
    expect(plans.map((p) => p.meta.author)).toEqual(['李伟', '王芳', 'Zhang Min']);
    expect(new Set([plan.meta.id, ...plans.map((p) => p.meta.id)]).size).toBe(4);
    expect(plans.every((p) => p.collections.actions.length === plan.collections.actions.length)).toBe(true);
    // The source plan is left as it was.
    expect(plan.meta.author).not.toBe('李伟');
  });

  it('zips them under their UTF-8 names, byte for byte', () => {
    const unzipped = unzipSync(handOutZip(files, new Date(NOW)));
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.fileName).sort());
    for (const file of files) expect(strFromU8(unzipped[file.fileName]!)).toBe(file.content);
  });
});
