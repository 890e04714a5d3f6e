import { z } from 'zod';
import { MAX_VERSIONS_PER_PLAN, Plan, ShortText, Timestamp, VersionWithPlan } from '../domain';
import { fileHoldsActuals } from './actuals-version';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, PLAN_FILE_VERSION_WITH_ACTUALS, PLAN_FILE_VERSION_WITH_VERSIONS } from './format';
import { fileMessage } from './messages';
import { CustomerList } from '../domain/customer-list';

/** Which app wrote the file; informative only, never used to decide how to read it. */
export const PlanFileApp = z.strictObject({
  name: ShortText.min(1),
  version: ShortText.min(1),
});

/**
 * A whole `.mplan` file. The plan inside is exactly the app's own Plan schema, so a file is
 * checked by the same rules as every save, and the JSON Schema in docs/ follows from it.
 */
export const PlanFileShape = z.strictObject({
  format: z.literal(PLAN_FILE_FORMAT),
  version: z.union([z.literal(PLAN_FILE_VERSION), z.literal(PLAN_FILE_VERSION_WITH_VERSIONS), z.literal(PLAN_FILE_VERSION_WITH_ACTUALS)]),
  exportedAt: Timestamp,
  app: PlanFileApp,
  plan: Plan,
  /**
   * The plan's saved versions, oldest first, each with the whole plan as it was; written only
   * when the user asks for them. A file without it is exactly a file of the first format.
   */
  versions: z.array(VersionWithPlan).max(MAX_VERSIONS_PER_PLAN).optional(),
  /**
   * The customer list kept in the plan (RFM tiering), only when the planner chose to keep it;
   * a file without it is read as before.
   */
  customerList: CustomerList.optional(),
});

export const PlanFile = PlanFileShape.superRefine((file, ctx) => {
  if (file.versions !== undefined && file.version === PLAN_FILE_VERSION) {
    ctx.addIssue({ code: 'custom', path: ['versions'], message: fileMessage('versionsNeedV2'), input: file.versions });
  }
  if (file.version !== PLAN_FILE_VERSION_WITH_ACTUALS && (fileHoldsActuals(file.plan, file.versions) || file.customerList !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['version'], message: fileMessage('actualsNeedV3', { version: file.version }), input: file.version });
  }
});

export type PlanFile = z.infer<typeof PlanFile>;
