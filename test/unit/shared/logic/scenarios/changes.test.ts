import { describe, expect, it } from 'vitest';
import { scenarioChanges } from '../../../../../shared/logic/scenarios';
import { fullPlan } from '../../../helpers/full-plan';

describe('scenarioChanges', () => {
  it('lists the scenario’s non-zero percentages, then each override’s on its named line', () => {
    const plan = fullPlan();
    const scenario = plan.collections.scenarios[0]!;
    const product = plan.collections.products[0]!;
    expect(scenarioChanges(plan, scenario)).toEqual([
      { lever: 'volume', pct: -10, line: null },
      { lever: 'unitCost', pct: 5, line: null },
      { lever: 'volume', pct: -20, line: { kind: 'product', id: product.id, name: 'Weekend maths class' } },
    ]);
  });

  it('leaves out what changes nothing: a lever the line has not, and an override naming no line', () => {
    const plan = fullPlan();
    const scenario = plan.collections.scenarios[0]!;
    const product = plan.collections.products[0]!;
    plan.collections.scenarioOverrides = [
      { ...plan.collections.scenarioOverrides[0]!, volumePct: null, spendPct: 20, pricePct: 3 },
      { ...plan.collections.scenarioOverrides[0]!, id: 'x', productId: null, volumePct: 80 },
    ];
    expect(scenarioChanges(plan, scenario).filter((c) => c.line !== null)).toEqual([
      { lever: 'price', pct: 3, line: { kind: 'product', id: product.id, name: product.name } },
    ]);
  });
});
