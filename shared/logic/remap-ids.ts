import type { Plan } from '../domain';
import { COLLECTION_NAMES, newId, REFERENCES } from '../domain';

/**
 * A copy of a plan in which every id is new and every link follows its row, so the copy can sit
 * beside the original (duplicate, import of a plan that exists already) without sharing a row.
 * Passing the same `map` for a plan and its saved versions gives a row the same new id in each,
 * so they can still be compared and restored.
 */
export function remapPlanIds(plan: Plan, planId: string = newId(), map: Map<string, string> = new Map()): Plan {
  const fresh = (id: string) => {
    let next = map.get(id);
    if (!next) {
      next = newId();
      map.set(id, next);
    }
    return next;
  };
  for (const name of COLLECTION_NAMES) for (const row of plan.collections[name]) fresh(row.id);
  const follow = (id: string) => map.get(id) ?? id;

  const copy = structuredClone(plan) as Plan;
  copy.meta.id = planId;
  for (const name of COLLECTION_NAMES) {
    for (const row of copy.collections[name] as unknown as Record<string, unknown>[]) row.id = fresh(row.id as string);
  }
  for (const ref of REFERENCES) {
    for (const row of copy.collections[ref.from] as unknown as Record<string, unknown>[]) {
      const value = row[ref.field];
      if (ref.evidenceKind) {
        const ev = value as { kind: string; id: string } | null;
        if (ev?.kind === ref.evidenceKind) row.evidence = { ...ev, id: follow(ev.id) };
      } else if (Array.isArray(value)) row[ref.field] = value.map((v: string) => follow(v));
      else if (typeof value === 'string') row[ref.field] = follow(value);
    }
  }
  return copy;
}
