import { z } from 'zod';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  Id,
  NewPlanInput,
  Plan,
  PlanFields,
  PlanMetaPatch,
  PlaybookId,
  RequiredName,
  ShortText,
  FIELDS_PART_KEYS,
  type CollectionName,
} from '../domain';
import { BackupId, BackupInfo, BackupsView, PlanHeader, PlanPlaybooks, PlanStamp, PlanSummary, Settings, SettingsPatch } from './views';
import { message } from '../domain/messages';
import { findPlaybook } from '../playbooks';
import { REPORT_FORMATS, ReportOptions } from '../report/options';
import { Language } from '../domain/primitives';
import { SAMPLE_NAMES } from '../samples/names';

const KnownPlaybookId = PlaybookId.refine((id) => findPlaybook(id) !== undefined, { message: message('playbookUnknown') });

/**
 * The one list of what the UI may ask of the Node side. Electron's IPC and the browser-mode
 * bridge both carry exactly these commands, and the Node side validates every request against
 * the schema here before it touches storage.
 */

const PlanRef = z.strictObject({ planId: Id });

const fieldsRequests = FIELDS_PART_KEYS.map((part) => z.strictObject({ planId: Id, part: z.literal(part), fields: PlanFields.shape[part] }));

function rowUpsertRequest<C extends CollectionName>(collection: C) {
  // `index` places a new row among the others (default: last), so a row inserted mid-table is
  // one command; a row already stored keeps its place (rows.move moves it).
  return z.strictObject({
    planId: Id,
    collection: z.literal(collection),
    row: COLLECTIONS[collection].row,
    index: z.number().int().min(0).optional(),
  });
}
const rowUpsertRequests = COLLECTION_NAMES.map(rowUpsertRequest);

const CollectionNameSchema = z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]);

export const commands = {
  'app.info': {
    request: z.strictObject({}),
    response: z.object({ version: z.string(), dataDir: z.string(), mode: z.enum(['electron', 'browser', 'test']) }),
  },
  'settings.get': { request: z.strictObject({}), response: Settings },
  'settings.set': { request: SettingsPatch, response: Settings },

  'plans.list': {
    request: z.strictObject({ query: ShortText.optional(), trashed: z.boolean().optional() }),
    response: z.array(PlanSummary),
  },
  'plans.create': { request: NewPlanInput, response: PlanSummary },
  'plans.get': { request: PlanRef, response: Plan },
  'plans.updateMeta': { request: z.strictObject({ planId: Id, patch: PlanMetaPatch }), response: PlanHeader },
  // Only playbooks the app ships can be attached (a file may carry others; they are kept, not shown).
  'plans.attachPlaybook': { request: z.strictObject({ planId: Id, playbookId: KnownPlaybookId }), response: PlanPlaybooks },
  'plans.detachPlaybook': { request: z.strictObject({ planId: Id, playbookId: PlaybookId }), response: PlanPlaybooks },
  'plans.rename': { request: z.strictObject({ planId: Id, name: RequiredName }), response: PlanSummary },
  'plans.duplicate': { request: z.strictObject({ planId: Id, name: RequiredName.optional() }), response: PlanSummary },
  'plans.trash': { request: PlanRef, response: PlanSummary },
  'plans.restore': { request: PlanRef, response: PlanSummary },
  'plans.deletePermanently': { request: PlanRef, response: z.strictObject({ planId: Id }) },
  'plans.emptyTrash': { request: z.strictObject({}), response: z.strictObject({ deleted: z.number().int() }) },
  // Titles and descriptions are i18n keys: the renderer shows them in the UI's language.
  'samples.list': {
    request: z.strictObject({}),
    response: z.array(z.strictObject({ name: z.enum(SAMPLE_NAMES), title: z.string(), description: z.string() })),
  },
  'plans.createFromSample': { request: z.strictObject({ sample: z.enum(SAMPLE_NAMES), language: Language }), response: PlanSummary },
  'plans.exportFile': { request: PlanRef, response: z.strictObject({ fileName: z.string(), content: z.string() }) },
  // The file's text is checked by shared/file-format (size first), which names every problem by its path.
  'plans.importFile': {
    request: z.strictObject({ content: z.string() }),
    response: z.strictObject({ summary: PlanSummary, reIded: z.boolean(), renamed: z.boolean() }),
  },

  // The client report: options remembered per plan, and the file itself (base64: Word and PDF are binary).
  'report.getOptions': { request: PlanRef, response: ReportOptions },
  'report.setOptions': { request: z.strictObject({ planId: Id, options: ReportOptions }), response: ReportOptions },
  'report.export': {
    request: z.strictObject({ planId: Id, format: z.enum(REPORT_FORMATS), options: ReportOptions }),
    // pageNumbers: where a Word file's contents page numbers came from (LibreOffice's layout, or an estimate without it).
    response: z.strictObject({
      fileName: z.string(),
      mime: z.string(),
      base64: z.string(),
      pageNumbers: z.enum(['laidOut', 'estimated']).optional(),
    }),
  },

  'fields.set': {
    request: z.discriminatedUnion('part', fieldsRequests as unknown as [(typeof fieldsRequests)[number], ...(typeof fieldsRequests)[number][]]),
    response: PlanStamp,
  },
  'rows.upsert': {
    request: z.discriminatedUnion(
      'collection',
      rowUpsertRequests as unknown as [(typeof rowUpsertRequests)[number], ...(typeof rowUpsertRequests)[number][]],
    ),
    response: PlanStamp,
  },
  'rows.delete': {
    request: z.strictObject({ planId: Id, collection: CollectionNameSchema, id: Id }),
    response: PlanStamp,
  },
  // Backups of the whole library (electron/core/backup): list, make one now, look inside one,
  // restore the whole library or one plan from it.
  'backups.list': { request: z.strictObject({}), response: BackupsView },
  'backups.create': { request: z.strictObject({}), response: BackupInfo },
  'backups.plans': { request: z.strictObject({ backupId: BackupId }), response: z.array(PlanSummary) },
  'backups.restorePlan': {
    request: z.strictObject({ backupId: BackupId, planId: Id }),
    response: z.strictObject({ summary: PlanSummary, reIded: z.boolean(), renamed: z.boolean() }),
  },
  'backups.restoreLibrary': {
    request: z.strictObject({ backupId: BackupId }),
    response: z.strictObject({ safetyBackup: BackupInfo }),
  },
  'backups.dismissNotice': { request: z.strictObject({}), response: z.strictObject({}) },
  'rows.move': {
    request: z.strictObject({ planId: Id, collection: CollectionNameSchema, id: Id, toIndex: z.number().int().min(0) }),
    response: PlanStamp,
  },
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export const COMMAND_NAMES = Object.keys(commands) as CommandName[];
export type CommandRequest<N extends CommandName> = z.input<Commands[N]['request']>;
export type CommandResponse<N extends CommandName> = z.output<Commands[N]['response']>;

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(commands, value);
}

export { CHANNEL_PREFIX, INVOKE_CHANNEL, MENU_CHANNEL } from './channels';
