import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/domain';
import { BudgetOverflowError, computeBudget } from '../../../../shared/logic';
import { cachedBudget } from '../../../../renderer/src/state/budget-cache';
import { fullPlan } from '../../helpers/full-plan';

/** A new plan object sharing every part of `plan` except what `change` replaces, as the store makes them. */
function edited(plan: Plan, change: (p: Plan) => Plan): Plan {
  return change({ ...plan, meta: { ...plan.meta }, fields: { ...plan.fields }, collections: { ...plan.collections } });
}

describe('cachedBudget', () => {
  it('equals computeBudget', () => {
    const plan = fullPlan();
    expect(cachedBudget(plan)).toEqual(computeBudget(plan));
  });

  it('reuses the report while nothing the budget reads changes (a narrative, a SWOT item, a save stamp)', () => {
    const plan = fullPlan();
    const first = cachedBudget(plan);
    const typed = edited(plan, (p) => ({
      ...p,
      meta: { ...p.meta, updatedAt: '2030-01-01T00:00:00.000Z' },
      fields: { ...p.fields, strategy: { ...p.fields.strategy, positioning: { ...p.fields.strategy.positioning, statement: 'typed' } } },
      collections: { ...p.collections, swotItems: [...p.collections.swotItems] },
    }));
    expect(cachedBudget(typed)).toBe(first);
  });

  it('recomputes when an action, a budget line, the budget fields or the period change', () => {
    const plan = fullPlan();
    const first = cachedBudget(plan);
    const [a, ...rest] = plan.collections.actions;
    const dearer = edited(plan, (p) => ({ ...p, collections: { ...p.collections, actions: [{ ...a!, cost: (a!.cost ?? 0) + 100 }, ...rest] } }));
    expect(cachedBudget(dearer).totals.marketing).toBe(first.totals.marketing + 100);

    const granted = edited(plan, (p) => ({ ...p, fields: { ...p.fields, budget: { ...p.fields.budget, marketingBudget: 1 } } }));
    expect(cachedBudget(granted).budget.granted).toBe(1);

    const other = edited(plan, (p) => ({ ...p, meta: { ...p.meta, currency: 'JPY' } }));
    expect(cachedBudget(other).currency).toBe('JPY');
    // The first inputs are still known.
    expect(cachedBudget(plan)).toBe(first);
  });

  it('throws BudgetOverflowError for too-large sums, every time it is asked', () => {
    const plan = fullPlan();
    plan.collections.forecastLines = [
      { id: 'f1', productId: null, label: 'Line', month: '2027-01', units: 1e12, unitPrice: 10_000_000_000_000, unitCost: 0 },
    ];
    expect(() => cachedBudget(plan)).toThrow(BudgetOverflowError);
    expect(() => cachedBudget(plan)).toThrow(/too large/);
  });
});
