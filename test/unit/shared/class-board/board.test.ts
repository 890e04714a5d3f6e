import { describe, expect, it } from 'vitest';
import { boardFromRows, boardMedian, boardRow, classBoard, median, type BoardRow } from '../../../../shared/class-board/board';
import { PART_KEYS } from '../../../../shared/domain';
import { buildSample } from '../../../../shared/samples';
import { computeBudget, planHealth, wholeBreakEvenUnits } from '../../../../shared/logic';

const NOW = '2027-01-05T09:00:00.000Z';

function row(overrides: Partial<BoardRow>): BoardRow {
  return {
    planId: 'p',
    name: 'Plan',
    author: 'A',
    currency: 'CNY',
    language: 'en',
    progress: 0,
    parts: Object.fromEntries(PART_KEYS.map((p) => [p, { done: 0, total: 2 }])) as BoardRow['parts'],
    problems: 0,
    warnings: 0,
    revenue: null,
    marketing: null,
    contribution: null,
    breakEvenUnits: null,
    breakEvenMonth: null,
    objectives: 0,
    actions: 0,
    kpis: 0,
    ...overrides,
  };
}

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
  });

  it('rounds that mean half up for whole amounts (money in minor units)', () => {
    expect(median([100, 101], true)).toBe(101);
    expect(median([-101, -100], true)).toBe(-100);
  });

  it('leaves out missing figures, and is null for none', () => {
    expect(median([null, 2, null, 8, 5])).toBe(5);
    expect(median([])).toBeNull();
    expect(median([null, null])).toBeNull();
  });
});

describe('class board', () => {
  it('an empty class has no rows, a median of nothing and no currency', () => {
    const board = classBoard([]);
    expect(board.rows).toEqual([]);
    expect(board.currency).toBeNull();
    expect(board.median.revenue).toBeNull();
    expect(board.median.progress).toBeNull();
    expect(Object.values(board.median.parts).every((v) => v === null)).toBe(true);
  });

  it('the median row takes each column on its own (odd and even classes)', () => {
    const odd = boardMedian([row({ revenue: 100, kpis: 1 }), row({ revenue: 300, kpis: 9 }), row({ revenue: 200, kpis: 4 })]);
    expect(odd.revenue).toBe(200);
    expect(odd.kpis).toBe(4);
    const even = boardMedian([
      row({ revenue: 100, problems: 1 }),
      row({ revenue: 301, problems: 2 }),
      row({ revenue: null, problems: 3 }),
      row({ revenue: 50, problems: 4 }),
    ]);
    expect(even.revenue).toBe(100); // 50, 100, 301: the one without a forecast is left out
    expect(even.problems).toBe(2.5);
  });

  it('a part’s median is the median share of its items done', () => {
    const parts = (done: number) => Object.fromEntries(PART_KEYS.map((p) => [p, { done, total: 4 }])) as BoardRow['parts'];
    const m = boardMedian([row({ parts: parts(1) }), row({ parts: parts(4) })]);
    expect(m.parts.swot).toBe(0.625);
  });

  it('has no money median when the class mixes currencies', () => {
    const board = boardFromRows([row({ revenue: 100, currency: 'CNY' }), row({ revenue: 100, currency: 'USD' })]);
    expect(board.currency).toBeNull();
    expect(board.median.revenue).toBeNull();
    expect(board.median.problems).toBe(0);
  });

  it('a participant’s row is what shared/logic says of their plan', () => {
    const plan = buildSample('education', 'en', { now: NOW });
    plan.meta.author = 'Li Wei';
    const r = boardRow(plan, '2027-01-05');
    const budget = computeBudget(plan);
    const findings = planHealth(plan, computeBudget, '2027-01-05');
    expect(r.author).toBe('Li Wei');
    expect(r.revenue).toBe(budget.totals.revenue);
    expect(r.marketing).toBe(budget.totals.marketing);
    expect(r.contribution).toBe(budget.totals.contribution);
    expect(r.breakEvenUnits).toBe(budget.breakEven.units === null ? null : wholeBreakEvenUnits(budget.breakEven.units));
    expect(r.problems + r.warnings).toBe(findings.length);
    expect(r.objectives).toBe(plan.collections.objectives.length);
    expect(r.actions).toBe(plan.collections.actions.length);
    expect(r.kpis).toBe(plan.collections.kpis.length);
    expect(r.parts.summary).toEqual({ done: 1, total: 1 });
  });

  it('four samples make a board of four rows with a median of their figures', () => {
    const plans = (['education', 'infant-formula', 'trade-course', 'social-campaign'] as const).map((s) => buildSample(s, 'en', { now: NOW }));
    const board = classBoard(plans, '2027-01-05');
    expect(board.rows.map((r) => r.planId)).toEqual(plans.map((p) => p.meta.id));
    const objectives = plans.map((p) => p.collections.objectives.length).sort((a, b) => a - b);
    expect(board.median.objectives).toBe((objectives[1]! + objectives[2]!) / 2);
  });
});
