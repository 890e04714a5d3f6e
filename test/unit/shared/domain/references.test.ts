import { describe, expect, it } from 'vitest';
import { findReferenceProblems, referencesTo } from '../../../../shared/domain';
import { fullPlan } from '../../helpers/full-plan';

describe('references', () => {
  it('finds no problem in a consistent plan', () => {
    expect(findReferenceProblems(fullPlan())).toEqual([]);
  });

  it('names the path of every link to a missing row and of every id used twice', () => {
    const plan = fullPlan();
    plan.collections.actions[1]!.objectiveIds = [crypto.randomUUID()];
    plan.collections.kpis[0]!.objectiveId = crypto.randomUUID();
    plan.collections.swotItems[0]!.evidence = { kind: 'segment', id: crypto.randomUUID() };
    plan.collections.budgetLines[0]!.id = plan.collections.segments[0]!.id;
    plan.collections.actualSpend[1]!.budgetLineId = plan.collections.segments[0]!.id;
    expect(findReferenceProblems(plan)).toEqual([
      { path: 'collections.budgetLines[0].id', message: 'this id is used twice' },
      { path: 'collections.swotItems[0].evidence.id', message: 'links to a missing row of segments' },
      { path: 'collections.actions[1].objectiveIds[0]', message: 'links to a missing row of objectives' },
      { path: 'collections.kpis[0].objectiveId', message: 'links to a missing row of objectives' },
    ]);
  });

  it('lists what points at a row', () => {
    const plan = fullPlan();
    const objectiveId = plan.collections.objectives[0]!.id;
    expect(
      referencesTo(plan, 'objectives', objectiveId)
        .map((r) => `${r.collection}.${r.field}`)
        .sort(),
    ).toEqual(['actions.objectiveIds', 'actions.objectiveIds', 'issues.objectiveIds', 'kpis.objectiveId']);
  });
});
