import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations';

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

export type OpenOptions = {
  /** Path of a better-sqlite3 binary built for this runtime (Electron in development). */
  nativeBinding?: string;
  migrations?: { version: number; sql: string }[];
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
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('foreign_keys = ON');
    // Refuse before touching the journal mode: a newer app's file is left exactly as it was.
    migrate(db, options.migrations ?? MIGRATIONS);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
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
  const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    // PRAGMA takes no parameters; the value is a number we control.
    db.pragma(`user_version = ${latest}`);
    const problems = db.pragma('foreign_key_check') as unknown[];
    if (problems.length > 0) throw new Error(`Migration left ${problems.length} broken links; nothing was changed.`);
  })();
  return latest;
}
