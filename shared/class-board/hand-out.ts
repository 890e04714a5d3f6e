import type { Plan } from '../domain';
import { LIMITS } from '../limits';
import { remapPlanIds } from '../logic/remap-ids';
import { UNSAFE_FILE_NAME_RUNS } from '../file-name';

/**
 * The participants' names from a pasted list: one per line, trimmed, blank lines and repeats
 * left out (a name twice would hand out two files for one person). Names longer than an
 * author may be are reported, not cut.
 */
export function participantNames(text: string): { names: string[]; tooLong: string[] } {
  const seen = new Set<string>();
  const names: string[] = [];
  const tooLong: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim();
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    if (name.length > LIMITS.shortText) tooLong.push(name);
    else names.push(name);
  }
  return { names, tooLong };
}

/** One participant's copy of the hand-out: the plan with its author set, and ids of its own (so no two hand-ins share them). */
export function handOutCopy(plan: Plan, participant: string): Plan {
  const copy = remapPlanIds(plan);
  copy.meta = { ...copy.meta, author: participant, deletedAt: null };
  return copy;
}

/** The file name of a participant's copy: "Li Wei — Spring plan.mplan", safe on every system, unique in the folder. */
export function handOutFileName(participant: string, planName: string, taken: Set<string>): string {
  const safe = (text: string) => text.replace(UNSAFE_FILE_NAME_RUNS, ' ').replace(/\s+/g, ' ').trim();
  const base = `${safe(participant)} — ${safe(planName)}`.slice(0, 150).trim() || 'plan';
  let name = `${base}.mplan`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n}).mplan`;
  taken.add(name.toLowerCase());
  return name;
}
