import { describe, expect, it } from 'vitest';
import { coverageGaps, coverageOf, objectiveCoverage } from '../../../../../renderer/src/parts/objectives/coverage';
import type { Action, Kpi } from '../../../../../shared/domain';

const action = (id: string, objectiveIds: string[], status: Action['status'] = 'planned'): Action => ({
  id,
  title: id,
  start: null,
  end: null,
  owner: '',
  cost: null,
  objectiveIds,
  mixElement: null,
  status,
  dependsOn: [],
});
const kpi = (id: string, objectiveId: string | null) => ({ id, objectiveId }) as unknown as Kpi;

describe('objectiveCoverage', () => {
  const coverage = objectiveCoverage({
    actions: [action('a1', ['o1', 'o2']), action('a2', ['o1', 'o1']), action('a3', ['o3'], 'cancelled'), action('a4', ['o3'], 'done')],
    kpis: [kpi('k1', 'o1'), kpi('k2', 'o1'), kpi('k3', null), kpi('k4', 'o2')],
  });

  it('counts the live actions serving and the KPIs measuring each objective', () => {
    expect(coverageOf(coverage, 'o1')).toEqual({ actions: 2, kpis: 2 });
    expect(coverageOf(coverage, 'o2')).toEqual({ actions: 1, kpis: 1 });
    // A cancelled action serves nothing; a done one still counts.
    expect(coverageOf(coverage, 'o3')).toEqual({ actions: 1, kpis: 0 });
    expect(coverageOf(coverage, 'o4')).toEqual({ actions: 0, kpis: 0 });
  });

  it('counts the objectives left without an action or a KPI', () => {
    expect(coverageGaps([{ id: 'o1' }, { id: 'o2' }, { id: 'o3' }, { id: 'o4' }], coverage)).toEqual({ noAction: 1, noKpi: 2 });
    expect(coverageGaps([], coverage)).toEqual({ noAction: 0, noKpi: 0 });
  });
});
