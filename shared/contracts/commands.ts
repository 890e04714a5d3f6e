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
  Text,
  FIELDS_PART_KEYS,
  type CollectionName,
} from '../domain';
import { BackupId, BackupInfo, BackupsView, PlanHeader, PlanPlaybooks, PlanStamp, PlanSummary, Settings, SettingsPatch, VersionInfo } from './views';
import { message } from '../domain/messages';
import { findPlaybook } from '../playbooks';
import { REPORT_FORMATS, ReportOptions } from '../report/options';
import { Language } from '../domain/primitives';
import { SAMPLE_NAMES } from '../samples/names';
import { ClassBoardView, ClassSummary } from './class-views';
import { BOARD_COLUMNS } from '../class-board/columns';
import { BOARD_FORMATS } from '../class-board/formats';
import { IsoDate } from '../domain/primitives';
import { PART_KEYS } from '../domain/parts';
import { base64Length, LIMITS, MAX_SHEET_FILE_BYTES } from '../limits';
import { IMPORT_TABLES, type ImportTable } from '../sheets/import-tables';
import { fitsTable, RememberedColumns } from '../sheets/column-memory';
import { CustomerList, CustomerListSettings, KeptCustomers } from '../domain/customer-list';
import { TeamConnection } from '../team/connection';
import {
  TeamLinkView,
  TeamListing,
  TeamPlanHead,
  TeamServerInfo,
  TeamSettingsView,
  TeamSyncOutcome,
  TeamSyncReport,
  TeamVersionInfo,
} from '../team/views';

const KnownPlaybookId = PlaybookId.refine((id) => findPlaybook(id) !== undefined, { message: message('playbookUnknown') });

/**
 * The one list of what the UI may ask of the Node side. Electron's IPC and the browser-mode
 * bridge both carry exactly these commands, and the Node side validates every request against
 * the schema here before it touches storage.
 */

const PlanRef = z.strictObject({ planId: Id });
const VersionRef = z.strictObject({ versionId: Id });

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

// Many rows of any lists in one transaction (a spreadsheet's rows): all are written, or none.
const anyRowRequests = COLLECTION_NAMES.map((collection) => z.strictObject({ collection: z.literal(collection), row: COLLECTIONS[collection].row }));
const AnyRow = z.discriminatedUnion(
  'collection',
  anyRowRequests as unknown as [(typeof anyRowRequests)[number], ...(typeof anyRowRequests)[number][]],
);

/** A spreadsheet's cell as read: text, a number, a date cell's day, or empty (shared/sheets/import-rows InCell). */
const SheetCell = z.union([z.string(), z.number(), z.strictObject({ date: z.string() }), z.null()]);
const ImportTableName = z.enum(IMPORT_TABLES as [ImportTable, ...ImportTable[]]);

/** A team library password: kept apart from the settings (keychain or memory), never sent back. */
const TeamPassword = z.string().min(1).max(1000);

const CollectionNameSchema = z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]);

export const commands = {
  'app.info': {
    request: z.strictObject({}),
    response: z.object({ version: z.string(), dataDir: z.string(), mode: z.enum(['electron', 'browser', 'test']) }),
  },
  'settings.get': { request: z.strictObject({}), response: Settings },
  'settings.set': { request: SettingsPatch, response: Settings },

  'plans.list': {
    request: z.strictObject({ query: ShortText.optional(), trashed: z.boolean().optional(), classId: Id.optional() }),
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
  // withVersions: the plan's saved versions go into the file too (only when the user asks).
  'plans.exportFile': {
    request: z.strictObject({ planId: Id, withVersions: z.boolean().optional() }),
    response: z.strictObject({ fileName: z.string(), content: z.string() }),
  },
  // The file's text is checked by shared/file-format (size first), which names every problem by its path.
  // A class import names the participant (the plan's author, as edited) and the class the plan joins.
  'plans.importFile': {
    request: z.strictObject({ content: z.string(), author: ShortText.optional(), classId: Id.optional() }),
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
  'rows.upsertMany': {
    request: z.strictObject({ planId: Id, rows: z.array(AnyRow).min(1).max(LIMITS.listRows) }),
    response: PlanStamp,
  },
  // A spreadsheet the user chose (.xlsx or CSV, known by its bytes), read into its sheets' cells
  // (electron/core/sheets-import); nothing is stored. Its bytes come as base64, within the limit.
  'sheets.read': {
    request: z.strictObject({
      fileName: ShortText,
      base64: z
        .string()
        .max(base64Length(MAX_SHEET_FILE_BYTES))
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' }),
    }),
    response: z.strictObject({ sheets: z.array(z.strictObject({ name: z.string(), rows: z.array(z.array(SheetCell)) })) }),
  },
  // How a plan's table last mapped a spreadsheet's columns (header → field), remembered per plan and table.
  'sheets.getColumns': { request: z.strictObject({ planId: Id, table: ImportTableName }), response: RememberedColumns },
  'sheets.setColumns': {
    request: z
      .strictObject({ planId: Id, table: ImportTableName, columns: RememberedColumns })
      .refine((r) => fitsTable(r.columns, r.table), { message: 'names a field this table does not take', path: ['columns'] }),
    response: RememberedColumns,
  },
  // A customer list kept in a plan (the RFM dialog's "keep", off by default): at most one a plan,
  // with the tiering settings used. Removing it leaves the tiers made from it.
  'customerList.get': { request: PlanRef, response: CustomerList.nullable() },
  'customerList.set': {
    request: z.strictObject({ planId: Id, customers: KeptCustomers, settings: CustomerListSettings }),
    response: CustomerList,
  },
  'customerList.remove': { request: PlanRef, response: z.strictObject({ planId: Id, removed: z.boolean() }) },
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
  // Saved versions of a plan (electron/core/storage/version-store.ts). A restore first saves the
  // plan as it is as an automatic version, so it can be undone; `cause` marks the automatic
  // version the renderer asks for before a bulk paste.
  'versions.list': { request: PlanRef, response: z.array(VersionInfo) },
  'versions.save': { request: z.strictObject({ planId: Id, name: RequiredName, note: Text }), response: VersionInfo },
  'versions.saveAuto': { request: z.strictObject({ planId: Id, cause: z.literal('paste') }), response: VersionInfo },
  'versions.get': { request: VersionRef, response: z.strictObject({ info: VersionInfo, plan: Plan }) },
  'versions.restore': { request: VersionRef, response: z.strictObject({ plan: Plan, autoVersion: VersionInfo }) },
  'versions.delete': { request: VersionRef, response: z.strictObject({ versionId: Id }) },
  'versions.duplicateAsPlan': { request: z.strictObject({ versionId: Id, name: RequiredName.optional() }), response: PlanSummary },
  // Classes (class mode): named sets of plans, and the board of one class, derived on each ask.
  'classes.list': { request: z.strictObject({}), response: z.array(ClassSummary) },
  'classes.create': {
    request: z.strictObject({ name: RequiredName, planIds: z.array(Id).max(LIMITS.classPlans).optional() }),
    response: ClassSummary,
  },
  'classes.rename': { request: z.strictObject({ classId: Id, name: RequiredName }), response: ClassSummary },
  'classes.delete': { request: z.strictObject({ classId: Id }), response: z.strictObject({ classId: Id }) },
  'classes.addPlans': { request: z.strictObject({ classId: Id, planIds: z.array(Id).min(1).max(LIMITS.classPlans) }), response: ClassSummary },
  'classes.removePlans': { request: z.strictObject({ classId: Id, planIds: z.array(Id).min(1).max(LIMITS.classPlans) }), response: ClassSummary },
  // today (YYYY-MM-DD, the reader's): past KPI periods count as due, as in the health panel.
  'classes.board': { request: z.strictObject({ classId: Id, today: IsoDate.optional() }), response: ClassBoardView },
  'classes.exportBoard': {
    request: z.strictObject({
      classId: Id,
      format: z.enum(BOARD_FORMATS),
      language: Language,
      today: IsoDate.optional(),
      column: z.enum(BOARD_COLUMNS).optional(),
      direction: z.enum(['asc', 'desc']).optional(),
    }),
    response: z.strictObject({ fileName: z.string(), mime: z.string(), base64: z.string() }),
  },
  // One part of 2 to 4 participants' plans, condensed side by side (shared/class-board part-digest).
  'classes.compare': {
    request: z.strictObject({ classId: Id, planIds: z.array(Id).min(2).max(4), part: z.enum(PART_KEYS), language: Language }),
    response: z.array(
      z.strictObject({
        planId: Id,
        name: z.string(),
        author: z.string(),
        digest: z.array(z.strictObject({ heading: z.string(), lines: z.array(z.string()) })),
      }),
    ),
  },
  'rows.move': {
    request: z.strictObject({ planId: Id, collection: CollectionNameSchema, id: Id, toIndex: z.number().int().min(0) }),
    response: PlanStamp,
  },
  // The team library (electron/core/team, docs/team.md): a PostgreSQL server the team runs. The
  // local plan stays the working copy; these publish it, pull others', and keep them in step.
  // The settings hold no password: `password` goes to the keychain (desktop) or the session.
  'team.getSettings': { request: z.strictObject({}), response: TeamSettingsView },
  'team.saveSettings': {
    request: z.strictObject({ connection: TeamConnection, password: TeamPassword.optional() }),
    response: TeamSettingsView,
  },
  // Forgets the server and its password; the links stay, so connecting again carries on.
  'team.forget': { request: z.strictObject({}), response: TeamSettingsView },
  // Connects with these settings (or the saved ones) and says who we are; stores nothing.
  'team.test': {
    request: z.strictObject({ connection: TeamConnection.optional(), password: TeamPassword.optional() }),
    response: TeamServerInfo,
  },
  // The local plans linked to the team library, as this laptop knows them (works offline).
  'team.links': { request: z.strictObject({}), response: z.array(TeamLinkView) },
  'team.list': { request: z.strictObject({}), response: TeamListing },
  // teamId: which of the user's teams gets a plan new to the library (the only team when omitted).
  'team.publish': { request: z.strictObject({ planId: Id, teamId: Id.optional() }), response: TeamSyncOutcome },
  'team.pull': {
    request: z.strictObject({ remoteId: Id }),
    response: z.strictObject({ summary: PlanSummary, outcome: TeamSyncOutcome }),
  },
  // Plan by plan: local changes go up, the team's come down, a clash keeps both.
  'team.sync': { request: z.strictObject({ planIds: z.array(Id).max(10_000).optional() }), response: TeamSyncReport },
  // After a clash: keep this laptop's plan (published on top of the team's) or take the team's
  // (this laptop's is saved as a version first). Either way nothing is lost.
  'team.resolve': { request: z.strictObject({ planId: Id, keep: z.enum(['mine', 'theirs']) }), response: TeamSyncOutcome },
  'team.lock': { request: z.strictObject({ remoteId: Id, version: z.number().int().min(1) }), response: TeamPlanHead },
  'team.unlock': { request: z.strictObject({ remoteId: Id }), response: TeamPlanHead },
  'team.history': { request: z.strictObject({ remoteId: Id }), response: z.array(TeamVersionInfo) },
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
