// A full disk, for real: a small tmpfs mounted for each test. Mounting needs root (CI's
// container runs as root); elsewhere the tests report themselves skipped with that reason.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/run-cli';
import { createBackend } from '../../../../../electron/core/backend';
import { DATABASE_FILE } from '../../../../../electron/core/storage/database';
import { serializePlanFile } from '../../../../../shared/file-format';
import { fullPlan } from '../../../helpers/full-plan';

function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-tmpfs-probe-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  fs.rmdirSync(probe);
  return mounted;
}

const MOUNTABLE = canMountTmpfs();
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const planFile = () => serializePlanFile(fullPlan(), { app: { name: 'Planwright', version: 'test' }, exportedAt: '2026-12-01T00:00:00.000Z' });

let disk: string;
let dataDir: string;

/** Writes a filler file until the disk is full; answers a function that frees the space again. */
function fillDisk(name = 'filler'): () => void {
  const file = path.join(disk, name);
  const fd = fs.openSync(file, 'w');
  const block = Buffer.alloc(4096);
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    fs.closeSync(fd);
  }
  return () => fs.rmSync(file);
}

describe.skipIf(!MOUNTABLE)('a full disk (mounts a 3 MB tmpfs: needs root on Linux, skipped otherwise)', () => {
  beforeEach(() => {
    disk = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-full-'));
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', disk]).status).toBe(0);
    dataDir = path.join(disk, 'data');
  });
  afterEach(() => {
    spawnSync('umount', ['-l', disk]);
    fs.rmSync(disk, { recursive: true, force: true });
  });

  it('refuses a save in a plain sentence, keeps every saved plan, and stops without an error', () => {
    const b = createBackend({ dataDir, mode: 'test' });
    // Six plans fill most of the 3 MB (each import writes a page of every table and index to the WAL), leaving room to start.
    for (let i = 0; i < 6; i++) expect(b.dispatch('plans.importFile', { content: planFile() }).ok).toBe(true);
    const listed = b.dispatch('plans.list', {});
    const free = fillDisk();
    const refused = b.dispatch('plans.importFile', { content: planFile() });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: 'The disk is full, so this change was not saved. Free some space on the disk and try again; your plans are as they were.',
        reason: 'diskFull',
      },
    });
    // The closing checkpoint cannot grow the file: the app still stops cleanly, the WAL kept.
    expect(() => b.close()).not.toThrow();
    expect(fs.statSync(path.join(dataDir, `${DATABASE_FILE}-wal`)).size).toBeGreaterThan(0);
    free();
    const again = createBackend({ dataDir, mode: 'test' });
    expect(again.dispatch('plans.list', {})).toEqual(listed);
    again.close();
  });

  it('says the disk is full, not "disk I/O error", when an existing library cannot be opened', () => {
    const b = createBackend({ dataDir, mode: 'test' });
    b.dispatch('plans.importFile', { content: planFile() });
    b.close();
    const before = hash(path.join(dataDir, DATABASE_FILE));
    const free = fillDisk();
    expect(() => createBackend({ dataDir, mode: 'test' })).toThrow(
      'The disk is full, so Planwright cannot open your plans. Free some space on the disk and start Planwright again; nothing was changed.',
    );
    expect(hash(path.join(dataDir, DATABASE_FILE))).toBe(before);
    free();
    const again = createBackend({ dataDir, mode: 'test' });
    expect((again.dispatch('plans.list', {}) as { value: unknown[] }).value).toHaveLength(1);
    again.close();
  });

  it('planwright import on a full disk: one plain refusal, exit 1, nothing changed', async () => {
    const mplan = path.join(os.tmpdir(), `planwright-full-${process.pid}.mplan`);
    fs.writeFileSync(mplan, planFile());
    try {
      const run = async () => {
        let stdout = '';
        let stderr = '';
        const code = await runCli(['import', mplan, '--data-dir', dataDir], {
          stdout: (t) => void (stdout += t),
          stderr: (t) => void (stderr += t),
          cwd: os.tmpdir(),
          env: {},
        });
        return { code, stdout, stderr };
      };
      for (let i = 0; i < 6; i++) expect((await run()).code).toBe(0);
      const free = fillDisk();
      const refused = await run();
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      // One line, a plain sentence, no stack trace (the library is closed, so opening it needs room first).
      expect(refused.stderr).toBe(
        `Cannot open the data in ${dataDir}: The disk is full, so Planwright cannot open your plans. Free some space on the disk and start Planwright again; nothing was changed.\n`,
      );
      free();
      const b = createBackend({ dataDir, mode: 'test' });
      expect((b.dispatch('plans.list', {}) as { value: unknown[] }).value).toHaveLength(6);
      b.close();
    } finally {
      fs.rmSync(mplan, { force: true });
    }
  });
});
