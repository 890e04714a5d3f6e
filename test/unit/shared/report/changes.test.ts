import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import { reportToMarkdown } from '../../../../shared/report/markdown';
import { buildReport } from '../../../../shared/report/model';
import { defaultReportOptions } from '../../../../shared/report/options';
import { buildSample } from '../../../../shared/samples';
import type { TableBlock } from '../../../../shared/report/types';

const now = new Date('2027-01-15T00:00:00Z');

function report(plan: Plan, since?: Plan) {
  const options = defaultReportOptions(plan);
  return buildReport(plan, options, {
    t: createTranslate(options.language),
    locale: options.language,
    now,
    ...(since ? { changesSince: { label: 'Sent to client', createdAt: '2026-12-03T09:00:00.000Z', plan: since } } : {}),
  });
}

describe('the appendix "Changes since <version>"', () => {
  it('is left out unless asked for', () => {
    const plan = buildSample('education', 'en', { now: '2027-01-01T00:00:00.000Z' });
    expect(report(plan).parts.map((p) => p.key)).not.toContain('changes');
  });

  it('follows the parts and lists the rows changed, their fields before and after, and the key numbers that moved', () => {
    const before = buildSample('education', 'en', { now: '2027-01-01T00:00:00.000Z' });
    const after = structuredClone(before);
    const line = after.collections.budgetLines[0]!;
    line.amount = (line.amount ?? 0) + 2_000_00;
    const model = report(after, before);
    const appendix = model.parts.at(-1)!;
    expect(appendix.key).toBe('changes');
    expect(appendix.heading.text).toBe('Changes since “Sent to client”');
    expect(appendix.heading.number).toBe('9');
    const tables = appendix.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map((t) => t.id)).toEqual(['changes-numbers', 'changes-budget']);
    expect(tables[1]!.rows).toEqual([[expect.objectContaining({ text: line.label }), { text: 'Amount' }, expect.anything(), expect.anything()]]);
    const marketing = tables[0]!.rows.find((r) => r[0]!.text === 'Marketing spend')!;
    expect(marketing[3]!.text).toBe('+CN¥2,000.00');
    expect(reportToMarkdown(model)).toContain('Changes since “Sent to client”');
  });

  it('says there is no change, in Chinese too', () => {
    const plan = buildSample('education', 'zh-CN', { now: '2027-01-01T00:00:00.000Z' });
    const appendix = report(plan, structuredClone(plan)).parts.at(-1)!;
    expect(appendix.heading.label).toBe('第九部分\u3000自“Sent to client”以来的变化');
    expect(appendix.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      expect.stringContaining('自 2026年12月3日 的版本'),
      '没有变化：两者相同。',
    ]);
  });
});
