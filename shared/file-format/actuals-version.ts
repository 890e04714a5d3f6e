import type { Plan, VersionWithPlan } from '../domain';

/*
 * What came after format version 2 (format version 3): scenarios, plan versus actual, and KPIs
 * whose targets are linked to the forecast. A file that uses none of them is written without
 * their keys, exactly as before, so an older app still reads it; a file that uses any says
 * version 3. A reader takes a file without the lists' keys as empty lists.
 */

export const ACTUALS_COLLECTIONS = ['actualSales', 'actualSpend', 'actionResults'] as const;
/** The lists added with format version 3: the actuals, and the scenarios with their overrides. */
export const LATER_COLLECTIONS = ['scenarios', 'scenarioOverrides', ...ACTUALS_COLLECTIONS] as const;

/** Whether a plan uses anything of format version 3: a row of its later lists, or a linked KPI. */
export function holdsActuals(plan: Pick<Plan, 'collections'>): boolean {
  return (
    LATER_COLLECTIONS.some((name) => plan.collections[name].length > 0) ||
    plan.collections.kpis.some((k) => (k.targetsFrom ?? null) !== null || (k.targetsProductId ?? null) !== null)
  );
}

/** The plan as the file writes it: an empty later list is left out (read back as empty). */
export function withoutEmptyActuals<P extends Pick<Plan, 'collections'>>(plan: P): P {
  const collections: Record<string, unknown> = { ...plan.collections };
  for (const name of LATER_COLLECTIONS) if (plan.collections[name].length === 0) delete collections[name];
  return { ...plan, collections } as P;
}

/** Whether the file's plan or any of its saved versions uses anything of format version 3. */
export function fileHoldsActuals(plan: Pick<Plan, 'collections'>, versions: readonly VersionWithPlan[] | undefined): boolean {
  return holdsActuals(plan) || (versions ?? []).some((v) => holdsActuals(v.plan));
}
