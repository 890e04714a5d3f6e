import { planFileName, serializePlanFile } from '../../../shared/file-format';
import type { PlanStore } from '../storage/plan-store';
import type { VersionStore } from '../storage/version-store';

export type ExportedPlanFile = { fileName: string; content: string };

/**
 * A stored plan as the text of a `.mplan` file, with a file name made from the plan's name. Its
 * saved versions go in only when asked for (`versions`): a client gets the plan, not its history.
 */
export function exportPlanFile(
  store: PlanStore,
  planId: string,
  options: { appVersion: string; now: string; versions?: VersionStore },
): ExportedPlanFile {
  const plan = store.get(planId);
  const versions = options.versions?.withPlans(planId);
  return {
    fileName: planFileName(plan.meta.name),
    content: serializePlanFile(plan, {
      app: { name: 'Planwright', version: options.appVersion },
      exportedAt: options.now,
      ...(versions ? { versions } : {}),
    }),
  };
}
