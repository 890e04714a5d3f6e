import { z } from 'zod';
import { CurrencyCode, Id, IsoDate, Language, Timestamp } from '../domain';

/** A plan as the library lists it: its header and how far it has come, not its contents. */
export const PlanSummary = z.object({
  id: Id,
  name: z.string(),
  client: z.string(),
  currency: CurrencyCode,
  language: Language,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
  /** Share of the plan's completeness checks that pass, 0 to 1. */
  progress: z.number().min(0).max(1),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const THEMES = ['system', 'light', 'dark'] as const;
export const Settings = z.strictObject({
  /** null: follow the system's language. */
  language: Language.nullable(),
  theme: z.enum(THEMES),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsPatch = Settings.partial();
export const DEFAULT_SETTINGS: Settings = { language: null, theme: 'system' };
