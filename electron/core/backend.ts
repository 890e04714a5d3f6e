import type { z } from 'zod';
import {
  commands,
  DEFAULT_SETTINGS,
  fail,
  isCommandName,
  ok,
  Settings,
  type CommandName,
  type CommandResponse,
  type Result,
} from '../../shared/contracts';
import { buildSample, SAMPLES } from '../../shared/samples';
import { DomainError, notFound } from './errors';
import { createBackupKeeper, setAsideEmptyLibrary, type BackupKeeper } from './backup/keeper';
import { backupBeforeMigration, withBackupCopy } from './backup/backups';
import { exportPlanFile, importPlanFile, insertAsNewPlan } from './plan-file';
import { closeDatabase, DatabaseTooNewError, openDatabase, writeTransaction, type Db } from './storage/database';
import { DISK_FULL_SAVE, isDiskFull } from './storage/disk-full';
import { PlanStore } from './storage/plan-store';
import { ClassStore } from './storage/class-store';
import { compareParticipants, exportClassBoard, readClassBoard } from './classes/class-board-service';
import { ReportOptionsStore } from './storage/report-options';
import { SheetMappingStore } from './storage/sheet-mappings';
import { CustomerListStore } from './storage/customer-lists';
import { VersionStore } from './storage/version-store';
import { parseOrRefuse } from './validate';
import { errorMessage } from '../../shared/error-message';
import { TeamService, type TeamConnect } from './team/team-service';
import { sessionSecretStore, type SecretStore } from './team/secret-store';

export type BackendMode = 'electron' | 'browser' | 'test';

export type BackendOptions = {
  dataDir: string;
  mode: BackendMode;
  version?: string;
  nativeBinding?: string;
  now?: () => string;
  /** Where the team library's password is kept: the OS keychain on the desktop; else this session's memory. */
  secrets?: SecretStore;
  /** How the team library is reached (tests put a stand-in here); PostgreSQL through `pg` by default. */
  teamConnect?: TeamConnect;
};

// Loaded on first use: most sessions never reach a team library, and `pg` need not load with the app.
const connectWithPg: TeamConnect = async (config) => (await import('./team/remote/connect')).connectTeamRemote(config);

/** Commands that take long (a report export) answer a promise, so the main process keeps serving others. */
export const ASYNC_COMMANDS = [
  'report.export',
  'backups.create',
  'backups.restoreLibrary',
  'classes.exportBoard',
  'sheets.read',
  'team.test',
  'team.list',
  'team.publish',
  'team.pull',
  'team.sync',
  'team.resolve',
  'team.lock',
  'team.unlock',
  'team.history',
] as const satisfies readonly CommandName[];
export type AsyncCommandName = (typeof ASYNC_COMMANDS)[number];
export type SyncCommandName = Exclude<CommandName, AsyncCommandName>;

export type Backend = {
  /**
   * Validates and runs one command. Never throws (nor rejects): every failure is an error result.
   * The commands of ASYNC_COMMANDS answer a promise of the result; every other command answers at once.
   */
  dispatch<N extends SyncCommandName>(name: N, request: unknown): Result<unknown>;
  dispatch(name: unknown, request: unknown): Result<unknown> | Promise<Result<unknown>>;
  close(): void;
  readonly dataDir: string;
  readonly store: PlanStore;
};

type Handlers = { [N in SyncCommandName]: (request: z.output<(typeof commands)[N]['request']>) => CommandResponse<N> };
type AsyncHandlers = { [N in AsyncCommandName]: (request: z.output<(typeof commands)[N]['request']>) => Promise<CommandResponse<N>> };

function isAsyncCommand(name: CommandName): name is AsyncCommandName {
  return (ASYNC_COMMANDS as readonly string[]).includes(name);
}

function createAsyncHandlers(store: PlanStore, backups: BackupKeeper, versions: VersionStore, classes: ClassStore, team: TeamService): AsyncHandlers {
  return {
    'team.test': (r) => team.test(r.connection, r.password),
    'team.list': () => team.list(),
    'team.publish': (r) => team.publish(r.planId, r.teamId),
    'team.pull': (r) => team.pull(r.remoteId),
    'team.sync': (r) => team.sync(r.planIds),
    'team.resolve': (r) => team.resolve(r.planId, r.keep),
    'team.lock': (r) => team.lock(r.remoteId, r.version),
    'team.unlock': (r) => team.unlock(r.remoteId),
    'team.history': (r) => team.history(r.remoteId),
    'classes.exportBoard': async (r) => {
      const file = await exportClassBoard(store, classes, r);
      return { fileName: file.fileName, mime: file.mime, base64: file.data.toString('base64') };
    },
    'backups.create': () => backups.create('manual'),
    'sheets.read': async (r) => {
      // Loaded on first use, like the exporters: exceljs is large and most sessions never read a sheet.
      const { readSheetFile } = await import('./sheets-import/read-sheet');
      return readSheetFile(new Uint8Array(Buffer.from(r.base64, 'base64')), r.fileName);
    },
    'backups.restoreLibrary': (r) => backups.restoreLibrary(r.backupId),
    'report.export': async (r) => {
      // Read now, in one go: edits made while the report is drawn belong to the next export.
      const plan = store.get(r.planId);
      // The appendix "Changes since <version>" compares with a version of this plan only.
      const since = r.options.changesSince ? versions.get(r.options.changesSince) : null;
      if (since && since.info.planId !== r.planId) throw notFound('The version');
      const changesSince = since ? { label: since.info.name || since.info.createdAt, createdAt: since.info.createdAt, plan: since.plan } : undefined;
      // Loaded on first use: the chart rasteriser reads fonts and a native module the rest of the backend never needs.
      const { exportReport } = await import('./export/export-service');
      const { LibreOfficeMissingError, PdfConversionError } = await import('./export/pdf');
      const report = await exportReport(plan, { format: r.format, options: r.options, ...(changesSince ? { changesSince } : {}) }).catch(
        (error: unknown) => {
          if (error instanceof LibreOfficeMissingError) throw new DomainError('unavailable', error.message, [], { reason: 'libreOfficeMissing' });
          if (error instanceof PdfConversionError) throw new DomainError('unavailable', error.message);
          throw error;
        },
      );
      return {
        fileName: report.fileName,
        mime: report.mime,
        base64: report.data.toString('base64'),
        ...(report.pageNumbers ? { pageNumbers: report.pageNumbers } : {}),
      };
    },
  };
}

function createHandlers(
  store: PlanStore,
  options: BackendOptions,
  db: Db,
  backups: BackupKeeper,
  versions: VersionStore,
  classes: ClassStore,
  team: TeamService,
): Handlers {
  const reportOptions = new ReportOptionsStore(db, options.now);
  const sheetColumns = new SheetMappingStore(db, options.now);
  const customerLists = new CustomerListStore(db, options.now);
  const readSettings = (): Settings => {
    const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(store.getSetting('app') as object | undefined) });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  };
  return {
    'app.info': () => ({ version: options.version ?? '0.0.0', dataDir: options.dataDir, mode: options.mode }),
    'settings.get': () => readSettings(),
    'settings.set': (patch) =>
      writeTransaction(db, () => {
        const next = { ...readSettings(), ...patch };
        store.setSetting('app', next);
        return next;
      }),
    'plans.list': (r) => store.list(r),
    'plans.create': (r) => store.create(r),
    'plans.get': (r) => store.get(r.planId),
    'plans.updateMeta': (r) => store.updateMeta(r.planId, r.patch),
    'plans.attachPlaybook': (r) => store.setPlaybook(r.planId, r.playbookId, true),
    'plans.detachPlaybook': (r) => store.setPlaybook(r.planId, r.playbookId, false),
    'plans.rename': (r) => {
      const { versionLabel: _versionLabel, ...summary } = store.updateMeta(r.planId, { name: r.name });
      return summary;
    },
    // A copy keeps the original's customer list too (one transaction: the plan and its list).
    'plans.duplicate': (r) =>
      writeTransaction(db, () => {
        const copy = store.duplicate(r.planId, r.name);
        customerLists.copy(r.planId, copy.id);
        return copy;
      }),
    'plans.trash': (r) => store.trash(r.planId),
    'plans.restore': (r) => store.restore(r.planId),
    'plans.deletePermanently': (r) => {
      store.deletePermanently(r.planId);
      return { planId: r.planId };
    },
    'plans.emptyTrash': () => ({ deleted: store.emptyTrash() }),
    'report.getOptions': (r) => reportOptions.get(r.planId),
    'report.setOptions': (r) => reportOptions.set(r.planId, r.options),
    'samples.list': () => SAMPLES.map(({ name, title, description }) => ({ name, title, description })),
    'plans.createFromSample': (r) => {
      const plan = buildSample(r.sample, r.language, { now: options.now?.() ?? new Date().toISOString() });
      writeTransaction(db, () => store.insertPlan(plan));
      return store.summary(plan.meta.id);
    },
    'plans.exportFile': (r) =>
      exportPlanFile(store, r.planId, {
        appVersion: options.version ?? '0.0.0',
        now: options.now?.() ?? new Date().toISOString(),
        ...(r.withVersions ? { versions } : {}),
        customerLists,
      }),
    'plans.importFile': (r) =>
      importPlanFile(db, store, r.content, { author: r.author, classId: r.classId, classes, versionStore: versions, customerLists }),
    'versions.list': (r) => versions.list(r.planId),
    'versions.save': (r) => versions.save(r.planId, { name: r.name, note: r.note }),
    'versions.saveAuto': (r) => versions.save(r.planId, { name: '', note: '', cause: r.cause }),
    'versions.get': (r) => versions.get(r.versionId),
    'versions.restore': (r) => versions.restore(r.versionId),
    'versions.delete': (r) => {
      versions.delete(r.versionId);
      return { versionId: r.versionId };
    },
    'versions.duplicateAsPlan': (r) => versions.duplicateAsPlan(r.versionId, r.name),
    'classes.list': () => classes.list(),
    'classes.create': (r) => classes.create(r.name, r.planIds),
    'classes.rename': (r) => classes.rename(r.classId, r.name),
    'classes.delete': (r) => {
      classes.delete(r.classId);
      return { classId: r.classId };
    },
    'classes.addPlans': (r) => classes.addPlans(r.classId, r.planIds),
    'classes.removePlans': (r) => classes.removePlans(r.classId, r.planIds),
    'classes.board': (r) => readClassBoard(store, classes, r.classId, r.today),
    'classes.compare': (r) => compareParticipants(store, classes, r),
    'fields.set': (r) => store.setFields(r.planId, r.part, r.fields as never),
    'rows.upsert': (r) => store.upsertRow(r.planId, r.collection, r.row as never, r.index),
    'rows.upsertMany': (r) => store.upsertRows(r.planId, r.rows as never),
    'sheets.getColumns': (r) => sheetColumns.get(r.planId, r.table),
    'sheets.setColumns': (r) => sheetColumns.set(r.planId, r.table, r.columns),
    'customerList.get': (r) => customerLists.get(r.planId),
    'customerList.set': (r) => customerLists.set(r.planId, r.customers, r.settings),
    'customerList.remove': (r) => customerLists.remove(r.planId),
    'rows.delete': (r) => store.deleteRow(r.planId, r.collection, r.id),
    'rows.move': (r) => store.moveRow(r.planId, r.collection, r.id, r.toIndex),
    'backups.list': () => backups.view(),
    'backups.plans': (r) => withBackupCopy(options.dataDir, r.backupId, (copy) => new PlanStore(copy).list()),
    'backups.restorePlan': (r) => {
      const plan = withBackupCopy(options.dataDir, r.backupId, (copy) => new PlanStore(copy).get(r.planId));
      return insertAsNewPlan(db, store, plan);
    },
    'team.getSettings': () => team.settings(),
    'team.saveSettings': (r) => team.saveSettings(r.connection, r.password),
    'team.forget': () => team.forget(),
    'team.links': () => team.linkViews(),
    'backups.dismissNotice': () => {
      backups.dismissNotice();
      return {};
    },
  };
}

/** Opens the data folder's database; throws DatabaseTooNewError for a newer app's data. */
export function createBackend(options: BackendOptions): Backend {
  const notice = setAsideEmptyLibrary(options.dataDir);
  let db: Db | null = openDatabase(options.dataDir, {
    nativeBinding: options.nativeBinding,
    beforeMigration: backupBeforeMigration(options.dataDir),
  });
  const store = new PlanStore(db, options.now);
  const backups = createBackupKeeper(db, store, options.dataDir, notice);
  const versions = new VersionStore(db, store, options.now);
  const classes = new ClassStore(db, options.now);
  const team = new TeamService({
    db,
    store,
    versions,
    secrets: options.secrets ?? sessionSecretStore(),
    connect: options.teamConnect ?? connectWithPg,
    appVersion: options.version ?? '0.0.0',
    now: options.now ?? (() => new Date().toISOString()),
  });
  const handlers = createHandlers(store, options, db, backups, versions, classes, team);
  const asyncHandlers = createAsyncHandlers(store, backups, versions, classes, team);
  // The app makes a backup a day while it is used; tests and the command line make theirs by hand.
  if (options.mode !== 'test') backups.startDaily();

  function dispatch(name: unknown, request: unknown): Result<unknown> | Promise<Result<unknown>> {
    if (!isCommandName(name)) {
      const shown = typeof name === 'string' ? `“${name.slice(0, 80)}”` : `a ${typeof name}`;
      return fail('unknown_command', `Unknown command ${shown}.`);
    }
    if (db === null) return fail('internal', 'The data store is closed.');
    try {
      const valid = parseOrRefuse(commands[name].request, request, 'The request');
      if (isAsyncCommand(name)) {
        const handler = asyncHandlers[name] as (r: unknown) => Promise<unknown>;
        return handler(valid).then(ok, (error: unknown) => failure(error, options.dataDir));
      }
      const handler = handlers[name] as (r: unknown) => unknown;
      return ok(handler(valid));
    } catch (error) {
      return failure(error, options.dataDir);
    }
  }

  return {
    dispatch: dispatch as Backend['dispatch'],
    dataDir: options.dataDir,
    store,
    close() {
      if (db === null) return;
      backups.stop();
      // Never throws (a full disk must not end the app with a stack trace); the saved data is safe either way.
      const problem = closeDatabase(db, options.dataDir);
      db = null;
      if (problem) console.warn(`planwright: ${problem}`);
    },
  };
}

function failure(error: unknown, dataDir: string): Result<never> {
  if (error instanceof DomainError) return fail(error.code, error.message, error.issues, error.because);
  if (isDiskFull(error, dataDir)) return fail('unavailable', DISK_FULL_SAVE, [], { reason: 'diskFull' });
  if (isSqliteConstraint(error)) return fail('invalid', `The change was refused by the data store (${error.message}). Nothing was changed.`);
  const message = errorMessage(error);
  return fail('internal', `Something went wrong: ${message}. Nothing was changed.`);
}

function isSqliteConstraint(error: unknown): error is Error & { code: string } {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

export { DatabaseTooNewError };
