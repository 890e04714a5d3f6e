import { describe, expect, it } from 'vitest';
import { richTextFromPlain, type Plan } from '../../../../../shared/domain';
import { comparePlans, computeBudget, wordDiff, type FieldChange } from '../../../../../shared/logic';
import { buildSample } from '../../../../../shared/samples';

const at = '2027-01-01T00:00:00.000Z';
const sample = (language: 'en' | 'zh-CN' = 'en'): Plan => buildSample('education', language, { now: at });
const changed = (plan: Plan, edit: (p: Plan) => void): Plan => {
  const copy = structuredClone(plan);
  edit(copy);
  return copy;
};

describe('comparePlans', () => {
  it('finds no change between a plan and itself, in both languages and for the stress plan', () => {
    for (const plan of [sample('en'), sample('zh-CN'), buildSample('stress', 'en', { now: at })]) {
      const diff = comparePlans(plan, structuredClone(plan));
      expect(diff.changeCount).toBe(0);
      expect(diff.meta).toEqual([]);
      expect(diff.parts).toEqual([]);
      expect(diff.numbers.every((n) => n.before === n.after)).toBe(true);
    }
  });

  it('names the rows added, removed and changed, matched by id, and only those', () => {
    const before = sample();
    const [first, second] = before.collections.segments;
    const added = { ...first!, id: crypto.randomUUID(), name: 'Retired teachers', size: 1200 };
    const after = changed(before, (p) => {
      p.collections.segments = [{ ...first!, size: (first!.size ?? 0) + 500 }, ...p.collections.segments.slice(2), added];
      // The second segment is removed; anything that pointed at it must go too, for a valid plan.
      p.collections.segmentScores = p.collections.segmentScores.filter((s) => s.segmentId !== second!.id);
    });
    const situation = comparePlans(before, after).parts.find((p) => p.part === 'situation')!;
    expect(situation.fields).toEqual([]);
    expect(situation.rows.map((r) => [r.change, r.id])).toEqual([
      ['changed', first!.id],
      ['added', added.id],
      ['removed', second!.id],
    ]);
    const sizeChange = situation.rows[0]!.fields;
    expect(sizeChange).toEqual([{ path: 'size', kind: 'number', before: first!.size, after: first!.size! + 500, delta: 500, money: false }]);
    expect(situation.rows[1]!.label).toBe('Retired teachers');
    expect(situation.rows[2]!.label).toBe(second!.name);
  });

  it('shows word-level differences in English', () => {
    const before = sample();
    const id = before.collections.objectives[0]!.id;
    const after = changed(before, (p) => {
      p.collections.objectives[0]!.title = 'Grow enrolment in Beijing by 12 percent';
    });
    const withOld = changed(before, (p) => {
      p.collections.objectives[0]!.title = 'Grow enrolment in Shanghai by 10 percent';
    });
    const diff = comparePlans(withOld, after);
    const row = diff.parts.find((p) => p.part === 'objectives')!.rows.find((r) => r.id === id)!;
    const title = row.fields.find((f) => f.path === 'title') as Extract<FieldChange, { kind: 'text' }>;
    expect(title.pieces.filter((p) => p.change === 'removed').map((p) => p.text)).toEqual(['Shanghai', '10']);
    expect(title.pieces.filter((p) => p.change === 'added').map((p) => p.text)).toEqual(['Beijing', '12']);
    const rebuilt = (keep: 'added' | 'removed') =>
      title.pieces
        .filter((p) => p.change !== keep)
        .map((p) => p.text)
        .join('');
    expect(rebuilt('added')).toBe(title.before);
    expect(rebuilt('removed')).toBe(title.after);
  });

  it('segments Chinese into words, not characters nor whole sentences', () => {
    const pieces = wordDiff('我们在上海开设三家新门店', '我们在北京开设五家新门店', 'zh-CN');
    expect(pieces.filter((p) => p.change === 'removed').map((p) => p.text)).toEqual(['上海', '三家']);
    expect(pieces.filter((p) => p.change === 'added').map((p) => p.text)).toEqual(['北京', '五家']);
    expect(pieces.filter((p) => p.change === 'same').map((p) => p.text)).toEqual(['我们在', '开设', '新门店']);

    const before = sample('zh-CN');
    const after = changed(before, (p) => {
      p.fields.summary.narrative = richTextFromPlain('我们在北京开设五家新门店');
    });
    const from = changed(before, (p) => {
      p.fields.summary.narrative = richTextFromPlain('我们在上海开设三家新门店');
    });
    const summary = comparePlans(from, after).parts.find((p) => p.part === 'summary')!;
    expect(summary.fields).toHaveLength(1);
    const narrative = summary.fields[0] as Extract<FieldChange, { kind: 'text' }>;
    expect(narrative.path).toBe('narrative');
    expect(narrative.pieces.filter((p) => p.change === 'added').map((p) => p.text)).toEqual(['北京', '五家']);
  });

  it('gives numbers with their deltas: key figures, budget lines and KPI targets', () => {
    const before = sample();
    const line = before.collections.budgetLines[0]!;
    const kpi = before.collections.kpis.find((k) => k.periods.some((p) => p.target !== null))!;
    const period = kpi.periods.find((p) => p.target !== null)!;
    const after = changed(before, (p) => {
      p.collections.budgetLines[0]!.amount = (line.amount ?? 0) + 1_000_00;
      p.collections.kpis.find((k) => k.id === kpi.id)!.periods.find((x) => x.period === period.period)!.target = period.target! + 5;
    });
    const diff = comparePlans(before, after);
    const budget = diff.parts.find((p) => p.part === 'budget')!;
    expect(budget.rows).toEqual([
      expect.objectContaining({
        id: line.id,
        change: 'changed',
        fields: [{ path: 'amount', kind: 'number', before: line.amount, after: line.amount! + 1_000_00, delta: 1_000_00, money: true }],
      }),
    ]);
    const control = diff.parts.find((p) => p.part === 'control')!;
    expect(control.rows[0]!.fields).toEqual([
      { path: `periods.${period.period}.target`, kind: 'number', before: period.target, after: period.target! + 5, delta: 5, money: false },
    ]);
    const marketing = diff.numbers.find((n) => n.key === 'marketing')!;
    expect(marketing).toEqual({
      key: 'marketing',
      kind: 'money',
      before: computeBudget(before).totals.marketing,
      after: computeBudget(after).totals.marketing,
      delta: 1_000_00,
    });
    expect(diff.numbers.find((n) => n.key === 'contribution')!.delta).toBe(-1_000_00);
    expect(diff.numbers.find((n) => n.key === 'revenue')!.delta).toBe(0);
    expect(diff.parts.map((p) => p.part)).toEqual(['budget', 'control']);
  });

  it('compares the header and two different plans', () => {
    const before = sample();
    const after = changed(before, (p) => {
      p.meta.name = 'Autumn enrolment';
      p.meta.periodEnd = '2027-11-30';
    });
    expect(comparePlans(before, after).meta.map((f) => f.path)).toEqual(['name', 'periodEnd']);
    // Two plans share no row id: every row of one is removed and every row of the other added.
    const other = buildSample('education', 'en', { now: at });
    const diff = comparePlans(before, other);
    const situation = diff.parts.find((p) => p.part === 'situation')!;
    expect(situation.rows.filter((r) => r.change === 'added')).toHaveLength(
      ['segments', 'products', 'competitors', 'channels', 'macroForces', 'customerTiers'].reduce(
        (n, c) => n + other.collections[c as 'segments'].length,
        0,
      ),
    );
    expect(situation.rows.filter((r) => r.change === 'changed')).toEqual([]);
  });
});
