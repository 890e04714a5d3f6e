import type { CustomerTier } from '../../domain/situation';

/**
 * Two ways to tier customers by value, from the domain's customer section:
 * - `15/35/50`: the top 15 % opinion leaders (意见领袖), the next 35 % intending (意向客户), the
 *   other 50 % to be nurtured (待培育). Sizes: leaders = round(15 % of n), leaders + intending =
 *   round(50 % of n), halves rounded up, so the three always add up to n.
 * - `80/20`: the top customers — the fewest, from the most valuable down, whose spend reaches
 *   80 % of the list's total (优质大客户) — and the rest. With no spend at all, nobody is "top".
 *
 * "Most valuable" orders by total spend, then more purchases, then the more recent last purchase,
 * then the list's order: the same list always gives the same tiers, and customers tied on all of
 * these at a boundary are split by their order in the list.
 */
export const RFM_SPLITS = ['15/35/50', '80/20'] as const;
export type RfmSplit = (typeof RFM_SPLITS)[number];

export type TierGroup = 'opinionLeaders' | 'intending' | 'toNurture' | 'top' | 'rest';

export const SPLIT_GROUPS: Record<RfmSplit, TierGroup[]> = {
  '15/35/50': ['opinionLeaders', 'intending', 'toNurture'],
  '80/20': ['top', 'rest'],
};

/** Where each group lands in the plan's customer table (`CUSTOMER_TIERS`). */
export const GROUP_TIER: Record<TierGroup, CustomerTier['tier']> = {
  opinionLeaders: 'opinionLeader',
  intending: 'intending',
  toNurture: 'potential',
  top: 'keyAccount',
  rest: 'smallMid',
};

/** Round half up of a / b, for non-negative integers. */
function roundDiv(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/**
 * The group of each customer, given the indexes of the customers from most to least valuable
 * and their spend. Answers an array in input order.
 */
export function assignTiers(byValue: readonly number[], spend: readonly number[], split: RfmSplit): TierGroup[] {
  const n = byValue.length;
  const groups = new Array<TierGroup>(n);
  if (split === '15/35/50') {
    const leaders = roundDiv(15 * n, 100);
    const upToIntending = roundDiv(50 * n, 100);
    byValue.forEach((index, rank) => {
      groups[index] = rank < leaders ? 'opinionLeaders' : rank < upToIntending ? 'intending' : 'toNurture';
    });
    return groups;
  }
  // Sums in BigInt: 100,000 customers of up to 10^15 minor units each pass 2^53.
  // The cut is found in floating point, then checked exactly in BigInt around it.
  let total = 0n;
  for (const s of spend) total += BigInt(s);
  let top = 0;
  if (total > 0n) {
    const target = Number(total) * 0.8;
    let approx = 0;
    while (top < n && approx < target) approx += spend[byValue[top++]!]!;
    let cumulative = 0n;
    for (let k = 0; k < top; k++) cumulative += BigInt(spend[byValue[k]!]!);
    // Fewest customers reaching 80 %: step back while the prefix without its last still reaches it…
    while (top > 1 && (cumulative - BigInt(spend[byValue[top - 1]!]!)) * 100n >= total * 80n) cumulative -= BigInt(spend[byValue[--top]!]!);
    // …or forward while it does not.
    while (top < n && cumulative * 100n < total * 80n) cumulative += BigInt(spend[byValue[top++]!]!);
  }
  byValue.forEach((index, rank) => {
    groups[index] = rank < top ? 'top' : 'rest';
  });
  return groups;
}
