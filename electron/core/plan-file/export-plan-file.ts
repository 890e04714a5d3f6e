import { planFileName, serializePlanFile } from '../../../shared/file-format';
import type { PlanStore } from '../storage/plan-store';
import type { VersionStore } from '../storage/version-store';
import type { CustomerListStore } from '../storage/customer-lists';

export type ExportedPlanFile = { fileName: string; content: string };

/**
 * A stored plan as the text of a `.mplan` file, with a file name made from the plan's name. Its
 * saved versions go in only when asked for (`versions`): a client gets the plan, not its history.
 * A customer list goes in when the plan keeps one (the planner chose to keep it).
 */
export function exportPlanFile(
  store: PlanStore,
  planId: string,
  options: { appVersion: string; now: string; versions?: VersionStore; customerLists?: CustomerListStore },
): ExportedPlanFile {
  const plan = store.get(planId);
  const versions = options.versions?.withPlans(planId);
  const customerList = options.customerLists?.get(planId) ?? null;
  return {
    fileName: planFileName(plan.meta.name),
    content: serializePlanFile(plan, {
      app: { name: 'Planwright', version: options.appVersion },
      exportedAt: options.now,
      ...(versions ? { versions } : {}),
      ...(customerList ? { customerList } : {}),
    }),
  };
}
