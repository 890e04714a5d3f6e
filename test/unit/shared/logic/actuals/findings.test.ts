import { describe, expect, it } from 'vitest';
import { varianceFindings, varianceThreshold } from '../../../../../shared/logic/actuals';
import { planHealth } from '../../../../../shared/logic/health';
import { completePlan } from '../plans';
import { sale, salesPlan, spent } from './fixture';

describe('variance findings', () => {
  it('flags, year to date, each product and spend row beyond the threshold, with the cell of the latest month', () => {
    const { plan, a, b, lineId } = salesPlan();
    plan.collections.actualSales = [sale(a, '2027-01', 100, 1_000_000), sale(b, '2027-01', 40, 880_000)];
    plan.collections.actualSpend = [spent({ budgetLineId: lineId }, '2027-02', 125_000)];
    const findings = varianceFindings(plan);
    expect(varianceThreshold(plan)).toBe(10);
    expect(findings).toEqual([
      {
        check: 'salesVariance',
        target: { collection: 'actualSales', rowId: b.id, field: 'm-2027-01' },
        params: { name: 'Beta', planMinor: 1_000_000, actualMinor: 880_000, pct: '−12', threshold: 10, month: '2027-01' },
      },
      {
        check: 'spendVariance',
        target: { collection: 'actualSpend', rowId: lineId, field: 'm-2027-02' },
        params: { name: 'Retainer', planMinor: 100_000, actualMinor: 125_000, pct: '+25', threshold: 10, month: '2027-02' },
      },
    ]);
  });

  it('follows the threshold the user sets', () => {
    const { plan, a, b } = salesPlan();
    plan.collections.actualSales = [sale(a, '2027-01', 100, 1_000_000), sale(b, '2027-01', 40, 880_000)];
    plan.fields.control.varianceThresholdPct = 15;
    expect(varianceFindings(plan)).toEqual([]);
    plan.fields.control.varianceThresholdPct = 0;
    expect(varianceFindings(plan).map((f) => f.check)).toEqual(['salesVariance']);
  });

  it('flags the contribution when both sales and spend are reported', () => {
    const { plan, a, b, actionId } = salesPlan();
    plan.collections.actualSales = [sale(a, '2027-03', 100, 1_000_000), sale(b, '2027-03', 50, 1_000_000)];
    plan.collections.actualSpend = [spent({ actionId }, '2027-03', 620_000)];
    const contribution = varianceFindings(plan).find((f) => f.check === 'contributionVariance')!;
    // Plan: 2,000,000 − 1,350,000 − 310,000 = 340,000; actual 30,000.
    expect(contribution.params).toMatchObject({ planMinor: 340_000, actualMinor: 30_000, month: '2027-03' });
  });

  it('nothing without actuals; the health panel carries the findings under Control', () => {
    const { plan } = salesPlan();
    expect(varianceFindings(plan)).toEqual([]);
    const complete = completePlan();
    // March's sales as planned (1,000 × ¥3,600): nothing to flag.
    complete.collections.actualSales = [
      { id: crypto.randomUUID(), productId: complete.collections.products[0]!.id, month: '2027-03', units: 1_000, revenue: 360_000_000 },
    ];
    expect(planHealth(complete)).toEqual([]);
    complete.collections.actualSales[0]!.revenue = 300_000_000;
    const found = planHealth(complete).filter((f) => f.check === 'salesVariance');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ part: 'control', severity: 'warning', id: `salesVariance:${complete.collections.products[0]!.id}` });
  });
});
