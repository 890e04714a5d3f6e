/**
 * Scores 1–5 by quintiles, rank-based, ties kept together.
 *
 * Method: sort the n values from worst to best. A group of `ties` equal values with `below`
 * values strictly worse sits, on average, at the fraction q = (below + ties / 2) / n of the list
 * (its mid-rank); its score is floor(5 q) + 1, capped at 5. Computed in integers:
 * floor((10 below + 5 ties) / 2n) + 1.
 *
 * So with n distinct values each fifth of the list gets one score (10 customers: 1,1,2,2,…,5,5);
 * equal values always share a score (the mid-rank of their group decides which); one customer,
 * or a list where everyone is equal, scores 3 — the middle, since nothing sets them apart.
 * Quintile boundaries falling inside a tie group therefore make that score's group larger and a
 * neighbour's smaller, never split the tie.
 *
 * `compare(a, b)` > 0 when a is better than b (a sort comparator from worst to best). Answers the score of each value, in input order.
 */
export function quintileScores<T>(values: readonly T[], compare: (a: T, b: T) => number): number[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((a, b) => compare(values[a]!, values[b]!));
  const scores = new Array<number>(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && compare(values[order[start]!]!, values[order[end]!]!) === 0) end++;
    const ties = end - start;
    const score = Math.min(5, Math.floor((10 * start + 5 * ties) / (2 * n)) + 1);
    for (let k = start; k < end; k++) scores[order[k]!] = score;
    start = end;
  }
  return scores;
}
