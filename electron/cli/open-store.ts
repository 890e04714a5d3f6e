import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE, openDatabase, type Db } from '../core/storage/database';
import { PlanStore } from '../core/storage/plan-store';

export type OpenedStore = { db: Db; store: PlanStore; close(): void };

export type OpenResult = { ok: true; opened: OpenedStore } | { ok: false; message: string };

/**
 * Opens a data folder's database for one command. `create: false` refuses a folder without
 * Planwright data, so a mistyped path is reported instead of quietly becoming a new empty library.
 */
export function openStore(dataDir: string, options: { create: boolean }): OpenResult {
  if (!options.create && !fs.existsSync(path.join(dataDir, DATABASE_FILE))) {
    return { ok: false, message: `No Planwright data in ${dataDir} (${DATABASE_FILE} not found).` };
  }
  let db: Db;
  try {
    db = openDatabase(dataDir);
  } catch (error) {
    // DatabaseTooNewError and file-system errors already say what is wrong.
    return { ok: false, message: `Cannot open the data in ${dataDir}: ${error instanceof Error ? error.message : String(error)}` };
  }
  return {
    ok: true,
    opened: {
      db,
      store: new PlanStore(db),
      close() {
        // As the app does on quit: fold the WAL into the main file, so the folder is one file again.
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      },
    },
  };
}
