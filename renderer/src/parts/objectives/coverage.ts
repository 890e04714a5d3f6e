import type { PlanCollections } from '../../../../shared/domain';

/** How many live actions serve an objective and how many KPIs measure it. */
export type Coverage = { actions: number; kpis: number };

const NONE: Coverage = { actions: 0, kpis: 0 };

/**
 * Counts per objective id, as the plan's health counts them: cancelled actions serve nothing.
 * An action that lists an objective twice still counts once.
 */
export function objectiveCoverage(collections: Pick<PlanCollections, 'actions' | 'kpis'>): Map<string, Coverage> {
  const out = new Map<string, Coverage>();
  const entry = (id: string) => {
    let c = out.get(id);
    if (!c) out.set(id, (c = { ...NONE }));
    return c;
  };
  for (const action of collections.actions) {
    if (action.status === 'cancelled') continue;
    for (const id of new Set(action.objectiveIds)) entry(id).actions++;
  }
  for (const kpi of collections.kpis) if (kpi.objectiveId) entry(kpi.objectiveId).kpis++;
  return out;
}

export function coverageOf(coverage: ReadonlyMap<string, Coverage>, objectiveId: string): Coverage {
  return coverage.get(objectiveId) ?? NONE;
}

/** The objectives no action serves and those no KPI measures. */
export function coverageGaps(objectives: readonly { id: string }[], coverage: ReadonlyMap<string, Coverage>): { noAction: number; noKpi: number } {
  let noAction = 0;
  let noKpi = 0;
  for (const o of objectives) {
    const c = coverageOf(coverage, o.id);
    if (c.actions === 0) noAction++;
    if (c.kpis === 0) noKpi++;
  }
  return { noAction, noKpi };
}
