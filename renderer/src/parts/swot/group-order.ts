/**
 * The SWOT board shows one collection as four quadrants (and the TOWS strategies as four groups):
 * a row moves among the rows of its own group, while storage keeps one order for the collection.
 */

/**
 * The index to give `moveRow` so the row swaps places with its nearest neighbour of the same
 * group in the direction of `step`; null when it is already first (or last) of its group.
 * `moveRow` takes the index the row has after the move: the neighbour's own index in both
 * directions (upwards the row lands before it; downwards the neighbour shifts up by one first).
 */
export function groupMoveIndex<R extends { id: string }>(rows: readonly R[], id: string, step: 1 | -1, group: (row: R) => string): number | null {
  const from = rows.findIndex((r) => r.id === id);
  if (from < 0) return null;
  const own = group(rows[from]!);
  for (let i = from + step; i >= 0 && i < rows.length; i += step) {
    if (group(rows[i]!) === own) return i;
  }
  return null;
}

/** The rows of each group in collection order; every key of `keys` is present, empty or not. */
export function rowsByGroup<R, K extends string>(rows: readonly R[], keys: readonly K[], group: (row: R) => K): Record<K, R[]> {
  const out = Object.fromEntries(keys.map((k) => [k, [] as R[]])) as Record<K, R[]>;
  for (const row of rows) out[group(row)]?.push(row);
  return out;
}

/** `next`, with each group's array replaced by the previous one when it holds the same rows. */
export function reuseUnchanged<R, K extends string>(prev: Record<K, R[]> | null, next: Record<K, R[]>): Record<K, R[]> {
  if (!prev) return next;
  let same = true;
  const out = { ...next };
  for (const key of Object.keys(next) as K[]) {
    const a = prev[key];
    const b = next[key];
    if (a && a.length === b.length && a.every((row, i) => row === b[i])) out[key] = a;
    else same = false;
  }
  return same ? prev : out;
}
