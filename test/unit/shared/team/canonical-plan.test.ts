import { describe, expect, it } from 'vitest';
import { buildSample } from '../../../../shared/samples';
import { canonicalPlanText } from '../../../../shared/team/canonical-plan';

describe('canonicalPlanText', () => {
  const plan = buildSample('education', 'zh-CN', { now: '2027-01-05T09:00:00.000Z' });

  it('ignores the clocks and the order of keys', () => {
    const later = { ...plan, meta: { ...plan.meta, updatedAt: '2027-06-01T00:00:00.000Z', createdAt: '2020-01-01T00:00:00.000Z' } };
    const reordered = {
      collections: plan.collections,
      fields: plan.fields,
      meta: Object.fromEntries(Object.entries(plan.meta).reverse()),
    } as typeof plan;
    expect(canonicalPlanText(later)).toBe(canonicalPlanText(plan));
    expect(canonicalPlanText(reordered)).toBe(canonicalPlanText(plan));
  });

  it('changes with any content: a name, a field, a row', () => {
    const base = canonicalPlanText(plan);
    expect(canonicalPlanText({ ...plan, meta: { ...plan.meta, name: `${plan.meta.name}!` } })).not.toBe(base);
    expect(canonicalPlanText({ ...plan, fields: { ...plan.fields, budget: { ...plan.fields.budget, fixedCosts: 1 } } })).not.toBe(base);
    const [first, ...rest] = plan.collections.actions;
    expect(canonicalPlanText({ ...plan, collections: { ...plan.collections, actions: [...rest, first!] } })).not.toBe(base);
  });
});
