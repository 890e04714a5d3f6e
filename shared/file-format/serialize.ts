import type { Plan, VersionWithPlan } from '../domain';
import type { CustomerList } from '../domain/customer-list';
import { fileHoldsActuals, withoutEmptyActuals } from './actuals-version';
import { PLAN_FILE_EXTENSION, PLAN_FILE_FORMAT, PLAN_FILE_VERSION, PLAN_FILE_VERSION_WITH_ACTUALS, PLAN_FILE_VERSION_WITH_VERSIONS } from './format';
import type { PlanFile } from './schema';
import { UNSAFE_FILE_NAME_RUNS } from '../file-name';

/**
 * The text of a `.mplan` file. Indented, with keys in a fixed order, so two exports of the same
 * plan differ only where the plan does and a file reads well in a diff or an editor.
 */
export function serializePlanFile(
  plan: Plan,
  options: { app: { name: string; version: string }; exportedAt: string; versions?: VersionWithPlan[]; customerList?: CustomerList },
): string {
  const file: PlanFile = {
    format: PLAN_FILE_FORMAT,
    // A kept customer list came with version 3 too (an older app would refuse its key).
    version:
      fileHoldsActuals(plan, options.versions) || options.customerList
        ? PLAN_FILE_VERSION_WITH_ACTUALS
        : options.versions
          ? PLAN_FILE_VERSION_WITH_VERSIONS
          : PLAN_FILE_VERSION,
    exportedAt: options.exportedAt,
    app: { name: options.app.name, version: options.app.version },
    // Without actuals, no keys for them: the file is exactly what an older reader reads.
    plan: withoutEmptyActuals(plan),
    // Only when asked for: without versions a file is exactly what an older reader reads.
    ...(options.versions ? { versions: options.versions.map((v) => ({ ...v, plan: withoutEmptyActuals(v.plan) })) } : {}),
    // Only when the planner kept one: client data leaves the app in a file only by that choice.
    ...(options.customerList ? { customerList: options.customerList } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for a plan: its name with unsafe characters replaced, never empty, never hidden. */
export function planFileName(planName: string): string {
  const base = planName
    .replace(UNSAFE_FILE_NAME_RUNS, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  // 150 code points leaves room for the extension and for " (2)" a system may add.
  const short = Array.from(base).slice(0, 150).join('').trim();
  return `${short || 'plan'}.${PLAN_FILE_EXTENSION}`;
}
