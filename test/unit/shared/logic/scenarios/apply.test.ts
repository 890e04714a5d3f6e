import { describe, expect, it } from 'vitest';
import { emptyCollections, emptyPlanFields, type Plan, type Scenario, type ScenarioOverride } from '../../../../../shared/domain';
import { computeBudget } from '../../../../../shared/logic/budget';
import { applyScenario, scenarioDelta, scenarioOutcomes } from '../../../../../shared/logic/scenarios';

function plan(periodStart: string, periodEnd: string): Plan {
  return {
    meta: { id: 'p', name: 'P', client: '', currency: 'CNY', language: 'en', periodStart, periodEnd, createdAt: '', updatedAt: '', deletedAt: null },
    fields: emptyPlanFields(),
    collections: emptyCollections(),
  } as unknown as Plan;
}

const P1 = '00000000-0000-4000-8000-000000000001';
const P2 = '00000000-0000-4000-8000-000000000002';
const S1 = '00000000-0000-4000-8000-0000000000a1';
const S2 = '00000000-0000-4000-8000-0000000000a2';
const A1 = '00000000-0000-4000-8000-0000000000b1';
const B1 = '00000000-0000-4000-8000-0000000000c1';

const line = (id: string, productId: string | null, month: string, units: number, unitPrice: number, unitCost: number) => ({
  id,
  productId,
  label: productId ? '' : 'Other',
  month,
  units,
  unitPrice,
  unitCost,
});
const scenario = (id: string, pcts: Partial<Scenario> = {}): Scenario => ({
  id,
  name: id,
  volumePct: 0,
  pricePct: 0,
  unitCostPct: 0,
  spendPct: 0,
  ...pcts,
});
const override = (over: Partial<ScenarioOverride>): ScenarioOverride => ({
  id: `o-${Math.random()}`,
  scenarioId: S1,
  productId: null,
  budgetLineId: null,
  actionId: null,
  volumePct: null,
  pricePct: null,
  unitCostPct: null,
  spendPct: null,
  ...over,
});

/** A plan from July to June: the forecast, an action and a budget line on both sides of the year end. */
function acrossYearEnd(): Plan {
  const p = plan('2027-07-01', '2028-06-30');
  p.collections.products = [
    { id: P1, name: 'Tea', salesVolume: null, price: null, marginPct: null, stage: null },
    { id: P2, name: 'Cups', salesVolume: null, price: null, marginPct: null, stage: null },
  ];
  p.collections.forecastLines = [
    line('f1', P1, '2027-11', 100, 1_999, 1_001),
    line('f2', P1, '2028-02', 120, 1_999, 1_001),
    line('f3', P2, '2027-12', 33, 2_500, 900),
    line('f4', null, '2028-01', 7, 10_000, 0),
  ];
  p.collections.actions = [
    {
      id: A1,
      title: 'Trade fair',
      start: '2027-12-20',
      end: '2028-01-10',
      owner: '',
      cost: 100_001,
      mixElement: 'promotion',
      status: 'planned',
      objectiveIds: [],
      dependsOn: [],
    },
  ];
  p.collections.budgetLines = [{ id: B1, label: 'Agency', month: '2028-03', amount: 30_000, mixElement: 'promotion' }];
  p.fields.budget.fixedCosts = 50_000;
  return p;
}

describe('applyScenario', () => {
  it('changes every line by the scenario’s percentages, each rounded once to the minor unit', () => {
    const p = acrossYearEnd();
    const s = scenario(S1, { volumePct: -15, pricePct: 5, unitCostPct: 10, spendPct: -20 });
    p.collections.scenarios = [s];
    const adjusted = applyScenario(p, s);
    expect(adjusted.collections.forecastLines.map((l) => [l.units, l.unitPrice, l.unitCost])).toEqual([
      [85, 2_099, 1_101], // 1,999 × 1.05 = 2,098.95 → 2,099; 1,001 × 1.1 = 1,101.1 → 1,101
      [102, 2_099, 1_101],
      [28.05, 2_625, 990],
      [5.95, 10_500, 0],
    ]);
    expect(adjusted.collections.actions[0]!.cost).toBe(80_001); // 80,000.8 → 80,001
    expect(adjusted.collections.budgetLines[0]!.amount).toBe(24_000);
    // The plan itself is untouched.
    expect(p.collections.forecastLines[0]!.units).toBe(100);
  });

  it('a per-line override replaces the scenario’s percentage for its line only; an empty one keeps the scenario’s', () => {
    const p = acrossYearEnd();
    const s = scenario(S1, { volumePct: -10, spendPct: 10 });
    p.collections.scenarios = [s, scenario(S2)];
    p.collections.scenarioOverrides = [
      override({ productId: P2, volumePct: 50 }),
      override({ actionId: A1, spendPct: -100 }),
      override({ budgetLineId: B1, spendPct: null }),
      // Another scenario's override changes nothing here.
      override({ scenarioId: S2, productId: P1, volumePct: -99 }),
    ];
    const adjusted = applyScenario(p, s);
    expect(adjusted.collections.forecastLines.map((l) => l.units)).toEqual([90, 108, 49.5, 6.3]);
    expect(adjusted.collections.actions[0]!.cost).toBe(0);
    expect(adjusted.collections.budgetLines[0]!.amount).toBe(33_000);
  });
});

describe('scenarioOutcomes', () => {
  it('runs the ordinary budget on each scenario: totals to the minor unit, across a year end', () => {
    const p = acrossYearEnd();
    p.collections.scenarios = [scenario(S1, { volumePct: -15, pricePct: 5, unitCostPct: 10, spendPct: -20 })];
    const [base, low] = scenarioOutcomes(p, 'Base case');
    expect(base!.id).toBeNull();
    expect(base!.name).toBe('Base case');
    expect(base!.report).toEqual(computeBudget(p));
    // Revenue: 85 × 2,099 + 102 × 2,099 + 28.05 × 2,625 (73,631.25 → 73,631) + 5.95 × 10,500
    expect(low!.report.totals.revenue).toBe(178_415 + 214_098 + 73_631 + 62_475);
    // COGS: 85 × 1,101 + 102 × 1,101 + 28.05 × 990 (27,769.5 → 27,770)
    expect(low!.report.totals.cogs).toBe(93_585 + 112_302 + 27_770);
    expect(low!.report.totals.marketing).toBe(80_001 + 24_000);
    expect(low!.report.totals.profit).toBe(528_619 - 233_657 - 104_001 - 50_000);
    // The action's cost, cut, still spreads exactly over December and January.
    expect(low!.report.actionsSpend['2027-12']! + low!.report.actionsSpend['2028-01']!).toBe(80_001);
    expect(low!.report.months[0]).toBe('2027-07');
    expect(low!.report.months.at(-1)).toBe('2028-06');
    expect(scenarioDelta(base!.report, low!.report, 'profit')).toBe(low!.report.totals.profit - base!.report.totals.profit);
    expect(scenarioDelta(base!.report, low!.report, 'breakEvenMonth')).toBeNull();
  });

  it('over a period longer than a year, a scenario moves the break-even month', () => {
    const p = plan('2027-01-01', '2028-06-30');
    p.collections.forecastLines = Array.from({ length: 18 }, (_, i) => {
      const month = `${2027 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      return line(`f${i}`, null, month, 10, 10_000, 4_000);
    });
    p.fields.budget.fixedCosts = 700_000; // 60,000 contribution a month: the base breaks even in the 12th month
    p.collections.scenarios = [scenario(S1, { volumePct: -25 }), scenario(S2, { pricePct: 50 })];
    const [base, low, high] = scenarioOutcomes(p, 'Base');
    expect(base!.report.breakEven.month).toBe('2027-12');
    expect(low!.report.breakEven.month).toBe('2028-04'); // 45,000 a month: 16 months
    expect(high!.report.breakEven.month).toBe('2027-07'); // 110,000 a month: 7 months
    expect(low!.report.totals.revenue).toBe(18 * 75_000);
    expect(high!.report.totals.revenue).toBe(18 * 150_000);
  });
});
