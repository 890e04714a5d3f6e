import { BudgetOverflowError } from '../budget';

/**
 * One figure of plan versus actual: the plan, the actual (null while none is entered for the
 * months compared), and their variance. Variance is actual − plan, as accountants write it; which
 * way is good depends on the figure (`favourable`): more sales and contribution are good, more
 * spend is not.
 */

export type Figure = {
  plan: number;
  actual: number | null;
  /** actual − plan; null without an actual. */
  variance: number | null;
  /** The variance in percent of |plan|; null without an actual, or when the plan is 0 (no percentage of nothing). */
  variancePct: number | null;
};

/** Whether more is better (sales, contribution) or worse (spend, cost per result). */
export type Direction = 'moreIsBetter' | 'lessIsBetter';

/** Drops binary noise (0.3 − 0.1 = 0.19999999999999998) so percentages print and compare as computed. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

export function figure(plan: number, actual: number | null): Figure {
  if (actual === null) return { plan, actual, variance: null, variancePct: null };
  const variance = tidy(actual - plan);
  return { plan, actual, variance, variancePct: plan === 0 ? null : tidy((variance / Math.abs(plan)) * 100) };
}

/** True when the variance goes the good way (or is nil), false the bad way, null without a variance. */
export function favourable(f: Pick<Figure, 'variance'>, direction: Direction): boolean | null {
  if (f.variance === null) return null;
  return direction === 'moreIsBetter' ? f.variance >= 0 : f.variance <= 0;
}

/**
 * Whether a figure is beyond the threshold (in percent of plan, either way). A plan of 0 with a
 * non-zero actual has no percentage but is off plan all the same, so it counts as beyond.
 */
export function beyondThreshold(f: Figure, thresholdPct: number): boolean {
  if (f.variance === null || f.variance === 0) return false;
  if (f.variancePct === null) return true;
  return Math.abs(f.variancePct) > thresholdPct;
}

/** Exact sums of minor units: BigInt inside, a safe integer out, or a BudgetOverflowError (a RangeError) rather than a wrong total. */
export function sumMinor(amounts: Iterable<number | bigint>): number {
  let sum = 0n;
  for (const a of amounts) sum += BigInt(a);
  // The budget's own error, so whoever already says "too large to compute" for the budget says it here too.
  if (sum > BigInt(Number.MAX_SAFE_INTEGER) || sum < -BigInt(Number.MAX_SAFE_INTEGER)) throw new BudgetOverflowError('plan versus actual');
  return Number(sum);
}

/** A ratio in percent (spend ÷ sales × 100), null when the base is 0 or unknown. */
export function ratioPct(part: number | null, base: number | null): number | null {
  if (part === null || base === null || base === 0) return null;
  return tidy((part / base) * 100);
}

/** A difference of two percentages, in percentage points; null when either is missing. */
export function points(plan: number | null, actual: number | null): number | null {
  return plan === null || actual === null ? null : tidy(actual - plan);
}
