import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupsView, LibraryNotice } from '../../../shared/contracts';
import { DATABASE_FILE, type Db } from '../storage/database';
import type { PlanStore } from '../storage/plan-store';
import { BackupSpaceError, createBackup, listBackups, restoreLibrary, type BackupReason } from './backups';
import { errorMessage } from '../../../shared/error-message';

/** How often a running app checks whether today's backup is due. */
const DAILY_CHECK_MS = 60 * 60 * 1000;

export type BackupKeeper = {
  view(): BackupsView;
  create(reason: BackupReason): Promise<BackupInfo>;
  /** A backup of the library as it is, then the chosen backup's contents in its place. */
  restoreLibrary(id: string): Promise<{ safetyBackup: BackupInfo }>;
  startDaily(): void;
  stop(): void;
  dismissNotice(): void;
};

const FEWER = 'Disk space is short, so Planwright keeps fewer backups than usual (backups never take more than a few percent of the disk).';

/**
 * A zero-byte planwright.sqlite (a copy or a sync that did not finish) would silently open as a
 * new, empty library. It is set aside under a dated name instead, so nothing is overwritten, and
 * the app says what happened and offers the latest backup.
 */
export function setAsideEmptyLibrary(dataDir: string, now = new Date()): LibraryNotice | null {
  const file = path.join(dataDir, DATABASE_FILE);
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  if (!fs.existsSync(file) || size(file) > 0 || size(`${file}-wal`) > 0) return null;
  const movedTo = `${DATABASE_FILE}.empty-${now.toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, path.join(dataDir, movedTo));
  for (const side of ['-wal', '-shm']) fs.rmSync(`${file}${side}`, { force: true });
  return { kind: 'emptyLibrary', movedTo };
}

export function createBackupKeeper(db: Db, store: PlanStore, dataDir: string, initialNotice: LibraryNotice | null): BackupKeeper {
  let problem: string | null = null;
  let notice = initialNotice;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;

  const make = async (reason: BackupReason): Promise<BackupInfo> => {
    try {
      const { backup, keptFewer } = await createBackup(db, dataDir, reason);
      problem = keptFewer ? FEWER : null;
      return backup;
    } catch (error) {
      problem = error instanceof BackupSpaceError ? error.message : `The last backup could not be made: ${errorMessage(error)}`;
      throw error;
    }
  };

  const today = () => new Date().toISOString().slice(0, 10);
  const dailyDue = () => {
    if (listBackups(dataDir).some((b) => b.createdAt.slice(0, 10) === today())) return false;
    // An empty library has nothing to keep.
    return store.list().length + store.list({ trashed: true }).length > 0;
  };
  const checkDaily = () => {
    if (running || !dailyDue()) return;
    running = make('daily')
      .catch(() => undefined)
      .finally(() => (running = null));
  };

  return {
    view: () => ({ backups: listBackups(dataDir), problem, notice }),
    create: make,
    async restoreLibrary(id) {
      const safetyBackup = await make('restore');
      restoreLibrary(db, dataDir, id);
      notice = null;
      return { safetyBackup };
    },
    startDaily() {
      checkDaily();
      timer = setInterval(checkDaily, DAILY_CHECK_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
    dismissNotice() {
      notice = null;
    },
  };
}
