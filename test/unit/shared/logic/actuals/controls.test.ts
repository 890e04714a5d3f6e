import { describe, expect, it } from 'vitest';
import { controlFigures, planVsActual } from '../../../../../shared/logic/actuals';
import { sale, salesPlan, spent } from './fixture';

function withActuals() {
  const fx = salesPlan();
  const { plan, a, b, actionId, lineId } = fx;
  plan.collections.actualSales = [sale(a, '2027-02', 120, 1_200_000), sale(b, '2027-02', 40, 800_000), sale(a, '2027-03', 100, 1_000_000)];
  plan.collections.actualSpend = [spent({ budgetLineId: lineId }, '2027-02', 90_000), spent({ actionId }, '2027-03', 400_000, 25)];
  return fx;
}

describe('controlFigures', () => {
  it('none while the plan has no actuals', () => {
    const { plan } = salesPlan();
    expect(controlFigures(plan, planVsActual(plan))).toBeNull();
  });

  it('annual-plan control: sales to date, and the expense-to-sales ratio planned and achieved', () => {
    const { plan } = withActuals();
    const figures = controlFigures(plan, planVsActual(plan))!;
    // Sales reported in Feb and Mar: plan 2 × ¥20,000; actual ¥20,000 + ¥10,000 (Beta sold nothing in March).
    expect(figures.annualPlan.sales).toMatchObject({ plan: 4_000_000, actual: 3_000_000, variancePct: -25 });
    // Spend reported in Feb and Mar: plan ¥1,000 + ¥3,100, actual ¥900 + ¥4,000.
    expect(figures.annualPlan.expenseToSales).toEqual({ plan: 10.25, actual: 16.3333333333, points: 6.0833333333 });
    expect(figures.annualPlan.share).toBeNull();
  });

  it('market share against the market’s size over the same months', () => {
    const { plan } = withActuals();
    // A market of ¥1,200,000 a year: ¥200,000 over the two months reported.
    plan.fields.situation.marketSize = 120_000_000;
    const share = controlFigures(plan, planVsActual(plan))!.annualPlan.share!;
    expect(share).toEqual({ plan: 20, actual: 15, points: -5 });
  });

  it('profitability control: contribution by product (revenue − cost of goods at the planned unit costs)', () => {
    const { plan } = withActuals();
    const [alpha, beta] = controlFigures(plan, planVsActual(plan))!.profitability.products;
    // Alpha: plan 2 × (¥10,000 − ¥6,000); actual ¥22,000 − 220 × ¥60.
    expect(alpha).toMatchObject({ name: 'Alpha', contribution: { plan: 800_000, actual: 880_000, variance: 80_000, variancePct: 10 } });
    // Beta: plan 2 × (¥10,000 − ¥7,500); actual ¥8,000 − 40 × ¥150; nothing entered in March counts as nothing sold.
    expect(beta).toMatchObject({ name: 'Beta', revenue: { plan: 2_000_000, actual: 800_000 }, contribution: { plan: 500_000, actual: 200_000 } });
  });

  it('efficiency control: cost per result of the actions that name one', () => {
    const { plan, actionId } = withActuals();
    plan.collections.actionResults = [{ id: crypto.randomUUID(), actionId, result: 'Enquiries', target: 31 }];
    const [ads] = controlFigures(plan, planVsActual(plan))!.efficiency.actions;
    // Planned ¥3,100 for 31 enquiries = ¥100 each; spent ¥4,000 for 25 = ¥160 each.
    expect(ads).toMatchObject({ title: 'Spring ads', result: 'Enquiries', spent: 400_000, results: 25 });
    expect(ads!.costPerResult).toEqual({ plan: 10_000, actual: 16_000, variance: 6_000, variancePct: 60 });
  });

  it('efficiency without results or without a target has no ratio to compare', () => {
    const { plan, actionId } = withActuals();
    plan.collections.actualSpend[1]!.results = 0;
    plan.collections.actionResults = [{ id: crypto.randomUUID(), actionId, result: 'Enquiries', target: null }];
    const [ads] = controlFigures(plan, planVsActual(plan))!.efficiency.actions;
    expect(ads!.costPerResult).toEqual({ plan: null, actual: null, variance: null, variancePct: null });
  });
});
