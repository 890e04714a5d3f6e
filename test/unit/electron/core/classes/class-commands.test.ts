import { describe, expect, it } from 'vitest';
import { serializePlanFile } from '../../../../../shared/file-format';
import { buildSample } from '../../../../../shared/samples';
import { testBackend } from '../../../helpers/backend';
import type { Result } from '../../../../../shared/contracts';
import { docxParts, bodyText } from '../export/docx-files';

const NOW = '2027-01-05T09:00:00.000Z';
const file = (author = '') => {
  const plan = buildSample('education', 'en', { now: NOW });
  plan.meta.author = author;
  return serializePlanFile(plan, { app: { name: 'Planwright', version: 'test' }, exportedAt: NOW });
};

describe('classes', () => {
  it('imports files with the same ids side by side, named by their (edited) author, into a class', () => {
    const backend = testBackend();
    const klass = backend.call('classes.create', { name: 'Spring cohort 2027, Hangzhou' });
    const same = file('Student');
    const a = backend.call('plans.importFile', { content: same, author: 'Li Wei', classId: klass.id });
    const b = backend.call('plans.importFile', { content: same, author: 'Wang Fang', classId: klass.id });
    expect(a.reIded).toBe(false);
    expect(b.reIded).toBe(true);
    expect(b.summary.name).toBe(`${a.summary.name} — Wang Fang`);
    expect(b.summary.author).toBe('Wang Fang');
    expect(backend.call('classes.list', {})).toEqual([expect.objectContaining({ id: klass.id, plans: 2 })]);
    expect(
      backend
        .call('plans.list', { classId: klass.id })
        .map((p) => p.author)
        .sort(),
    ).toEqual(['Li Wei', 'Wang Fang']);
    expect(backend.call('plans.list', { query: 'wang fang' }).map((p) => p.id)).toEqual([b.summary.id]);
  });

  it('refuses a malformed file and changes nothing, not even the class', () => {
    const backend = testBackend();
    const klass = backend.call('classes.create', { name: 'C' });
    const result = backend.dispatch('plans.importFile', { content: '{"format":"nope"', classId: klass.id }) as Result<unknown>;
    expect(result.ok).toBe(false);
    expect(backend.call('classes.board', { classId: klass.id }).rows).toEqual([]);
  });

  it('adds, removes, renames and deletes a class without touching its plans', () => {
    const backend = testBackend();
    const one = backend.call('plans.createFromSample', { sample: 'education', language: 'en' });
    const two = backend.call('plans.createFromSample', { sample: 'trade-course', language: 'zh-CN' });
    const klass = backend.call('classes.create', { name: 'C', planIds: [one.id] });
    expect(backend.call('classes.addPlans', { classId: klass.id, planIds: [two.id, one.id] }).plans).toBe(2);
    expect(backend.call('classes.removePlans', { classId: klass.id, planIds: [one.id] }).plans).toBe(1);
    expect(backend.call('classes.rename', { classId: klass.id, name: 'Autumn' }).name).toBe('Autumn');
    backend.call('classes.delete', { classId: klass.id });
    expect(backend.call('classes.list', {})).toEqual([]);
    expect(
      backend
        .call('plans.list', {})
        .map((p) => p.id)
        .sort(),
    ).toEqual([one.id, two.id].sort());
  });

  it('leaves a plan in the trash off the board, and a plan deleted for good out of the class', () => {
    const backend = testBackend();
    const one = backend.call('plans.createFromSample', { sample: 'education', language: 'en' });
    const two = backend.call('plans.createFromSample', { sample: 'social-campaign', language: 'en' });
    const klass = backend.call('classes.create', { name: 'C', planIds: [one.id, two.id] });
    backend.call('plans.trash', { planId: two.id });
    expect(backend.call('classes.board', { classId: klass.id }).rows.map((r) => r.planId)).toEqual([one.id]);
    backend.call('plans.deletePermanently', { planId: two.id });
    expect(backend.call('classes.list', {})[0]!.plans).toBe(1);
  });

  it('answers the board with one row each and the median, and exports it as CSV with a BOM and as Word', async () => {
    const backend = testBackend();
    const ids = (['education', 'infant-formula', 'trade-course'] as const).map(
      (s) => backend.call('plans.createFromSample', { sample: s, language: 'en' }).id,
    );
    const klass = backend.call('classes.create', { name: 'Spring cohort', planIds: ids });
    const board = backend.call('classes.board', { classId: klass.id, today: '2027-01-05' });
    expect(board.rows).toHaveLength(3);
    const kpis = board.rows.map((r) => r.kpis).sort((a, b) => a - b);
    expect(board.median.kpis).toBe(kpis[1]);

    const csv = (await backend.dispatch('classes.exportBoard', { classId: klass.id, format: 'csv', language: 'zh-CN' })) as Result<{
      base64: string;
      fileName: string;
    }>;
    if (!csv.ok) throw new Error(csv.error.message);
    const text = Buffer.from(csv.value.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5); // header, three participants, the median
    expect(text).toContain('中位数');
    expect(csv.value.fileName).toBe('Spring cohort — 班级看板.csv');

    const word = (await backend.dispatch('classes.exportBoard', { classId: klass.id, format: 'docx', language: 'en' })) as Result<{ base64: string }>;
    if (!word.ok) throw new Error(word.error.message);
    const { xml } = docxParts(Buffer.from(word.value.base64, 'base64'));
    const body = bodyText(xml['word/document.xml']!);
    expect(body).toContain('Class board: Spring cohort');
    expect(body).toContain('Median');
    expect(xml['word/document.xml']!.match(/w:orient="landscape"/g)).toHaveLength(1);
  });
});

describe('side by side', () => {
  it('answers one part of 2–4 of the class’s plans, in the order asked, and refuses a plan outside the class', () => {
    const backend = testBackend();
    const a = backend.call('plans.createFromSample', { sample: 'education', language: 'en' });
    const b = backend.call('plans.createFromSample', { sample: 'trade-course', language: 'zh-CN' });
    const outside = backend.call('plans.createFromSample', { sample: 'social-campaign', language: 'en' });
    const klass = backend.call('classes.create', { name: 'C', planIds: [a.id, b.id] });
    const columns = backend.call('classes.compare', { classId: klass.id, planIds: [b.id, a.id], part: 'swot', language: 'en' });
    expect(columns.map((c) => c.planId)).toEqual([b.id, a.id]);
    expect(columns[0]!.digest.map((d) => d.heading)).toEqual(['Strengths', 'Weaknesses', 'Opportunities', 'Threats', 'TOWS strategies']);
    expect(columns[1]!.digest[0]!.lines.length).toBeGreaterThan(0);
    expect(columns[1]!.digest[0]!.lines.length).toBeLessThanOrEqual(9);
    const budget = backend.call('classes.compare', { classId: klass.id, planIds: [a.id, b.id], part: 'budget', language: 'zh-CN' });
    expect(budget[0]!.digest[0]!.heading).toBe('关键数字');
    const refused = backend.dispatch('classes.compare', {
      classId: klass.id,
      planIds: [a.id, outside.id],
      part: 'swot',
      language: 'en',
    }) as Result<unknown>;
    expect(refused.ok).toBe(false);
    const tooMany = backend.dispatch('classes.compare', { classId: klass.id, planIds: [a.id], part: 'swot', language: 'en' }) as Result<unknown>;
    expect(tooMany.ok).toBe(false);
  });
});
