import type { FieldIssue } from '../../shared/contracts/result';
import { localizeIssue } from '../../shared/i18n/localize-issue';
import { createTranslate } from '../../shared/i18n/translate';
import fs from 'node:fs';
import path from 'node:path';
import { decodePlanFileBytes, fileMessage, MAX_PLAN_FILE_BYTES } from '../../shared/file-format';
import { inMegabytes } from '../../shared/limits';
import { errorMessage } from '../../shared/error-message';

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
  if (stat.size > MAX_PLAN_FILE_BYTES)
    return { ok: false, message: `${file}: ${fileMessage('tooLarge', { max: inMegabytes(MAX_PLAN_FILE_BYTES) })}` };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(full);
  } catch (error) {
    return { ok: false, message: `${file}: ${errorMessage(error)}` };
  }
  const decoded = decodePlanFileBytes(bytes);
  return decoded.ok ? { ok: true, path: full, text: decoded.text } : { ok: false, message: `${file}: ${decoded.message}` };
}

const english = createTranslate('en');

/** `path: message` lines, as the import dialog shows them: translated from each problem's key, as the UI does. */
export function problemLines(problems: FieldIssue[]): string {
  return problems.map((p) => `${p.path ? `${p.path}: ` : ''}${localizeIssue(p, english)}\n`).join('');
}
