import fs from 'node:fs';
import path from 'node:path';
import { MAX_PLAN_FILE_CHARS } from '../../shared/file-format';

export type ReadResult = { ok: true; path: string; text: string } | { ok: false; message: string };

/** Reads a file named on the command line, with a message a person can act on when it cannot. */
export function readPlanFileText(file: string, cwd: string): ReadResult {
  const full = path.resolve(cwd, file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    return { ok: false, message: `${file}: no such file` };
  }
  if (stat.isDirectory()) return { ok: false, message: `${file}: is a folder, not a plan file` };
  // A size far past the limit is refused before it is read into memory.
  if (stat.size > MAX_PLAN_FILE_CHARS * 4) return { ok: false, message: `${file}: the file is larger than ${MAX_PLAN_FILE_CHARS / 1024 / 1024} MB` };
  try {
    return { ok: true, path: full, text: fs.readFileSync(full, 'utf8') };
  } catch (error) {
    return { ok: false, message: `${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** `path: message` lines, as the import dialog shows them. */
export function problemLines(problems: { path: string; message: string }[]): string {
  return problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}\n`).join('');
}
