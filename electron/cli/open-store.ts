import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase, DATABASE_FILE, openDatabase, type Db } from '../core/storage/database';
import { PlanStore } from '../core/storage/plan-store';
import { backupBeforeMigration } from '../core/backup/backups';
import { setAsideEmptyLibrary } from '../core/backup/keeper';
import { errorMessage } from '../../shared/error-message';

export type OpenedStore = {
  db: Db;
  store: PlanStore;
  /** Never throws; answers a sentence if the data file could not be tidied (a full disk). */ close(): string | null;
  /** Said before the command's own output (an empty library file set aside). */ notice: string | null;
};

export type OpenResult = { ok: true; opened: OpenedStore } | { ok: false; message: string };

/**
 * Opens a data folder's database for one command. `create: false` refuses a folder without
 * Planwright data, so a mistyped path is reported instead of quietly becoming a new empty library.
 */
export function openStore(dataDir: string, options: { create: boolean; setAsideEmpty?: boolean }): OpenResult {
  const file = path.join(dataDir, DATABASE_FILE);
  if (!options.create && !fs.existsSync(file)) {
    return { ok: false, message: `No Planwright data in ${dataDir} (${DATABASE_FILE} not found).` };
  }
  let notice: string | null = null;
  if (fs.existsSync(file) && fs.statSync(file).size === 0) {
    if (!options.setAsideEmpty) {
      return {
        ok: false,
        message:
          `${file} is empty (0 bytes): perhaps a copy or a sync did not finish. Nothing was changed. ` +
          'Restore the latest backup with `planwright backups restore latest`, or delete the empty file to start a new library.',
      };
    }
    const aside = setAsideEmptyLibrary(dataDir);
    if (aside) notice = `${DATABASE_FILE} was empty (0 bytes); it was set aside as ${aside.movedTo}.`;
  }
  let db: Db;
  try {
    db = openDatabase(dataDir, { beforeMigration: backupBeforeMigration(dataDir) });
  } catch (error) {
    // DatabaseTooNewError and file-system errors already say what is wrong.
    return { ok: false, message: `Cannot open the data in ${dataDir}: ${errorMessage(error)}` };
  }
  return {
    ok: true,
    opened: {
      db,
      notice,
      store: new PlanStore(db),
      close() {
        // As the app does on quit: fold the WAL into the main file, so the folder is one file again.
        return closeDatabase(db, dataDir);
      },
    },
  };
}
