import { z } from 'zod';
import { Language, PlanMetaShape, VersionMeta } from '../domain';

/** A plan as the library lists it: its header and how far it has come, not its contents. */
export const PlanSummary = PlanMetaShape.pick({
  id: true,
  name: true,
  client: true,
  /** The participant, in class mode: the library shows and searches it. */
  author: true,
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
 * A header save's answer: the whole header (the version is not in the summary) and the
 * progress, so the editor needs no second read of the plan after it.
 */
export const PlanHeader = PlanSummary.extend(PlanMetaShape.pick({ versionLabel: true }).shape);
export type PlanHeader = z.infer<typeof PlanHeader>;

/**
 * What a save of part of a plan answers. It leaves out progress on purpose: recomputing it
 * would re-read the whole plan on every keystroke's save, and the editor already holds the
 * plan to derive it from (shared/logic).
 */
export const PlanStamp = z.strictObject({ planId: PlanMetaShape.shape.id, updatedAt: PlanMetaShape.shape.updatedAt });
export type PlanStamp = z.infer<typeof PlanStamp>;

/** What attaching or detaching a playbook answers: the plan's playbooks after it. */
export const PlanPlaybooks = PlanStamp.extend({ playbookIds: PlanMetaShape.shape.playbookIds.unwrap() });
export type PlanPlaybooks = z.infer<typeof PlanPlaybooks>;

export const THEMES = ['system', 'light', 'dark'] as const;
export const Settings = z.strictObject({
  /** null: follow the system's language. */
  language: Language.nullable(),
  theme: z.enum(THEMES),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsPatch = Settings.partial();
export const DEFAULT_SETTINGS: Settings = { language: null, theme: 'system' };

/** A backup's id is its file name, as the backup module makes it; nothing else is accepted. */
export const BACKUP_ID_PATTERN = /^planwright-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(daily|manual|migration|restore)\.sqlite$/;
export const BackupId = z.string().regex(BACKUP_ID_PATTERN, { message: 'must be the name of a backup' });

export const BackupInfo = z.strictObject({
  id: BackupId,
  createdAt: z.string(),
  /** Why it was made: once a day, by hand, before an upgrade of the library, before a restore. */
  reason: z.enum(['daily', 'manual', 'migration', 'restore']),
  bytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** Something about the library the user should hear of when it opens (an empty library file set aside). */
export const LibraryNotice = z.strictObject({ kind: z.literal('emptyLibrary'), movedTo: z.string() });
export type LibraryNotice = z.infer<typeof LibraryNotice>;

export const BackupsView = z.strictObject({
  backups: z.array(BackupInfo),
  /** The last automatic backup could not be made (or fewer are kept): why, in a sentence. */
  problem: z.string().nullable(),
  notice: LibraryNotice.nullable(),
});
export type BackupsView = z.infer<typeof BackupsView>;

/** A saved version as the Versions panel lists it: what it is, whose, and its size raw and as stored. */
export const VersionInfo = VersionMeta.extend({
  planId: PlanMetaShape.shape.id,
  rawBytes: z.number().int().min(0),
  storedBytes: z.number().int().min(0),
});
export type VersionInfo = z.infer<typeof VersionInfo>;
