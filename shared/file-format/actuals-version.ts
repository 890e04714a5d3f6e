import type { Plan, VersionWithPlan } from '../domain';

/*
 * Plan versus actual in the file (format version 3). The three lists of actuals came after
 * version 2: a file that holds none of them is written without their keys, exactly as before, so
 * an older app still reads it; a file that holds any row of them says version 3. A reader takes
 * a file without the keys as empty lists.
 */

export const ACTUALS_COLLECTIONS = ['actualSales', 'actualSpend', 'actionResults'] as const;

/** Whether a plan holds any actual (a row of the three lists). */
export function holdsActuals(plan: Pick<Plan, 'collections'>): boolean {
  return ACTUALS_COLLECTIONS.some((name) => plan.collections[name].length > 0);
}

/** The plan as the file writes it: an empty list of actuals is left out (read back as empty). */
export function withoutEmptyActuals<P extends Pick<Plan, 'collections'>>(plan: P): P {
  const collections: Record<string, unknown> = { ...plan.collections };
  for (const name of ACTUALS_COLLECTIONS) if (plan.collections[name].length === 0) delete collections[name];
  return { ...plan, collections } as P;
}

/** Whether the file's plan or any of its saved versions holds actuals. */
export function fileHoldsActuals(plan: Pick<Plan, 'collections'>, versions: readonly VersionWithPlan[] | undefined): boolean {
  return holdsActuals(plan) || (versions ?? []).some((v) => holdsActuals(v.plan));
}
