import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, findReferenceProblems } from '../../../../shared/domain';
import { remapPlanIds } from '../../../../shared/logic';
import { fullPlan } from '../../helpers/full-plan';

describe('remapPlanIds', () => {
  it('gives every row a new id and keeps every link pointing at the copied row', () => {
    const plan = fullPlan();
    const copy = remapPlanIds(plan);
    const oldIds = new Set(COLLECTION_NAMES.flatMap((n) => plan.collections[n].map((r) => r.id)));
    for (const n of COLLECTION_NAMES) for (const row of copy.collections[n]) expect(oldIds.has(row.id)).toBe(false);
    expect(copy.meta.id).not.toBe(plan.meta.id);
    expect(findReferenceProblems(copy)).toEqual([]);
    const [first, second] = copy.collections.actions;
    expect(second!.dependsOn).toEqual([first!.id]);
    expect(copy.collections.towsStrategies[0]!.swotItemIds).toEqual(copy.collections.swotItems.map((s) => s.id));
    expect(copy.collections.swotItems[0]!.evidence!.id).toBe(copy.collections.competitors[0]!.id);
  });

  it('leaves the original untouched', () => {
    const plan = fullPlan();
    const before = JSON.stringify(plan);
    remapPlanIds(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });
});
