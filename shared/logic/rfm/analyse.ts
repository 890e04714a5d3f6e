import type { CustomerRecord } from './customer-list';
import type { RfmProblem } from './problems';
import { dayNumber } from './purchase-date';
import { quintileScores } from './quintiles';
import { RFM_SEGMENTS, rfmSegment, type RfmSegment } from './segments';
import { assignTiers, SPLIT_GROUPS, type RfmSplit, type TierGroup } from './tiers';

export type ScoredCustomer = CustomerRecord & {
  /** Days from the last purchase to the as-of date; null for a customer who never bought. */
  recencyDays: number | null;
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
  group: TierGroup;
};

/** What a tier or a segment adds up to. Totals in BigInt (they may pass 2^53 minor units). */
export type GroupSummary = {
  customers: number;
  totalSpend: bigint;
  /** Rounded half up to a whole minor unit; 0 for an empty group. */
  averageSpend: number;
  /** Mean purchases a customer, to 2 decimals. */
  averagePurchases: number;
  /** Mean days since the last purchase over the customers who bought; null when none did. */
  averageRecencyDays: number | null;
  /** Shares of the list's customers and of its spend, in percent to 1 decimal. */
  customersPct: number;
  spendPct: number;
};

export type RfmAnalysis = {
  asOf: string | null;
  split: RfmSplit;
  customers: ScoredCustomer[];
  tiers: { group: TierGroup; summary: GroupSummary }[];
  segments: { segment: RfmSegment; summary: GroupSummary }[];
  totalSpend: bigint;
};

export type RfmOptions = { split: RfmSplit; asOf?: string | null };

/** Never bought: further back than any real date (finite, so equal keys compare as 0). */
const NEVER = Number.MAX_SAFE_INTEGER;

function pct(part: bigint, whole: bigint): number {
  return whole === 0n ? 0 : Number((part * 2000n + whole) / (2n * whole)) / 10;
}

function summarise(members: readonly ScoredCustomer[], listSize: number, listSpend: bigint): GroupSummary {
  const n = members.length;
  // Exact sums: Number while it stays exact, flushed into a BigInt before it would not (a BigInt
  // add per customer costs more than the rest of the scoring).
  let total = 0n;
  let partial = 0;
  let purchases = 0;
  let recencySum = 0;
  let bought = 0;
  for (const c of members) {
    if (partial + c.spend > Number.MAX_SAFE_INTEGER) {
      total += BigInt(partial);
      partial = 0;
    }
    partial += c.spend;
    purchases += c.purchases;
    if (c.recencyDays !== null) {
      recencySum += c.recencyDays;
      bought++;
    }
  }
  total += BigInt(partial);
  return {
    customers: n,
    totalSpend: total,
    averageSpend: n === 0 ? 0 : Number((2n * total + BigInt(n)) / (2n * BigInt(n))),
    averagePurchases: n === 0 ? 0 : Math.round((purchases / n) * 100) / 100,
    averageRecencyDays: bought === 0 ? null : Math.round(recencySum / bought),
    customersPct: pct(BigInt(n), BigInt(listSize)),
    spendPct: pct(total, listSpend),
  };
}

/**
 * Scores a customer list (see `quintileScores` for the method and the tie rule), names each
 * customer's segment (`rfmSegment`) and tier (`assignTiers`), and sums up tiers and segments.
 *
 * Recency is counted in calendar days to `asOf`, by default the latest purchase in the list (so
 * the same list always scores the same, whatever today is). A purchase after `asOf` is refused
 * with its line. Customers who never bought are the least recent of all.
 */
export function analyseCustomers(
  list: readonly CustomerRecord[],
  options: RfmOptions,
): { ok: true; analysis: RfmAnalysis } | { ok: false; problems: RfmProblem[] } {
  let asOf = options.asOf ?? null;
  if (asOf === null) for (const c of list) if (c.lastPurchase !== null && (asOf === null || c.lastPurchase > asOf)) asOf = c.lastPurchase;
  const problems: RfmProblem[] = [];
  for (const c of list)
    if (asOf !== null && c.lastPurchase !== null && c.lastPurchase > asOf)
      problems.push({ line: c.line, code: 'afterAsOf', params: { value: c.lastPurchase, asOf } });
  if (list.length === 0) problems.push({ line: null, code: 'empty', params: {} });
  if (problems.length > 0) return { ok: false, problems };

  const asOfDay = asOf === null ? null : dayNumber(asOf);
  const recency = list.map((c) => (c.lastPurchase === null || asOfDay === null ? null : asOfDay - dayNumber(c.lastPurchase)));
  const indexes = list.map((_, i) => i);
  // Worst to best: more days is worse; never bought is worst of all.
  const r = quintileScores(indexes, (a, b) => (recency[b] ?? NEVER) - (recency[a] ?? NEVER));
  const f = quintileScores(indexes, (a, b) => list[a]!.purchases - list[b]!.purchases);
  const m = quintileScores(indexes, (a, b) => list[a]!.spend - list[b]!.spend);

  const byValue = [...indexes].sort(
    (a, b) => list[b]!.spend - list[a]!.spend || list[b]!.purchases - list[a]!.purchases || (recency[a] ?? NEVER) - (recency[b] ?? NEVER) || a - b,
  );
  const groups = assignTiers(
    byValue,
    list.map((c) => c.spend),
    options.split,
  );
  const customers: ScoredCustomer[] = list.map((c, i) => ({
    line: c.line,
    id: c.id,
    lastPurchase: c.lastPurchase,
    purchases: c.purchases,
    spend: c.spend,
    recencyDays: recency[i]!,
    r: r[i]!,
    f: f[i]!,
    m: m[i]!,
    segment: rfmSegment(r[i]!, f[i]!, m[i]!),
    group: groups[i]!,
  }));
  const byGroup = new Map<TierGroup, ScoredCustomer[]>(SPLIT_GROUPS[options.split].map((g) => [g, []]));
  const bySegment = new Map<RfmSegment, ScoredCustomer[]>(RFM_SEGMENTS.map((g) => [g, []]));
  for (const c of customers) {
    byGroup.get(c.group)!.push(c);
    bySegment.get(c.segment)!.push(c);
  }
  const totalSpend = summarise(customers, list.length, 1n).totalSpend;
  const tiers = [...byGroup].map(([group, members]) => ({ group, summary: summarise(members, list.length, totalSpend) }));
  const segments = [...bySegment].map(([segment, members]) => ({ segment, summary: summarise(members, list.length, totalSpend) }));
  return { ok: true, analysis: { asOf, split: options.split, customers, tiers, segments, totalSpend } };
}
