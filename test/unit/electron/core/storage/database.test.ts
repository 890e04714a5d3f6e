import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, DatabaseTooNewError, migrate, openDatabase } from '../../../../../electron/core/storage/database';
import { LATEST_VERSION, MIGRATIONS } from '../../../../../electron/core/storage/migrations';
import { tempDir } from '../../../helpers/temp-dir';

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('openDatabase', () => {
  it('creates the schema at the latest version with foreign keys on and WAL', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('makes every table STRICT', () => {
    const db = openDatabase(tempDir());
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(15);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT$/);
    db.close();
  });

  it('opens an existing database again without migrating twice', () => {
    const dir = tempDir();
    const first = openDatabase(dir);
    first.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
    first.close();
    const second = openDatabase(dir);
    expect(second.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: '1' });
    second.close();
  });

  it('refuses a database written by a newer version and leaves the file untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = hash(file);
    expect(() => openDatabase(dir)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(dir)).toThrow(/newer version of Planwright/);
    expect(hash(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a newer database in WAL mode leaving the file and its -wal byte for byte as they were', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    // A newer app that stopped without checkpointing: its latest writes live only in the -wal.
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('CREATE TABLE future (x INTEGER) STRICT');
    writer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    writer.prepare('INSERT INTO future (x) VALUES (?)').run(42);
    const copy = path.join(dir, 'copy');
    fs.mkdirSync(copy);
    // Copied while the writer is open, as a crash would leave it (the writer's close would checkpoint).
    for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) fs.copyFileSync(path.join(dir, name), path.join(copy, name));
    writer.close();
    const copied = path.join(copy, DATABASE_FILE);
    const before = { db: hash(copied), wal: hash(`${copied}-wal`) };
    expect(fs.statSync(`${copied}-wal`).size).toBeGreaterThan(0);
    expect(() => openDatabase(copy)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(copy)).toThrow(DatabaseTooNewError);
    expect({ db: hash(copied), wal: hash(`${copied}-wal`) }).toEqual(before);
  });

  it('applies all pending migrations in one transaction: a failing one leaves the old version', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DATABASE_FILE));
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, sql: 'CREATE TABLE half_done (x INTEGER) STRICT;' },
      { version: LATEST_VERSION + 2, sql: 'THIS IS NOT SQL;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    expect(tables.n).toBe(0);
    db.close();
  });

  it('applies only the migrations after the current version', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DATABASE_FILE));
    migrate(db);
    const next = [...MIGRATIONS, { version: LATEST_VERSION + 1, sql: 'CREATE TABLE added_later (x INTEGER) STRICT;' }];
    expect(migrate(db, next)).toBe(LATEST_VERSION + 1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'added_later'").get()).toEqual({ name: 'added_later' });
    db.close();
  });
});
