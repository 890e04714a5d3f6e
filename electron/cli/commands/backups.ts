import { createBackup, listBackups, restoreLibrary, withBackupCopy, type BackupInfo } from '../../core/backup/backups';
import { DomainError } from '../../core/errors';
import { insertAsNewPlan } from '../../core/plan-file';
import { PlanStore } from '../../core/storage/plan-store';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand, type CliIo } from '../command';
import { cliDataDir } from '../data-dir';
import { openStore } from '../open-store';
import { textTable } from '../text-table';
import { errorMessage } from '../../../shared/error-message';

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);
const size = (bytes: number) => `${Math.max(0.1, Math.round(bytes / 1024 / 102.4) / 10)} MB`;
const WHY: Record<BackupInfo['reason'], string> = { daily: 'daily', manual: 'by hand', migration: 'before an upgrade', restore: 'before a restore' };

function findBackup(dataDir: string, name: string): BackupInfo | string {
  const all = listBackups(dataDir);
  if (all.length === 0) return `There are no backups in ${dataDir}.`;
  if (name === 'latest') return all[0]!;
  return all.find((b) => b.id === name) ?? `No backup "${name}" in ${dataDir}; \`planwright backups list\` shows them.`;
}

function fail(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return EXIT.refused;
}

export const backupsCommand: CliCommand = {
  name: 'backups',
  summary: 'list, make or restore backups of a data folder',
  usage: `Usage: planwright backups list [--data-dir DIR] [--json]
       planwright backups create [--data-dir DIR]
       planwright backups restore <backup|latest> [--plan ID] [--data-dir DIR]

The app keeps backups of the library in <data folder>/backups: one a day while it is used, one
before an upgrade and one before a restore; the newest of the last 10 days and of the 4 weeks
before those, never more than a few percent of the disk.

  list             the backups, newest first: name, when (UTC), why, size and plans
  create           make a backup now
  restore B        put the whole library back as it was in backup B ("latest": the newest).
                   The library as it is now is backed up first, so a restore can be undone.
  --plan ID        restore only this plan (its id, or its exact name) from the backup, as a new
                   plan beside the others; the rest of the library is not touched
  --data-dir DIR   the data folder (default: PLANWRIGHT_DATA_DIR, else the desktop app's folder)
  --json           print the list as JSON, for scripts`,

  async run(args, io) {
    const parsed = parseCommandArgs(args, { 'data-dir': { type: 'string' }, plan: { type: 'string' }, json: { type: 'boolean' } });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    const [action, name, ...rest] = parsed.positionals;
    if (action !== 'list' && action !== 'create' && action !== 'restore')
      return usageError(io, this, action ? `unknown action "${action}"` : 'say list, create or restore');
    if (rest.length > 0 || (action !== 'restore' && name !== undefined)) return usageError(io, this, `unexpected argument "${rest[0] ?? name}"`);
    if (action === 'restore' && name === undefined) return usageError(io, this, 'name the backup to restore (or "latest")');
    const dirOption = parsed.values['data-dir'] as string | undefined;
    if (dirOption !== undefined && dirOption.trim() === '') return usageError(io, this, '--data-dir needs a folder');
    const dataDir = cliDataDir(dirOption, io);

    if (action === 'list') {
      const backups = listBackups(dataDir).map((b) => ({ ...b, plans: withBackupCopy(dataDir, b.id, (db) => new PlanStore(db).list().length) }));
      if (parsed.values.json) {
        io.stdout(`${JSON.stringify(backups, null, 2)}\n`);
        return EXIT.ok;
      }
      if (backups.length === 0) {
        io.stdout(`No backups in ${dataDir} yet.\n`);
        return EXIT.ok;
      }
      io.stdout(
        textTable(
          ['Backup', 'Made (UTC)', 'Why', 'Size', 'Plans'],
          backups.map((b) => [b.id, when(b.createdAt), WHY[b.reason], size(b.bytes), String(b.plans)]),
          ['left', 'left', 'left', 'right', 'right'],
        ),
      );
      return EXIT.ok;
    }

    const backup = action === 'restore' ? findBackup(dataDir, name!) : null;
    if (typeof backup === 'string') return fail(io, backup);
    const opened = openStore(dataDir, { create: action === 'restore', setAsideEmpty: action === 'restore' });
    if (!opened.ok) return fail(io, opened.message);
    const { db, store, notice } = opened.opened;
    if (notice) io.stdout(`${notice}\n`);
    try {
      if (action === 'create') {
        const made = await createBackup(db, dataDir, 'manual');
        io.stdout(`backed up: ${made.backup.id} (${size(made.backup.bytes)})\n`);
        if (made.keptFewer) io.stdout('  older backups were removed to stay within a few percent of the disk\n');
        return EXIT.ok;
      }
      const plan = parsed.values.plan as string | undefined;
      if (plan !== undefined) {
        const found = withBackupCopy(dataDir, backup!.id, (copy) => {
          const inBackup = new PlanStore(copy);
          const all = [...inBackup.list(), ...inBackup.list({ trashed: true })];
          const match = all.find((p) => p.id === plan) ?? all.find((p) => p.name === plan);
          return match ? inBackup.get(match.id) : null;
        });
        if (!found) return fail(io, `No plan "${plan}" in backup ${backup!.id}. Nothing was changed.`);
        const { summary, reIded, renamed } = insertAsNewPlan(db, store, found);
        io.stdout(`restored: ${summary.name} (${summary.id}) from ${backup!.id}\n`);
        if (reIded) io.stdout('  as a copy with new ids, because the plan is still in the library\n');
        if (renamed) io.stdout('  under a new name, because a plan of that name is in the library\n');
        return EXIT.ok;
      }
      const safety = await createBackup(db, dataDir, 'restore');
      restoreLibrary(db, dataDir, backup!.id);
      io.stdout(`restored the library from ${backup!.id}\n  the library as it was is in backup ${safety.backup.id}\n`);
      return EXIT.ok;
    } catch (error) {
      const message = errorMessage(error);
      return fail(io, `${error instanceof DomainError ? message : `The backup could not be made or restored: ${message}`} Nothing was changed.`);
    } finally {
      opened.opened.close();
    }
  },
};
