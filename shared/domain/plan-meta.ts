import { message } from './messages';
import { z } from 'zod';
import { CurrencyCode, Id, IsoDate, Language, LIMITS, RequiredName, ShortText, Timestamp } from './primitives';

/** A playbook's stable id (kebab-case). */
export const PlaybookId = z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, { message: message('playbookId') });

export const PlanMetaShape = z.strictObject({
  id: Id,
  name: RequiredName,
  client: ShortText,
  author: ShortText,
  /** The plan's own version label, printed on the report's cover ("1.0", "Draft 3"). */
  versionLabel: ShortText,
  currency: CurrencyCode,
  language: Language,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Set while the plan is in the trash. */
  deletedAt: Timestamp.nullable(),
  /**
   * The method playbooks the plan follows (shared/playbooks), in the order they were attached.
   * Files written before playbooks existed have none. An id the app does not know is kept, not
   * refused, so a plan that follows a trainer's own playbook still opens.
   */
  playbookIds: z
    .array(PlaybookId)
    .max(LIMITS.playbooks)
    .refine((ids) => new Set(ids).size === ids.length, { message: message('playbookTwice') })
    .default([]),
});

export const periodOrder = {
  check: (m: { periodStart: string; periodEnd: string }) => m.periodEnd >= m.periodStart,
  message: message('beforeStart'),
  path: ['periodEnd'],
};

export const PlanMeta = PlanMetaShape.refine(periodOrder.check, { message: periodOrder.message, path: periodOrder.path });
export type PlanMeta = z.infer<typeof PlanMeta>;

/** What a user gives to make a new plan; the rest is filled in. */
export const NewPlanInput = PlanMetaShape.pick({
  name: true,
  client: true,
  currency: true,
  language: true,
  periodStart: true,
  periodEnd: true,
})
  .extend({ author: ShortText.optional() })
  .refine(periodOrder.check, { message: periodOrder.message, path: periodOrder.path });
export type NewPlanInput = z.infer<typeof NewPlanInput>;

/** The editable header of a plan: every field optional, the period still ordered. */
export const PlanMetaPatch = PlanMetaShape.pick({
  name: true,
  client: true,
  author: true,
  versionLabel: true,
  currency: true,
  language: true,
  periodStart: true,
  periodEnd: true,
})
  .partial()
  .refine((p) => p.periodStart === undefined || p.periodEnd === undefined || p.periodEnd >= p.periodStart, {
    message: periodOrder.message,
    path: periodOrder.path,
  });
export type PlanMetaPatch = z.infer<typeof PlanMetaPatch>;
