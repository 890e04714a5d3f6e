import fs from 'node:fs';

/** What a user reads when a change cannot be written because the disk is full. */
export const DISK_FULL_SAVE =
  'The disk is full, so this change was not saved. Free some space on the disk and try again; your plans are as they were.';
export const DISK_FULL_OPEN =
  'The disk is full, so Planwright cannot open your plans. Free some space on the disk and start Planwright again; nothing was changed.';
export const DISK_FULL_CLOSE =
  'The disk is full, so Planwright could not tidy up its data file on closing. Your plans are saved and will be there next time.';

function codeOf(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether a failure is the disk being full. SQLite says SQLITE_FULL when a write finds no room,
 * but only a generic SQLITE_IOERR when opening needs room for its -wal or -shm file: then the
 * free space of the folder decides.
 */
export function isDiskFull(error: unknown, dataDir?: string): boolean {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return true;
  if (!dataDir || !code?.startsWith('SQLITE_IOERR')) return false;
  try {
    return fs.statfsSync(dataDir).bavail === 0;
  } catch {
    return false;
  }
}

export class DiskFullError extends Error {
  readonly code = 'disk_full';
  constructor(message: string) {
    super(message);
  }
}
