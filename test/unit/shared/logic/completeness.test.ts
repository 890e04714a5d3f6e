import { describe, expect, it } from 'vitest';
import { emptyCollections, emptyPlanFields, PART_KEYS, type Plan } from '../../../../shared/domain';
import { partCompleteness, planProgress } from '../../../../shared/logic';
import { fullPlan } from '../../helpers/full-plan';

function emptyPlan(): Plan {
  const p = fullPlan();
  return { ...p, fields: emptyPlanFields(), collections: emptyCollections() };
}

describe('completeness', () => {
  it('an empty plan has made no progress and every part has something to do', () => {
    const plan = emptyPlan();
    expect(planProgress(plan)).toBe(0);
    for (const part of PART_KEYS) {
      const c = partCompleteness(plan, part);
      expect(c.total, part).toBeGreaterThan(0);
      expect(c.done, part).toBe(0);
    }
  });

  it('counts what is filled in', () => {
    const plan = fullPlan();
    expect(partCompleteness(plan, 'summary')).toMatchObject({ done: 1, total: 1 });
    expect(partCompleteness(plan, 'swot').items.find((i) => i.key === 'internal')!.done).toBe(false);
    expect(partCompleteness(plan, 'actions')).toMatchObject({ done: 1, total: 1 });
    const progress = planProgress(plan);
    expect(progress).toBeGreaterThan(0.4);
    expect(progress).toBeLessThan(1);
  });
});
