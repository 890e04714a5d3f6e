import { planFileName, serializePlanFile } from '../../../shared/file-format';
import type { PlanStore } from '../storage/plan-store';

export type ExportedPlanFile = { fileName: string; content: string };

/** A stored plan as the text of a `.mplan` file, with a file name made from the plan's name. */
export function exportPlanFile(store: PlanStore, planId: string, options: { appVersion: string; now: string }): ExportedPlanFile {
  const plan = store.get(planId);
  return {
    fileName: planFileName(plan.meta.name),
    content: serializePlanFile(plan, { app: { name: 'Planwright', version: options.appVersion }, exportedAt: options.now }),
  };
}
