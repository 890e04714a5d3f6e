import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder, backupBeforeMigration, listBackups, pruneBackups } from '../../../../../electron/core/backup/backups';
import { createBackend } from '../../../../../electron/core/backend';
import { DATABASE_FILE, openDatabase } from '../../../../../electron/core/storage/database';
import { LATEST_VERSION, MIGRATIONS } from '../../../../../electron/core/storage/migrations';
import type { Result } from '../../../../../shared/contracts';
import { serializePlanFile } from '../../../../../shared/file-format';
import { testBackend } from '../../../helpers/backend';
import { fullPlan } from '../../../helpers/full-plan';
import { tempDir } from '../../../helpers/temp-dir';

const file = (plan = fullPlan()) => serializePlanFile(plan, { app: { name: 'Planwright', version: 'test' }, exportedAt: '2026-12-01T00:00:00.000Z' });

async function value<T>(result: Result<unknown> | Promise<Result<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value as T;
}

describe('backups', () => {
  it('makes a checked backup, lists it, and pulls one plan out of it equal field by field', async () => {
    const b = testBackend();
    const original = b.call('plans.importFile', { content: file() }).summary;
    const before = b.call('plans.get', { planId: original.id });
    const backup = await value<{ id: string; reason: string; bytes: number }>(b.dispatch('backups.create', {}));
    expect(backup).toMatchObject({ reason: 'manual' });
    expect(backup.bytes).toBeGreaterThan(0);
    expect(b.call('backups.list', {}).backups.map((x) => x.id)).toEqual([backup.id]);
    const check = new Database(path.join(backupFolder(b.dataDir), backup.id), { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    // Gone for good from the library; still in the backup.
    b.call('plans.trash', { planId: original.id });
    b.call('plans.deletePermanently', { planId: original.id });
    expect(b.call('backups.plans', { backupId: backup.id }).map((p) => p.name)).toEqual([original.name]);
    const restored = b.call('backups.restorePlan', { backupId: backup.id, planId: original.id });
    expect(restored).toMatchObject({ reIded: false, renamed: false });
    expect(b.call('plans.get', { planId: original.id })).toEqual(before);
  });

  it('restores a plan that still exists as a copy with new ids, beside the original', async () => {
    const b = testBackend();
    const original = b.call('plans.importFile', { content: file() }).summary;
    const backup = await value<{ id: string }>(b.dispatch('backups.create', {}));
    const copy = b.call('backups.restorePlan', { backupId: backup.id, planId: original.id });
    expect(copy).toMatchObject({ reIded: true, renamed: true });
    // Beside the original, named by its author (class mode's rule for names in use).
    expect(copy.summary.name).toBe(`${original.name} — ${original.author}`);
    expect(b.call('plans.list', {})).toHaveLength(2);
  });

  it('restores the whole library, after a backup of the library as it was', async () => {
    const b = testBackend();
    const kept = b.call('plans.importFile', { content: file() }).summary;
    const keptPlan = b.call('plans.get', { planId: kept.id });
    const backup = await value<{ id: string }>(b.dispatch('backups.create', {}));
    b.call('plans.rename', { planId: kept.id, name: 'Renamed after the backup' });
    const later = b.call('plans.importFile', { content: file() }).summary;
    b.call('settings.set', { theme: 'dark' });

    const { safetyBackup } = await value<{ safetyBackup: { id: string; reason: string } }>(
      b.dispatch('backups.restoreLibrary', { backupId: backup.id }),
    );
    expect(safetyBackup.reason).toBe('restore');
    expect(b.call('plans.list', {}).map((p) => p.id)).toEqual([kept.id]);
    expect(b.call('plans.get', { planId: kept.id })).toEqual(keptPlan);
    expect(b.call('settings.get', {}).theme).toBe('system');
    // And the restore itself can be undone from the backup made just before it.
    await value(b.dispatch('backups.restoreLibrary', { backupId: safetyBackup.id }));
    expect(
      b
        .call('plans.list', {})
        .map((p) => p.id)
        .sort(),
    ).toEqual([kept.id, later.id].sort());
  });

  it('refuses ids that are not backups, and paths', () => {
    const b = testBackend();
    for (const backupId of ['../planwright.sqlite', 'planwright-2026-12-06T21-40-00-000Z-daily.sqlite/../../x', '/etc/passwd']) {
      expect(b.dispatch('backups.plans', { backupId })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(b.dispatch('backups.plans', { backupId: 'planwright-2026-12-06T21-40-00-000Z-daily.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('makes one before upgrading an existing library, at its old version', () => {
    const dir = tempDir();
    const old = new Database(path.join(dir, DATABASE_FILE));
    old.exec(MIGRATIONS[0]!.sql);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
    old.close();
    const db = openDatabase(dir, { beforeMigration: backupBeforeMigration(dir) });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    const [backup] = listBackups(dir);
    expect(backup?.reason).toBe('migration');
    const copy = new Database(path.join(backupFolder(dir), backup!.id), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: '1' });
    copy.close();
  });

  it('keeps fewer, oldest first, when backups would take more than their share of the disk', async () => {
    const b = testBackend();
    b.call('plans.importFile', { content: file() });
    const first = await value<{ id: string; bytes: number }>(b.dispatch('backups.create', {}));
    await new Promise((r) => setTimeout(r, 5));
    const second = await value<{ id: string; bytes: number }>(b.dispatch('backups.create', {}));
    expect(listBackups(b.dataDir).map((x) => x.id)).toEqual([second.id, first.id]);
    expect(pruneBackups(b.dataDir, second.bytes * 1.5)).toEqual({ keptFewer: true });
    expect(listBackups(b.dataDir).map((x) => x.id)).toEqual([second.id]);
    expect(pruneBackups(b.dataDir, second.bytes * 1.5)).toEqual({ keptFewer: false });
    // A copy half-written by a process killed an hour ago goes; one being written now stays.
    const stale = path.join(backupFolder(b.dataDir), '.partial-1-1.sqlite');
    const fresh = path.join(backupFolder(b.dataDir), '.partial-2-2.sqlite');
    fs.writeFileSync(stale, 'x');
    fs.writeFileSync(fresh, 'x');
    fs.utimesSync(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    pruneBackups(b.dataDir);
    expect([fs.existsSync(stale), fs.existsSync(fresh)]).toEqual([false, true]);
  });
});

describe('an empty library file', () => {
  it('is set aside, not silently used as a new library, and the app says so', async () => {
    const dir = tempDir();
    const first = createBackend({ dataDir: dir, mode: 'test' });
    first.dispatch('plans.importFile', { content: file() });
    const backup = await value<{ id: string }>(first.dispatch('backups.create', {}));
    first.close();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), '');

    const b = testBackend(dir);
    const view = b.call('backups.list', {});
    expect(view.notice).toMatchObject({ kind: 'emptyLibrary' });
    expect(fs.statSync(path.join(dir, view.notice!.movedTo)).size).toBe(0);
    expect(view.backups.map((x) => x.id)).toEqual([backup.id]);
    await value(b.dispatch('backups.restoreLibrary', { backupId: backup.id }));
    expect(b.call('plans.list', {})).toHaveLength(1);
    expect(b.call('backups.list', {}).notice).toBeNull();
  });
});
