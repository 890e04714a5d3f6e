import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Plan } from '../domain';
import { ShortText } from '../domain/primitives';
import { fieldIssue, type FieldIssue } from '../contracts/result';
import { serializePlanFile } from '../file-format';
import { remapPlanIds } from '../logic/remap-ids';
import { UNSAFE_FILE_NAME_RUNS } from '../file-name';

/** A name the list could not take, with why, in the author field's own words (key and parameters). */
export type RefusedName = { name: string; issue: FieldIssue };

/**
 * The participants' names from a pasted list: one per line, trimmed, blank lines and repeats
 * left out (a name twice would hand out two files for one person). Each name is checked with
 * the author field's own schema, so the hand-out never writes an author the app would refuse;
 * a refused name is reported, never cut or changed.
 */
export function participantNames(text: string): { names: string[]; refused: RefusedName[]; repeats: number } {
  const seen = new Set<string>();
  const names: string[] = [];
  const refused: RefusedName[] = [];
  let repeats = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const name = line.trim();
    if (name === '') continue;
    if (seen.has(name)) {
      repeats += 1;
      continue;
    }
    seen.add(name);
    const checked = ShortText.safeParse(name);
    if (checked.success) names.push(name);
    else refused.push({ name, issue: fieldIssue('', checked.error.issues[0]!.message) });
  }
  return { names, refused, repeats };
}

/** One participant's copy of the hand-out: the plan with its author set, and ids of its own (so no two hand-ins share them). */
export function handOutCopy(plan: Plan, participant: string): Plan {
  const copy = remapPlanIds(plan);
  copy.meta = { ...copy.meta, author: participant, deletedAt: null };
  return copy;
}

/** Text made safe as (part of) a file or folder name on every system: unsafe runs become a space. */
export function safeFileStem(text: string): string {
  return text.replace(UNSAFE_FILE_NAME_RUNS, ' ').replace(/\s+/g, ' ').trim().slice(0, 150).trim();
}

/** The file name of a participant's copy: "Li Wei — Spring plan.mplan", safe on every system, unique in the folder. */
export function handOutFileName(participant: string, planName: string, taken: Set<string>): string {
  const base = `${safeFileStem(participant)} — ${safeFileStem(planName)}`.slice(0, 150).trim() || 'plan';
  let name = `${base}.mplan`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n}).mplan`;
  taken.add(name.toLowerCase());
  return name;
}

export type HandOutFile = { fileName: string; content: string };
export type HandOutStamp = { app: { name: string; version: string }; exportedAt: string };

/**
 * Every participant's file: a copy of the plan with its author and ids of its own, under a name
 * unique among `taken` (the folder's files, lower-cased; the set is filled as names are given).
 * The command line, the desktop app's folder and browser mode's zip all write these.
 */
export function handOutFiles(plan: Plan, names: readonly string[], stamp: HandOutStamp, taken: Set<string> = new Set()): HandOutFile[] {
  return names.map((name) => ({
    fileName: handOutFileName(name, plan.meta.name, taken),
    content: serializePlanFile(handOutCopy(plan, name), stamp),
  }));
}

/** The files in one zip (browser mode's download: a page cannot write into a folder). Names are UTF-8, as every current unzipper reads them. */
export function handOutZip(files: readonly HandOutFile[], mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file.fileName] = [strToU8(file.content), { mtime }];
  return zipSync(entries, { level: 6 });
}
