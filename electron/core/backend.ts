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
import { DomainError } from './errors';
import { DatabaseTooNewError, openDatabase, type Db } from './storage/database';
import { PlanStore } from './storage/plan-store';
import { parseOrRefuse } from './validate';

export type BackendMode = 'electron' | 'browser' | 'test';

export type BackendOptions = {
  dataDir: string;
  mode: BackendMode;
  version?: string;
  nativeBinding?: string;
  now?: () => string;
};

export type Backend = {
  /** Validates and runs one command. Never throws: every failure is an error result. */
  dispatch(name: unknown, request: unknown): Result<unknown>;
  close(): void;
  readonly dataDir: string;
  readonly store: PlanStore;
};

type Handlers = { [N in CommandName]: (request: z.output<(typeof commands)[N]['request']>) => CommandResponse<N> };

function createHandlers(store: PlanStore, options: BackendOptions): Handlers {
  const readSettings = (): Settings => {
    const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(store.getSetting('app') as object | undefined) });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  };
  return {
    'app.info': () => ({ version: options.version ?? '0.0.0', dataDir: options.dataDir, mode: options.mode }),
    'settings.get': () => readSettings(),
    'settings.set': (patch) => {
      const next = { ...readSettings(), ...patch };
      store.setSetting('app', next);
      return next;
    },
    'plans.list': (r) => store.list(r),
    'plans.create': (r) => store.create(r),
    'plans.get': (r) => store.get(r.planId),
    'plans.updateMeta': (r) => store.updateMeta(r.planId, r.patch),
    'plans.rename': (r) => store.updateMeta(r.planId, { name: r.name }),
    'plans.duplicate': (r) => store.duplicate(r.planId, r.name),
    'plans.trash': (r) => store.trash(r.planId),
    'plans.restore': (r) => store.restore(r.planId),
    'plans.deletePermanently': (r) => {
      store.deletePermanently(r.planId);
      return { planId: r.planId };
    },
    'plans.emptyTrash': () => ({ deleted: store.emptyTrash() }),
    'fields.set': (r) => store.setFields(r.planId, r.part, r.fields as never),
    'rows.upsert': (r) => store.upsertRow(r.planId, r.collection, r.row as never),
    'rows.delete': (r) => store.deleteRow(r.planId, r.collection, r.id),
    'rows.move': (r) => store.moveRow(r.planId, r.collection, r.id, r.toIndex),
  };
}

/** Opens the data folder's database; throws DatabaseTooNewError for a newer app's data. */
export function createBackend(options: BackendOptions): Backend {
  let db: Db | null = openDatabase(options.dataDir, { nativeBinding: options.nativeBinding });
  const store = new PlanStore(db, options.now);
  const handlers = createHandlers(store, options);

  function dispatch(name: unknown, request: unknown): Result<unknown> {
    if (!isCommandName(name)) {
      const shown = typeof name === 'string' ? `“${name.slice(0, 80)}”` : `a ${typeof name}`;
      return fail('unknown_command', `Unknown command ${shown}.`);
    }
    if (db === null) return fail('internal', 'The data store is closed.');
    try {
      const valid = parseOrRefuse(commands[name].request, request, 'The request');
      const handler = handlers[name] as (r: unknown) => unknown;
      return ok(handler(valid));
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message, error.issues);
      if (isSqliteConstraint(error)) return fail('invalid', `The change was refused by the data store (${error.message}). Nothing was changed.`);
      const message = error instanceof Error ? error.message : String(error);
      return fail('internal', `Something went wrong: ${message}. Nothing was changed.`);
    }
  }

  return {
    dispatch,
    dataDir: options.dataDir,
    store,
    close() {
      if (db === null) return;
      // Fold the WAL back into the main file so a closed data folder is one self-contained file.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      db = null;
    },
  };
}

function isSqliteConstraint(error: unknown): error is Error & { code: string } {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

export { DatabaseTooNewError };
