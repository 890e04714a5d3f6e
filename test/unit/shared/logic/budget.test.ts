import { describe, expect, it } from 'vitest';
import { MIX_ELEMENTS, type Plan } from '../../../../shared/domain';
import {
  actionCostByMonth,
  actionSpan,
  allocateMinor,
  BudgetOverflowError,
  computeBudget,
  multiplyMinor,
  type BudgetReport,
} from '../../../../shared/logic';
import { fullPlan } from '../../helpers/full-plan';
import { action, emptyPlan } from './plans';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const monthlySum = (record: Record<string, number>) => sum(Object.values(record));

function forecast(
  month: string,
  units: number,
  unitPrice: number,
  unitCost: number,
  extra: Partial<Plan['collections']['forecastLines'][number]> = {},
) {
  return { id: crypto.randomUUID(), productId: null, label: 'Line', month, units, unitPrice, unitCost, ...extra };
}

describe('allocateMinor', () => {
  it('splits exactly, leftover units to the largest remainders, ties to the earliest', () => {
    expect(allocateMinor(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateMinor(100, [31, 28, 31])).toEqual([35, 31, 34]);
    expect(allocateMinor(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocateMinor(0, [5, 7])).toEqual([0, 0]);
    expect(allocateMinor(7, [1])).toEqual([7]);
  });

  it('spreads a negative amount as the mirror of a positive one', () => {
    expect(allocateMinor(-100, [31, 28, 31])).toEqual([-35, -31, -34]);
  });

  it('stays exact at the largest amounts a plan allows', () => {
    const parts = allocateMinor(10_000_000_000_000, [31, 28, 31, 30, 31, 30, 31]);
    expect(sum(parts)).toBe(10_000_000_000_000);
  });

  it('refuses weights that cannot share anything', () => {
    expect(() => allocateMinor(10, [])).toThrow(RangeError);
    expect(() => allocateMinor(10, [0, 0])).toThrow(RangeError);
    expect(() => allocateMinor(10.5, [1])).toThrow(/minor units/);
  });
});

describe('actionCostByMonth', () => {
  it('spreads a cost by the days in each month, across a year boundary', () => {
    // 12 days of December, 10 of January.
    expect(actionCostByMonth(action({ start: '2027-12-20', end: '2028-01-10', cost: 2200 }))).toEqual([
      { month: '2027-12', amount: 1200 },
      { month: '2028-01', amount: 1000 },
    ]);
  });

  it('keeps the exact total when the parts do not divide evenly', () => {
    const parts = actionCostByMonth(action({ start: '2027-01-01', end: '2027-03-31', cost: 100 }));
    expect(parts).toEqual([
      { month: '2027-01', amount: 35 },
      { month: '2027-02', amount: 31 },
      { month: '2027-03', amount: 34 },
    ]);
    expect(sum(parts.map((p) => p.amount))).toBe(100);
    const odd = actionCostByMonth(action({ start: '2027-01-17', end: '2027-11-03', cost: 999_999_999 }));
    expect(odd).toHaveLength(11);
    expect(sum(odd.map((p) => p.amount))).toBe(999_999_999);
  });

  it('puts a one-day action in its month', () => {
    expect(actionCostByMonth(action({ start: '2027-03-15', end: '2027-03-15', cost: 5000 }))).toEqual([{ month: '2027-03', amount: 5000 }]);
  });

  it('counts 29 February in a leap year', () => {
    // 2028: 15 days of February (15–29) and 15 of March; 2027: 14 and 15.
    expect(actionCostByMonth(action({ start: '2028-02-15', end: '2028-03-15', cost: 3000 })).map((p) => p.amount)).toEqual([1500, 1500]);
    expect(actionCostByMonth(action({ start: '2027-02-15', end: '2027-03-15', cost: 2900 })).map((p) => p.amount)).toEqual([1400, 1500]);
  });

  it('spreads credits and zero costs too', () => {
    expect(actionCostByMonth(action({ start: '2027-01-01', end: '2027-03-31', cost: -100 })).map((p) => p.amount)).toEqual([-35, -31, -34]);
    expect(actionCostByMonth(action({ start: '2027-01-31', end: '2027-02-01', cost: 0 }))).toEqual([
      { month: '2027-01', amount: 0 },
      { month: '2027-02', amount: 0 },
    ]);
  });

  it('uses the single day when only the start or only the end is known', () => {
    expect(actionCostByMonth(action({ start: '2027-04-30', cost: 700 }))).toEqual([{ month: '2027-04', amount: 700 }]);
    expect(actionCostByMonth(action({ end: '2027-05-01', cost: 700 }))).toEqual([{ month: '2027-05', amount: 700 }]);
    expect(actionSpan({ start: null, end: '2027-05-01' })).toEqual({ start: '2027-05-01', end: '2027-05-01' });
  });

  it('has nothing to spread without a cost or without any date', () => {
    expect(actionCostByMonth(action({ start: '2027-01-01', end: '2027-01-31', cost: null }))).toEqual([]);
    expect(actionCostByMonth(action({ cost: 1000 }))).toEqual([]);
  });

  it('reads an end before the start (which the schema forbids) in date order', () => {
    expect(actionCostByMonth(action({ start: '2027-02-01', end: '2027-01-31', cost: 10 }))).toEqual([
      { month: '2027-01', amount: 5 },
      { month: '2027-02', amount: 5 },
    ]);
  });
});

describe('multiplyMinor', () => {
  it('rounds once, half away from zero, on the decimal as typed', () => {
    expect(multiplyMinor(2.5, 1)).toBe(3n);
    expect(multiplyMinor(2.5, -1)).toBe(-3n);
    expect(multiplyMinor(2.4, 1)).toBe(2n);
    expect(multiplyMinor(1.005, 100)).toBe(101n); // 1.005 * 100 is 100.49999999999999 in floating point
    expect(multiplyMinor(0.1, 3)).toBe(0n);
    expect(multiplyMinor(0.3333, 3)).toBe(1n);
    expect(multiplyMinor(120, 360_000)).toBe(43_200_000n);
    expect(multiplyMinor(0, 999)).toBe(0n);
    expect(multiplyMinor(1e-7, 5_000_000)).toBe(1n);
    expect(multiplyMinor(1e12, 1e13)).toBe(10n ** 25n);
  });
});

describe('computeBudget', () => {
  it('gives zeros and no break-even for a plan with no rows', () => {
    const report = computeBudget(emptyPlan());
    expect(report.months).toHaveLength(12);
    expect(report.months[0]).toBe('2027-01');
    for (const key of ['revenue', 'cogs', 'grossMargin', 'actionsSpend', 'manualSpend', 'marketing', 'contribution'] as const) {
      expect(
        Object.values(report[key]).every((v) => v === 0),
        key,
      ).toBe(true);
      expect(Object.keys(report[key])).toEqual(report.months);
    }
    expect(report.totals).toEqual({
      revenue: 0,
      cogs: 0,
      grossMargin: 0,
      grossMarginPct: null,
      actionsSpend: 0,
      undatedActionsSpend: 0,
      undatedActions: 0,
      manualSpend: 0,
      marketing: 0,
      contribution: 0,
      fixedCosts: 0,
      profit: 0,
      units: 0,
    });
    expect(report.budget).toEqual({ granted: null, difference: null });
    expect(report.breakEven).toEqual({ units: null, revenue: null, month: null });
    expect(report.spendByMix).toEqual({ product: 0, price: 0, place: 0, promotion: 0, unassigned: 0 });
    expect(report.forecastByProduct).toEqual([]);
  });

  it('computes the profit and loss of a full plan', () => {
    const plan = fullPlan();
    const report = computeBudget(plan);
    expect(report.currency).toBe('CNY');
    // 120 units × 3,600.00 and × 2,000.00.
    expect(report.revenue['2027-03']).toBe(43_200_000);
    expect(report.cogs['2027-03']).toBe(24_000_000);
    expect(report.grossMargin['2027-03']).toBe(19_200_000);
    // Open day (1–2 March) + the Referral programme's 29 of 120 days (3 March–30 June).
    expect(report.actionsSpend).toMatchObject({ '2027-03': 800_000 + 193_333, '2027-04': 200_000, '2027-05': 206_667, '2027-06': 200_000 });
    expect(report.manualSpend['2027-02']).toBe(300_000);
    expect(report.marketing['2027-02']).toBe(300_000);
    expect(report.contribution['2027-02']).toBe(-300_000);
    expect(report.contribution['2027-03']).toBe(19_200_000 - 993_333);
    expect(report.totals).toMatchObject({
      revenue: 43_200_000,
      cogs: 24_000_000,
      grossMargin: 19_200_000,
      grossMarginPct: (19_200_000 / 43_200_000) * 100,
      actionsSpend: 1_600_000,
      manualSpend: 300_000,
      marketing: 1_900_000,
      contribution: 17_300_000,
      fixedCosts: 0,
      profit: 17_300_000,
      units: 120,
    });
    expect(monthlySum(report.marketing)).toBe(report.totals.marketing);
    expect(monthlySum(report.contribution)).toBe(report.totals.contribution);
    expect(report.spendByMix).toEqual({ product: 0, price: 800_000, place: 0, promotion: 1_100_000, unassigned: 0 });
    expect(report.spendByMonthAndMix['2027-03']).toEqual({ product: 0, price: 193_333, place: 0, promotion: 800_000, unassigned: 0 });
    expect(report.spendByMonthAndMix['2027-02']!.promotion).toBe(300_000);
    expect(report.budget).toEqual({ granted: 5_000_000, difference: 3_100_000 });
    // Unit margin 160,000 → 1,900,000 / 160,000 = 11.875 units; revenue 11.875 × 360,000.
    expect(report.breakEven).toEqual({ units: 11.875, revenue: 4_275_000, month: '2027-03' });
    expect(report.forecastByProduct).toEqual([
      { key: plan.collections.products[0]!.id, label: 'Weekend maths class', revenue: 43_200_000, units: 120 },
    ]);
  });

  it('sums every month and mix element back to the totals', () => {
    const report = computeBudget(fullPlan());
    const byMonthAndMix = Object.values(report.spendByMonthAndMix).flatMap((row) => Object.values(row));
    expect(sum(byMonthAndMix)).toBe(report.totals.marketing);
    expect(sum(Object.values(report.spendByMix))).toBe(report.totals.marketing);
    for (const m of report.months) expect(report.marketing[m]).toBe(report.actionsSpend[m]! + report.manualSpend[m]!);
  });

  it('subtracts fixed costs for profit and finds no break-even month when they are never covered', () => {
    const plan = fullPlan();
    plan.fields.budget.fixedCosts = 20_000_000;
    const report = computeBudget(plan);
    expect(report.totals.profit).toBe(17_300_000 - 20_000_000);
    expect(report.breakEven.month).toBeNull();
    // 21,900,000 to cover at 160,000 a unit.
    expect(report.breakEven.units).toBeCloseTo(136.875, 10);
    expect(report.breakEven.revenue).toBe(49_275_000);
  });

  it('finds the first month whose cumulative contribution covers the fixed costs', () => {
    const plan = emptyPlan();
    plan.fields.budget.fixedCosts = 2500;
    plan.collections.forecastLines = [forecast('2027-01', 10, 200, 100), forecast('2027-02', 10, 200, 100), forecast('2027-03', 10, 200, 100)];
    // 1,000 a month of contribution: 1,000, 2,000, 3,000 → March covers 2,500.
    expect(computeBudget(plan).breakEven.month).toBe('2027-03');
    plan.fields.budget.fixedCosts = 2000;
    expect(computeBudget(plan).breakEven.month).toBe('2027-02');
  });

  it('has no break-even with a unit margin of zero or less', () => {
    const plan = emptyPlan();
    plan.collections.forecastLines = [forecast('2027-01', 10, 100, 100)];
    expect(computeBudget(plan).breakEven).toMatchObject({ units: null, revenue: null });
    plan.collections.forecastLines = [forecast('2027-01', 10, 100, 150)];
    const report = computeBudget(plan);
    expect(report.totals.grossMargin).toBe(-500);
    expect(report.totals.grossMarginPct).toBe(-50);
    expect(report.breakEven).toEqual({ units: null, revenue: null, month: null });
  });

  it('has no break-even without units even when there is spend', () => {
    const plan = emptyPlan();
    plan.collections.forecastLines = [forecast('2027-01', 0, 100, 50)];
    plan.collections.actions = [action({ start: '2027-01-01', end: '2027-01-01', cost: 100 })];
    expect(computeBudget(plan).breakEven).toEqual({ units: null, revenue: null, month: null });
  });

  it('leaves cancelled actions out of spend', () => {
    const plan = emptyPlan();
    plan.collections.actions = [
      action({ start: '2027-01-01', end: '2027-01-31', cost: 1000, status: 'cancelled', mixElement: 'place' }),
      action({ start: '2027-01-01', end: '2027-01-31', cost: 300, status: 'done', mixElement: 'place' }),
      action({ start: '2027-01-01', end: '2027-01-31', cost: 200, status: 'inProgress' }),
    ];
    const report = computeBudget(plan);
    expect(report.totals.actionsSpend).toBe(500);
    expect(report.actionsSpend['2027-01']).toBe(500);
    expect(report.spendByMix).toMatchObject({ place: 300, unassigned: 200 });
  });

  it('counts undated costs in every total but in no month', () => {
    const plan = emptyPlan();
    plan.fields.budget.marketingBudget = 10_000;
    plan.collections.actions = [
      action({ cost: 4000, mixElement: 'product' }),
      action({ start: '2027-06-01', end: '2027-06-30', cost: 1000 }),
      action({ cost: null }),
    ];
    const report = computeBudget(plan);
    expect(report.totals).toMatchObject({ actionsSpend: 5000, undatedActionsSpend: 4000, undatedActions: 1, marketing: 5000, contribution: -5000 });
    expect(monthlySum(report.marketing)).toBe(1000);
    expect(report.spendByMix.product).toBe(4000);
    expect(report.budget.difference).toBe(5000);
  });

  it('counts undated spend before the first month when looking for the break-even month', () => {
    const plan = emptyPlan();
    plan.collections.forecastLines = [forecast('2027-01', 10, 200, 100), forecast('2027-02', 10, 200, 100)];
    plan.collections.actions = [action({ cost: 1500 })];
    // Contribution 1,000 a month against 1,500 spent up front: covered in February.
    expect(computeBudget(plan).breakEven.month).toBe('2027-02');
  });

  it('handles negative amounts: credits, refunds, negative prices', () => {
    const plan = emptyPlan();
    plan.fields.budget.marketingBudget = -100;
    plan.collections.budgetLines = [{ id: crypto.randomUUID(), label: 'Supplier rebate', month: '2027-04', amount: -500, mixElement: 'promotion' }];
    plan.collections.actions = [action({ start: '2027-04-01', end: '2027-04-30', cost: -200 })];
    plan.collections.forecastLines = [forecast('2027-04', 2.5, -101, 0)];
    const report = computeBudget(plan);
    expect(report.totals.marketing).toBe(-700);
    expect(report.spendByMix).toMatchObject({ promotion: -500, unassigned: -200 });
    expect(report.totals.revenue).toBe(-253);
    expect(report.budget.difference).toBe(600);
  });

  it('rounds each forecast line to whole minor units once, JPY included', () => {
    const plan = emptyPlan({ currency: 'JPY' });
    plan.collections.forecastLines = [forecast('2027-01', 2.5, 101, 33), forecast('2027-01', 0.5, 1, 1), forecast('2027-01', 0.5, 1, 1)];
    const report = computeBudget(plan);
    // 252.5 → 253; 82.5 → 83; each 0.5 → 1 (rounded per line, so 1 + 1, not 0.5 + 0.5 → 1).
    expect(report.currency).toBe('JPY');
    expect(report.totals.revenue).toBe(253 + 1 + 1);
    expect(report.totals.cogs).toBe(83 + 1 + 1);
    expect(report.totals.units).toBe(3.5);
    expect(Number.isInteger(report.totals.grossMargin)).toBe(true);
  });

  it('rounds the break-even revenue up to a whole minor unit', () => {
    const plan = emptyPlan();
    plan.fields.budget.fixedCosts = 100;
    plan.collections.forecastLines = [forecast('2027-01', 3, 100, 70)];
    // Margin 90 on 300 of revenue: 100 × 300 / 90 = 333.33… → 334; units 100 / 30 = 3.33….
    const { breakEven } = computeBudget(plan);
    expect(breakEven.revenue).toBe(334);
    expect(breakEven.units).toBeCloseTo(10 / 3, 12);
    expect(breakEven.month).toBeNull();
  });

  it('extends the months to rows outside the plan period, in order', () => {
    const plan = emptyPlan({ periodStart: '2027-01-01', periodEnd: '2027-03-31' });
    plan.collections.actions = [action({ start: '2027-12-20', end: '2028-01-10', cost: 2200 })];
    plan.collections.budgetLines = [{ id: crypto.randomUUID(), label: 'Early print run', month: '2026-11', amount: 50, mixElement: null }];
    plan.collections.forecastLines = [forecast('2027-06', 1, 10, 5)];
    const report: BudgetReport = computeBudget(plan);
    expect(report.months).toEqual(['2026-11', '2027-01', '2027-02', '2027-03', '2027-06', '2027-12', '2028-01']);
    expect(report.actionsSpend).toMatchObject({ '2027-12': 1200, '2028-01': 1000 });
    expect(Object.keys(report.spendByMonthAndMix)).toEqual(report.months);
  });

  it('groups the forecast by product, or by label for lines without one', () => {
    const plan = fullPlan();
    const productId = plan.collections.products[0]!.id;
    plan.collections.forecastLines = [
      forecast('2027-01', 10, 100, 50, { productId, label: 'ignored when the product is known' }),
      forecast('2027-02', 5, 100, 50, { productId }),
      forecast('2027-01', 1, 999, 0, { label: 'Gift cards' }),
      forecast('2027-02', 2, 999, 0, { label: 'Gift cards ' }),
    ];
    expect(computeBudget(plan).forecastByProduct).toEqual([
      { key: productId, label: 'Weekend maths class', revenue: 1500, units: 15 },
      { key: 'label:Gift cards', label: 'Gift cards', revenue: 2997, units: 3 },
    ]);
  });

  it('reports a clear error when the sums are too large to be exact', () => {
    const plan = emptyPlan();
    plan.collections.forecastLines = [forecast('2027-01', 1e12, 10_000_000_000_000, 0)];
    expect(() => computeBudget(plan)).toThrow(BudgetOverflowError);
    expect(() => computeBudget(plan)).toThrow(/too large/);
  });

  it('keeps every figure an integer', () => {
    const plan = fullPlan();
    plan.collections.forecastLines.push(forecast('2027-05', 3.3333, 1999, 777));
    const report = computeBudget(plan);
    const values = [
      ...report.months.flatMap((m) => [report.revenue[m], report.cogs[m], report.marketing[m], report.contribution[m]]),
      ...MIX_ELEMENTS.map((k) => report.spendByMix[k]),
    ];
    expect(values.every((v) => Number.isInteger(v))).toBe(true);
  });
});
