import type { z } from 'zod';
import { fieldIssue, type FieldIssue } from '../contracts/result';
import { findReferenceProblems } from '../domain/references';
import { findDependencyLoops } from './dependency-loops';
import { inMegabytes } from '../limits';
import {
  MAX_LISTED_PROBLEMS,
  MAX_PLAN_FILE_BYTES,
  PLAN_FILE_FORMAT,
  PLAN_FILE_LATEST_VERSION,
  PLAN_FILE_VERSION,
  PLAN_FILE_VERSIONS,
} from './format';
import { locateJsonError } from './json-error';
import { fileMessage } from './messages';
import { readablePath, readablePlanPath } from './paths';
import { PlanFile } from './schema';
import { errorMessage } from '../error-message';

/** A problem with a file: where, the English text, and the key the UI translates from. */
export type PlanFileProblem = FieldIssue;

export type ParsedPlanFile = { ok: true; file: PlanFile } | { ok: false; problems: PlanFileProblem[] };

// Every problem leaves with the key its text was made from (fieldIssue finds it).
const refuse = (problems: { path: string; message: string }[]): ParsedPlanFile => ({
  ok: false,
  problems: capped(problems).map((p) => fieldIssue(p.path, p.message)),
});

function capped(problems: { path: string; message: string }[]): { path: string; message: string }[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), { path: '', message: fileMessage('moreProblems', { count: rest }) }];
}

function shownValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (text ?? String(value)).slice(0, 40);
}

/** Refuses a file of another kind or another version before its contents are checked field by field. */
function envelopeProblems(raw: unknown): PlanFileProblem[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [{ path: '', message: fileMessage('notObject') }];
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== PLAN_FILE_FORMAT) return [{ path: 'format', message: fileMessage('notPlanFile') }];
  if (version === undefined) return [{ path: 'version', message: fileMessage('noVersion') }];
  if (typeof version === 'number' && Number.isInteger(version) && version > PLAN_FILE_LATEST_VERSION) {
    return [{ path: 'version', message: fileMessage('newerVersion', { version, supported: PLAN_FILE_LATEST_VERSION }) }];
  }
  if (typeof version === 'string' && version.trim() !== '' && Number.isFinite(Number(version))) {
    return [{ path: 'version', message: fileMessage('versionAsText', { version: shownValue(version), supported: PLAN_FILE_VERSION }) }];
  }
  if (typeof version !== 'number' || !PLAN_FILE_VERSIONS.includes(version)) {
    return [{ path: 'version', message: fileMessage('unknownVersion', { version: shownValue(version), supported: PLAN_FILE_VERSION }) }];
  }
  return [];
}

function schemaProblems(error: z.ZodError): PlanFileProblem[] {
  return error.issues.map((issue) => ({ path: readablePath(issue.path), message: issue.message }));
}

/** The length of `text` in UTF-8 bytes, the unit of the file limit; counted without encoding a copy. */
export function utf8Length(text: string): number {
  // At most 3 bytes per UTF-16 unit: a text this short cannot pass any limit worth counting.
  if (text.length * 3 <= MAX_PLAN_FILE_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Reads a `.mplan` file's text and checks everything an import relies on: that it is JSON, a
 * plan file of a version this app reads, every value valid, every link pointing at a row that
 * exists and no action waiting for itself. Either the whole file is good or every problem found
 * is listed with its path; there is no partly good result.
 */
export function parsePlanFile(text: string): ParsedPlanFile {
  if (utf8Length(text) > MAX_PLAN_FILE_BYTES) {
    return refuse([{ path: '', message: fileMessage('tooLarge', { max: inMegabytes(MAX_PLAN_FILE_BYTES) }) }]);
  }
  // Editors on Windows like to start UTF-8 files with a byte-order mark, which JSON does not allow.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse([{ path: '', message: fileMessage('empty') }]);

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const where = locateJsonError(body);
    const reason = where?.reason ?? errorMessage(error);
    return refuse([{ path: '', message: fileMessage('notJson', { line: where?.line ?? 1, column: where?.column ?? 1, reason }) }]);
  }

  const envelope = envelopeProblems(raw);
  if (envelope.length > 0) return refuse(envelope);

  const parsed = PlanFile.safeParse(raw);
  if (!parsed.success) return refuse(schemaProblems(parsed.error));

  // Links and loops are checked on a plan whose every row is known to be well formed.
  const plan = parsed.data.plan;
  const links = [...findReferenceProblems(plan), ...findDependencyLoops(plan)].map((p) => ({ path: readablePlanPath(p.path), message: p.message }));
  // A saved version is restored as the plan, so its links are held to the same rules.
  (parsed.data.versions ?? []).forEach((version, i) => {
    for (const p of [...findReferenceProblems(version.plan), ...findDependencyLoops(version.plan)]) {
      links.push({ path: `versions[${i}].plan.${p.path}`, message: p.message });
    }
  });
  if (links.length > 0) return refuse(links);
  return { ok: true, file: parsed.data };
}
