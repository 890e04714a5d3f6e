import { z } from 'zod';
import { Language, PlanMetaShape } from '../domain';

/** A plan as the library lists it: its header and how far it has come, not its contents. */
export const PlanSummary = PlanMetaShape.pick({
  id: true,
  name: true,
  client: true,
  currency: true,
  language: true,
  periodStart: true,
  periodEnd: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
}).extend({
  /** Share of the plan's completeness checks that pass, 0 to 1. */
  progress: z.number().min(0).max(1),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/**
 * A header save's answer: the whole header (author and version are not in the summary) and the
 * progress, so the editor needs no second read of the plan after it.
 */
export const PlanHeader = PlanSummary.extend(PlanMetaShape.pick({ author: true, versionLabel: true }).shape);
export type PlanHeader = z.infer<typeof PlanHeader>;

/**
 * What a save of part of a plan answers. It leaves out progress on purpose: recomputing it
 * would re-read the whole plan on every keystroke's save, and the editor already holds the
 * plan to derive it from (shared/logic).
 */
export const PlanStamp = z.strictObject({ planId: PlanMetaShape.shape.id, updatedAt: PlanMetaShape.shape.updatedAt });
export type PlanStamp = z.infer<typeof PlanStamp>;

export const THEMES = ['system', 'light', 'dark'] as const;
export const Settings = z.strictObject({
  /** null: follow the system's language. */
  language: Language.nullable(),
  theme: z.enum(THEMES),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsPatch = Settings.partial();
export const DEFAULT_SETTINGS: Settings = { language: null, theme: 'system' };
