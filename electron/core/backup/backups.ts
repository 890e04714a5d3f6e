import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError, notFound } from '../errors';
import { DATABASE_FILE, openDatabase, writeTransaction, type Db } from '../storage/database';
import { backupsToKeep } from './retention';
import { errorMessage } from '../../../shared/error-message';

/**
 * Automatic backups of a data folder's library, in `<data folder>/backups/`: whole copies of
 * the database made with SQLite's online backup (a consistent snapshot while the app keeps
 * saving), each checked with `PRAGMA integrity_check` before it counts. Made once a day while the
 * app is used, before a migration and before a restore; the newest of the last 10 days and of the
 * 4 weeks before are kept, and together they never take more than a few percent of the disk.
 */

export const BACKUP_FOLDER = 'backups';
export const BACKUP_REASONS = ['daily', 'manual', 'migration', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export type BackupInfo = { id: string; createdAt: string; reason: BackupReason; bytes: number };

/** A half-written copy older than this was left by a process that is gone. */
const PARTIAL_STALE_MS = 60 * 60 * 1000;

/** The share of the disk that backups may use together. */
export const DISK_SHARE = 0.05;

const NAME = /^planwright-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|manual|migration|restore)\.sqlite$/;

export class BackupSpaceError extends Error {
  constructor(
    readonly needed: number,
    readonly allowed: number,
  ) {
    super(
      `There is not enough disk space for a backup: the library needs ${megabytes(needed)}, and backups may use ${megabytes(allowed)} (a few percent of the disk). Free some space on the disk.`,
    );
  }
}

const megabytes = (bytes: number) => `${Math.max(0.1, Math.round(bytes / 1024 / 102.4) / 10)} MB`;

export function backupFolder(dataDir: string): string {
  return path.join(dataDir, BACKUP_FOLDER);
}

function backupName(createdAt: string, reason: BackupReason): string {
  return `planwright-${createdAt.replace(/:/g, '-').replace('.', '-')}-${reason}.sqlite`;
}

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: m[6] as BackupReason };
}

/** Every backup of the folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupFolder(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const parsed = parseName(name);
      if (!parsed) return [];
      return [{ id: name, ...parsed, bytes: fs.statSync(path.join(dir, name)).size }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The file of a backup named by a request: only a name this module made, never a path. */
export function backupFile(dataDir: string, id: string): string {
  if (!parseName(id)) throw notFound('The backup');
  const file = path.join(backupFolder(dataDir), id);
  if (!fs.existsSync(file)) throw notFound('The backup');
  return file;
}

function integrityOk(file: string): boolean {
  const check = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return check.pragma('integrity_check', { simple: true }) === 'ok';
  } finally {
    check.close();
  }
}

function libraryBytes(dataDir: string): number {
  const file = path.join(dataDir, DATABASE_FILE);
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  return size(file) + size(`${file}-wal`);
}

/** What backups may take: a few percent of the disk the data folder is on. */
function allowedBytes(dataDir: string): { allowed: number; free: number } {
  const s = fs.statfsSync(dataDir);
  return { allowed: s.blocks * s.bsize * DISK_SHARE, free: s.bavail * s.bsize };
}

/**
 * Deletes what the retention rule does not keep; then, while the backups take more than their
 * share of the disk, the oldest ones (never the newest). Answers whether any had to go for space.
 */
export function pruneBackups(dataDir: string, allowed = allowedBytes(dataDir).allowed): { keptFewer: boolean } {
  const all = listBackups(dataDir);
  const keep = backupsToKeep(all);
  const dir = backupFolder(dataDir);
  // A copy left half-written by a process that was killed; one still being written is younger.
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith('.partial-') && Date.now() - fs.statSync(path.join(dir, name)).mtimeMs > PARTIAL_STALE_MS)
      fs.rmSync(path.join(dir, name), { force: true });
  }
  for (const b of all) if (!keep.has(b.id)) fs.rmSync(path.join(dir, b.id), { force: true });
  const kept = all.filter((b) => keep.has(b.id));
  let total = kept.reduce((sum, b) => sum + b.bytes, 0);
  let keptFewer = false;
  while (total > allowed && kept.length > 1) {
    const oldest = kept.pop()!;
    fs.rmSync(path.join(dir, oldest.id), { force: true });
    total -= oldest.bytes;
    keptFewer = true;
  }
  return { keptFewer };
}

/** Room for one more backup of the library, making room by deleting old ones if needed; throws BackupSpaceError when there is none. */
function makeRoom(dataDir: string): { keptFewer: boolean } {
  const needed = libraryBytes(dataDir);
  const { allowed, free } = allowedBytes(dataDir);
  // The new copy must fit beside the library with room to spare for the library itself to grow.
  if (needed > allowed || needed * 2 > free) throw new BackupSpaceError(needed, Math.min(allowed, free / 2));
  return pruneBackups(dataDir, allowed - needed);
}

export type BackupResult = { backup: BackupInfo; keptFewer: boolean };

/** Moves a finished, checked copy into place; a copy that fails its check is deleted and refused. */
function finish(dataDir: string, partial: string, createdAt: string, reason: BackupReason): BackupInfo {
  if (!integrityOk(partial)) {
    fs.rmSync(partial, { force: true });
    throw new DomainError('internal', 'The backup failed its integrity check and was discarded. Your library was not changed.');
  }
  const id = backupName(createdAt, reason);
  fs.renameSync(partial, path.join(backupFolder(dataDir), id));
  pruneBackups(dataDir);
  return { id, createdAt, reason, bytes: fs.statSync(path.join(backupFolder(dataDir), id)).size };
}

/** A backup with SQLite's online backup: the app keeps saving while it is copied. */
export async function createBackup(db: Db, dataDir: string, reason: BackupReason, now = new Date().toISOString()): Promise<BackupResult> {
  fs.mkdirSync(backupFolder(dataDir), { recursive: true });
  const { keptFewer } = makeRoom(dataDir);
  const partial = path.join(backupFolder(dataDir), `.partial-${process.pid}-${Date.now()}.sqlite`);
  try {
    await db.backup(partial);
    return { backup: finish(dataDir, partial, now, reason), keptFewer };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * A backup made while the database is being opened, before a migration: the opening is
 * synchronous and better-sqlite3's online backup is not, so this one is `VACUUM INTO` (also a
 * consistent copy, made by SQLite from a read transaction), from a read-only connection.
 */
export function createBackupSync(source: Db, dataDir: string, reason: BackupReason, now = new Date().toISOString()): BackupInfo {
  fs.mkdirSync(backupFolder(dataDir), { recursive: true });
  makeRoom(dataDir);
  const partial = path.join(backupFolder(dataDir), `.partial-${process.pid}-${Date.now()}.sqlite`);
  try {
    source.prepare('VACUUM INTO ?').run(partial);
    return finish(dataDir, partial, now, reason);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** The hook openDatabase calls before migrating a library: a backup first, or a warning if there is no room for one (the migration itself is all or nothing). */
export function backupBeforeMigration(dataDir: string): (probe: Db) => void {
  return (probe) => {
    try {
      createBackupSync(probe, dataDir, 'migration');
    } catch (error) {
      console.warn(`planwright: no backup before the upgrade of the library: ${errorMessage(error)}`);
    }
  };
}

/**
 * A backup opened for reading, brought to this app's schema: it is copied to a temporary folder
 * and opened there (migrating the copy if it is older), so the backup itself is never changed.
 */
export function withBackupCopy<T>(dataDir: string, id: string, use: (db: Db, file: string) => T): T {
  const source = backupFile(dataDir, id);
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-backup-'));
  try {
    fs.copyFileSync(source, path.join(temp, DATABASE_FILE));
    const db = openDatabase(temp);
    try {
      return use(db, path.join(temp, DATABASE_FILE));
    } finally {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Replaces everything in the library with the backup's contents, in one transaction: either the
 * whole backup is the library afterwards, or nothing changed. (The caller makes a backup of the
 * library first, so a restore can itself be undone.)
 */
export function restoreLibrary(db: Db, dataDir: string, id: string): void {
  const source = backupFile(dataDir, id);
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-restore-'));
  const file = path.join(temp, DATABASE_FILE);
  try {
    fs.copyFileSync(source, file);
    // Brought to this app's schema (an older backup is migrated), then closed: one self-contained file.
    const copy = openDatabase(temp);
    copy.pragma('wal_checkpoint(TRUNCATE)');
    copy.close();
    const tables = (
      db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
    ).map((t) => t.name);
    db.prepare('ATTACH DATABASE ? AS restored').run(file);
    try {
      writeTransaction(db, () => {
        // Links are checked at the commit, when every table holds the backup's rows.
        db.pragma('defer_foreign_keys = ON');
        for (const t of tables) db.exec(`DELETE FROM main."${t}"`);
        for (const t of tables) db.exec(`INSERT INTO main."${t}" SELECT * FROM restored."${t}"`);
      });
    } finally {
      db.exec('DETACH DATABASE restored');
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
