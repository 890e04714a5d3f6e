import { describe, expect, it } from 'vitest';
import { planVsActual } from '../../../../../shared/logic/actuals';
import { computeBudget } from '../../../../../shared/logic/budget';
import { line, sale, salesPlan, spent } from './fixture';

describe('planVsActual', () => {
  it('without actuals: the plan by month, nothing to date', () => {
    const { plan } = salesPlan();
    const pva = planVsActual(plan);
    expect(pva.asOf).toBeNull();
    expect(pva.ytd).toBeNull();
    const jan = pva.months.find((m) => m.month === '2027-01')!;
    // A: 100 × ¥100 + B: 50 × ¥200 = ¥20,000
    expect(jan.revenue).toEqual({ plan: 2_000_000, actual: null, variance: null, variancePct: null });
    expect(pva.months).toHaveLength(12);
  });

  it('agrees with the budget on every planned figure', () => {
    const { plan } = salesPlan();
    const budget = computeBudget(plan);
    for (const m of planVsActual(plan).months) {
      expect(m.revenue.plan).toBe(budget.revenue[m.month]);
      expect(m.spend.plan).toBe(budget.marketing[m.month]);
      expect(m.contribution.plan).toBe(budget.contribution[m.month]);
    }
  });

  it('month by month and year to date for sales, spend and contribution', () => {
    const { plan, a, b, actionId, lineId } = salesPlan();
    plan.collections.actualSales = [
      sale(a, '2027-01', 90, 900_000),
      sale(b, '2027-01', 55, 1_100_000),
      sale(a, '2027-02', 110, 1_100_000),
      sale(b, '2027-02', 50, 1_000_000),
    ];
    plan.collections.actualSpend = [spent({ budgetLineId: lineId }, '2027-02', 120_000), spent({ actionId }, '2027-01', 0)];
    const pva = planVsActual(plan);
    expect(pva.asOf).toBe('2027-02');
    expect(pva.yearToDate).toEqual({ from: '2027-01', through: '2027-02', planYear: 1 });
    const jan = pva.months.find((m) => m.month === '2027-01')!;
    expect(jan.revenue).toEqual({ plan: 2_000_000, actual: 2_000_000, variance: 0, variancePct: 0 });
    expect(jan.units).toEqual({ plan: 150, actual: 145, variance: -5, variancePct: -3.33333333333 });
    // A zero entered for the action in January: spend reported, nothing was planned.
    expect(jan.spend).toEqual({ plan: 0, actual: 0, variance: 0, variancePct: null });
    const feb = pva.months.find((m) => m.month === '2027-02')!;
    expect(feb.spend).toEqual({ plan: 100_000, actual: 120_000, variance: 20_000, variancePct: 20 });
    // Contribution: revenue − cost of goods at the planned unit costs − spend.
    // Plan Feb: 2,000,000 − (100 × 6,000 + 50 × 15,000) − 100,000 = 550,000; actual: 2,100,000 − (660,000 + 750,000) − 120,000 = 570,000.
    expect(feb.contribution).toEqual({ plan: 550_000, actual: 570_000, variance: 20_000, variancePct: 3.63636363636 });
    const mar = pva.months.find((m) => m.month === '2027-03')!;
    expect(mar.revenue.actual).toBeNull();
    expect(mar.spend).toEqual({ plan: 310_000, actual: null, variance: null, variancePct: null });

    const ytd = pva.ytd!;
    expect(ytd.revenue).toMatchObject({
      plan: 4_000_000,
      actual: 4_100_000,
      variance: 100_000,
      variancePct: 2.5,
      months: ['2027-01', '2027-02'],
      missing: [],
    });
    expect(ytd.spend).toMatchObject({ plan: 100_000, actual: 120_000, variance: 20_000 });
    expect(ytd.contribution.months).toEqual(['2027-01', '2027-02']);
  });

  it('a month nobody reported is missing, not zero: year to date compares only the reported months and names the rest', () => {
    const { plan, a } = salesPlan();
    plan.collections.actualSales = [sale(a, '2027-01', 100, 1_000_000), sale(a, '2027-03', 100, 1_000_000)];
    const pva = planVsActual(plan);
    expect(pva.asOf).toBe('2027-03');
    expect(pva.months.find((m) => m.month === '2027-02')!.revenue.actual).toBeNull();
    // In a reported month, a product without an entry counts as zero: Beta sold nothing in Jan and Mar.
    expect(pva.ytd!.revenue).toMatchObject({
      plan: 4_000_000,
      actual: 2_000_000,
      variancePct: -50,
      months: ['2027-01', '2027-03'],
      missing: ['2027-02'],
    });
    // No spend reported at all: no actual, every month missing, no contribution.
    expect(pva.ytd!.spend).toMatchObject({ actual: null, variance: null, months: [] });
    expect(pva.ytd!.contribution.actual).toBeNull();
  });

  it('a sale entered with revenue only counts for revenue, not for units', () => {
    const { plan, a } = salesPlan();
    plan.collections.actualSales = [sale(a, '2027-01', null, 1_200_000)];
    const pva = planVsActual(plan);
    const jan = pva.months.find((m) => m.month === '2027-01')!;
    expect(jan.revenue.actual).toBe(1_200_000);
    expect(jan.units.actual).toBeNull();
  });

  it('across a year end: a July plan to date in February sums from July', () => {
    const { plan, a } = salesPlan();
    plan.meta.periodStart = '2026-07-01';
    plan.meta.periodEnd = '2027-06-30';
    plan.collections.forecastLines.push(line(a, '2026-12', 100));
    plan.collections.actualSales = [sale(a, '2026-12', 80, 800_000), sale(a, '2027-02', 100, 1_000_000)];
    const pva = planVsActual(plan);
    expect(pva.yearToDate).toEqual({ from: '2026-07', through: '2027-02', planYear: 1 });
    expect(pva.ytd!.revenue.months).toEqual(['2026-12', '2027-02']);
    expect(pva.ytd!.revenue.missing).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2027-01']);
    // Plan: Dec ¥10,000 (A) + Feb ¥20,000 (A and B).
    expect(pva.ytd!.revenue).toMatchObject({ plan: 3_000_000, actual: 1_800_000 });
  });

  it('longer than a year: year to date restarts in the plan’s second year', () => {
    const { plan, a } = salesPlan();
    plan.meta.periodEnd = '2028-06-30';
    plan.collections.forecastLines.push(line(a, '2028-01', 100), line(a, '2028-02', 100));
    plan.collections.actualSales = [sale(a, '2027-03', 100, 1_000_000), sale(a, '2028-01', 120, 1_200_000), sale(a, '2028-02', 90, 900_000)];
    const pva = planVsActual(plan);
    expect(pva.months).toHaveLength(18);
    expect(pva.yearToDate).toEqual({ from: '2028-01', through: '2028-02', planYear: 2 });
    expect(pva.ytd!.revenue).toMatchObject({ plan: 2_000_000, actual: 2_100_000, variance: 100_000, variancePct: 5 });
  });

  it('an actual outside the plan period still shows, in its own month', () => {
    const { plan, a } = salesPlan();
    plan.collections.actualSales = [sale(a, '2028-01', 10, 100_000)];
    const pva = planVsActual(plan);
    expect(pva.months.at(-1)!.month).toBe('2028-01');
    expect(pva.months.at(-1)!.revenue).toEqual({ plan: 0, actual: 100_000, variance: 100_000, variancePct: null });
  });
});
