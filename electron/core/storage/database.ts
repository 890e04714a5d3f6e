import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DISK_FULL_CLOSE, DISK_FULL_OPEN, DiskFullError, isDiskFull } from './disk-full';
import { MIGRATIONS } from './migrations';
import { errorMessage } from '../../../shared/error-message';

export type Db = Database.Database;

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data was saved by a newer version of Planwright (database version ${found}; this app reads up to ${supported}). ` +
        'Please update Planwright. Nothing was changed.',
    );
  }
}

export const DATABASE_FILE = 'planwright.sqlite';

/** How long a writer waits for another connection (another process) to finish its write. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Runs `fn` as one write transaction, started with BEGIN IMMEDIATE. A deferred transaction that
 * reads and then writes cannot wait for a writer in another process: when its snapshot is stale
 * SQLite answers SQLITE_BUSY_SNAPSHOT at once, and busy_timeout never applies ("database is
 * locked" within a millisecond). Taking the write lock first makes it wait its turn instead.
 * Every write in the backend goes through here (test/unit/architecture/write-transactions.test.ts).
 * Nested calls become savepoints of the outer transaction.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

export type OpenOptions = {
  /** Path of a better-sqlite3 binary built for this runtime (Electron in development). */
  nativeBinding?: string;
  migrations?: { version: number; sql: string }[];
  /** Called with a read-only connection before an existing library is migrated (a backup is made there). */
  beforeMigration?: (probe: Db) => void;
};

/**
 * Opens (creating if need be) the database of a data folder and brings it to the latest schema.
 *
 * WAL: the UI saves on every pause in typing, so writes are small and frequent; WAL makes each
 * commit an append (no rewrite of the main file), lets a reader (an export) run beside a writer,
 * and survives a crash mid-write. synchronous=NORMAL is safe with WAL (a power cut may lose the
 * last commit, never corrupt the file) and keeps a save's round trip in the low milliseconds.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const migrations = options.migrations ?? MIGRATIONS;
  try {
    return open(file, migrations, options);
  } catch (error) {
    if (isDiskFull(error, dataDir)) throw new DiskFullError(DISK_FULL_OPEN);
    throw error;
  }
}

function open(file: string, migrations: { version: number; sql: string }[], options: OpenOptions): Db {
  checkVersion(file, migrations, options);
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // First: another process (the desktop app, `planwright import`) may hold the file right now.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    // Refuse before touching the journal mode: a newer app's file is left exactly as it was.
    migrate(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Closes the database, folding the WAL back into the main file first so a closed data folder is
 * one self-contained file. Never throws: if the fold fails (a full disk), the WAL stays beside the
 * file, every saved change is in it, and the next open reads it. Answers why it could not fold.
 */
export function closeDatabase(db: Db, dataDir: string): string | null {
  let problem: string | null = null;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    problem = isDiskFull(error, dataDir)
      ? DISK_FULL_CLOSE
      : `Planwright could not tidy up its data file on closing (${errorMessage(error)}). Your plans are saved.`;
  }
  try {
    db.close();
  } catch (error) {
    problem ??= `Closing the data file failed (${errorMessage(error)}). Your plans are saved.`;
  }
  return problem;
}

/**
 * Reads the version of an existing file through a read-only connection, which never checkpoints
 * nor deletes the WAL: a newer app's data (its -wal included) is left byte for byte as it was.
 * A read-write connection would fold the WAL into the file on close, before we could refuse.
 */
function checkVersion(file: string, migrations: { version: number }[], options: OpenOptions): void {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return;
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  const probe = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    probe.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const found = probe.pragma('user_version', { simple: true }) as number;
    if (found > latest) throw new DatabaseTooNewError(found, latest);
    if (found > 0 && found < latest) options.beforeMigration?.(probe);
  } finally {
    probe.close();
  }
}

/**
 * Applies every pending migration in one transaction, so a failure leaves the file at the
 * version it had. `user_version` records the schema version.
 */
export function migrate(db: Db, migrations: { version: number; sql: string }[] = MIGRATIONS): number {
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  if (current === latest) return current;
  return writeTransaction(db, () => {
    // Read again under the write lock: another process may have migrated the file meanwhile.
    const now = db.pragma('user_version', { simple: true }) as number;
    if (now > latest) throw new DatabaseTooNewError(now, latest);
    if (now === latest) return now;
    const pending = migrations.filter((m) => m.version > now).sort((a, b) => a.version - b.version);
    for (const m of pending) db.exec(m.sql);
    // PRAGMA takes no parameters; the value is a number we control.
    db.pragma(`user_version = ${latest}`);
    const problems = db.pragma('foreign_key_check') as unknown[];
    if (problems.length > 0) throw new Error(`Migration left ${problems.length} broken links; nothing was changed.`);
    return latest;
  });
}
