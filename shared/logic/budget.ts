import type { Action, ForecastLine, MixElement, Plan } from '../domain';
import { MIX_ELEMENTS } from '../domain';
import { daysByMonth, planMonths, type Month } from './months';

/**
 * The plan's projected profit and loss. Every amount is an integer in minor units of the plan's
 * currency. Sums run in BigInt so no intermediate loses a unit; a final figure that would not
 * fit a JavaScript number exactly raises `BudgetOverflowError` instead of a silently wrong total.
 */

export type MixKey = MixElement | 'unassigned';
export const MIX_KEYS: readonly MixKey[] = [...MIX_ELEMENTS, 'unassigned'];

export type BudgetReport = {
  currency: string;
  /** Plan months ∪ every month a forecast line, budget line or dated action touches, sorted. */
  months: Month[];
  revenue: Record<Month, number>;
  cogs: Record<Month, number>;
  grossMargin: Record<Month, number>;
  actionsSpend: Record<Month, number>;
  manualSpend: Record<Month, number>;
  marketing: Record<Month, number>;
  contribution: Record<Month, number>;
  spendByMix: Record<MixKey, number>;
  spendByMonthAndMix: Record<Month, Record<MixKey, number>>;
  totals: {
    revenue: number;
    cogs: number;
    grossMargin: number;
    /** Gross margin as a percentage of revenue (0–100 for a normal plan); null without revenue. */
    grossMarginPct: number | null;
    /** All non-cancelled actions' costs, dated or not. */
    actionsSpend: number;
    /** The part of `actionsSpend` from actions without any date: in no month, but still spent. */
    undatedActionsSpend: number;
    /** How many non-cancelled actions with a cost have no date. */
    undatedActions: number;
    manualSpend: number;
    marketing: number;
    contribution: number;
    fixedCosts: number;
    /** contribution − fixed costs */
    profit: number;
    units: number;
  };
  budget: { granted: number | null; difference: number | null /* granted − marketing */ };
  breakEven: {
    /** Units to sell so the average unit margin covers marketing + fixed costs; may be fractional. */
    units: number | null;
    /** Revenue at that point, rounded up to the minor unit. */
    revenue: number | null;
    /** The first month where cumulative contribution covers the fixed costs. */
    month: Month | null;
  };
  forecastByProduct: { key: string; label: string; revenue: number; units: number }[];
};

export class BudgetOverflowError extends RangeError {
  constructor(what: string) {
    super(`The budget's ${what} is too large to compute exactly (beyond ${Number.MAX_SAFE_INTEGER} minor units).`);
    this.name = 'BudgetOverflowError';
  }
}

function toNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) throw new BudgetOverflowError(what);
  return Number(value);
}

/**
 * Splits `total` into parts proportional to `weights` that always sum exactly to `total`
 * (largest-remainder method: each part gets its floor share, then the units left over go one
 * each to the largest remainders, the earliest part winning a tie). A negative total is split
 * as its magnitude and negated, so a credit spreads exactly as a cost would. Weights must be
 * non-negative with a positive sum.
 */
export function allocateMinor(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError(`Not a whole number of minor units: ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0 || weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw new RangeError('Allocation weights must be non-negative whole numbers with a positive sum.');
  }
  const sign = total < 0 ? -1n : 1n;
  const magnitude = BigInt(Math.abs(total));
  const bigSum = BigInt(sum);
  const parts = weights.map((w) => (magnitude * BigInt(w)) / bigSum);
  const remainders = weights.map((w, i) => ({ i, r: (magnitude * BigInt(w)) % bigSum }));
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p * sign));
}

/**
 * The days an action occupies: start..end inclusive; with only one of the two, that single day;
 * with neither, null (the action is "undated").
 */
export function actionSpan(action: Pick<Action, 'start' | 'end'>): { start: string; end: string } | null {
  const start = action.start ?? action.end;
  const end = action.end ?? action.start;
  if (start === null || end === null) return null;
  // The schema forbids end < start; should one slip through, the span is read in date order.
  return start <= end ? { start, end } : { start: end, end: start };
}

/**
 * An action's cost spread over its months in proportion to the days it runs in each (start and
 * end days both count), in whole minor units that sum exactly to the cost. Empty when the action
 * has no cost or no date at all (see `computeBudget` for where undated costs go). Status is not
 * considered here: a cancelled action still has a schedule; the budget leaves it out.
 */
export function actionCostByMonth(action: Pick<Action, 'start' | 'end' | 'cost'>): { month: Month; amount: number }[] {
  if (action.cost === null) return [];
  const span = actionSpan(action);
  if (!span) return [];
  const days = daysByMonth(span.start, span.end);
  const amounts = allocateMinor(
    action.cost,
    days.map((d) => d.days),
  );
  return days.map((d, i) => ({ month: d.month, amount: amounts[i] ?? 0 }));
}

/** Cancelled actions cost nothing; every other status is planned or real spend. */
export function countsAsSpend(action: Pick<Action, 'status'>): boolean {
  return action.status !== 'cancelled';
}

/** A finite JS number as an exact decimal: digits × 10^-scale (1.005 → 1005, 3; 1e21 → 10^21, 0). */
export function exactDecimal(value: number): { digits: bigint; scale: number } {
  const [mantissa = '0', exponentText = '0'] = String(value).toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  let digits = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponentText);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: negative ? -digits : digits, scale };
}

/**
 * quantity × minor-unit amount, rounded once to a whole minor unit, half away from zero
 * (2.5 units × 1 = 3, −2.5 → −3). The quantity is taken as the decimal the user typed, not its
 * binary approximation, so 1.005 × 100 is 100.5 → 101, never 100.
 */
export function multiplyMinor(quantity: number, minor: number): bigint {
  if (!Number.isFinite(quantity)) throw new RangeError(`Not a finite quantity: ${quantity}`);
  const { digits, scale } = exactDecimal(quantity);
  const product = digits * BigInt(minor);
  if (scale === 0) return product;
  const divisor = 10n ** BigInt(scale);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return negative ? -rounded : rounded;
}

/** Running sums per key in BigInt. */
class Sums {
  private readonly map = new Map<string, bigint>();
  add(key: string, amount: bigint | number): void {
    this.map.set(key, (this.map.get(key) ?? 0n) + BigInt(amount));
  }
  get(key: string): bigint {
    return this.map.get(key) ?? 0n;
  }
  total(): bigint {
    let sum = 0n;
    for (const v of this.map.values()) sum += v;
    return sum;
  }
}

function byMonth(months: Month[], value: (month: Month) => bigint, what: string): Record<Month, number> {
  return Object.fromEntries(months.map((m) => [m, toNumber(value(m), what)]));
}

function emptyMix(): Record<MixKey, number> {
  return Object.fromEntries(MIX_KEYS.map((k) => [k, 0])) as Record<MixKey, number>;
}

function forecastKey(line: ForecastLine): string {
  return line.productId ?? `label:${line.label.trim()}`;
}

/**
 * The plan's budget:
 * - revenue = units × unit price, COGS = units × unit cost, each line rounded once (see
 *   `multiplyMinor`); gross margin = revenue − COGS;
 * - marketing = the non-cancelled actions' costs spread by day over their months + the manual
 *   budget lines. An action with a cost but no date at all belongs to no month: it is counted in
 *   `totals.undatedActionsSpend` and in every total (actions, marketing, contribution, profit, the
 *   mix split and the budget difference), but in no monthly column; for the break-even month it
 *   is treated as spent before the first month, so it is never forgotten;
 * - contribution = gross margin − marketing; profit = contribution − fixed costs;
 * - break-even units = (marketing + fixed costs) ÷ average unit margin (gross margin ÷ units),
 *   null when there are no units or the unit margin is not positive; break-even month = the first
 *   month with some revenue so far whose cumulative contribution reaches the fixed costs.
 */
export function computeBudget(plan: Plan): BudgetReport {
  const { forecastLines, budgetLines, actions, products } = plan.collections;
  const revenue = new Sums();
  const cogs = new Sums();
  const actionsSpend = new Sums();
  const manualSpend = new Sums();
  const mix = new Sums();
  const monthMix = new Sums();
  const monthSet = new Set<Month>(planMonths(plan.meta));
  let units = 0;
  let undated = 0n;
  let undatedActions = 0;

  const productNames = new Map(products.map((p) => [p.id, p.name]));
  const byProduct = new Map<string, { key: string; label: string; revenue: bigint; units: number }>();

  for (const line of forecastLines) {
    const lineRevenue = multiplyMinor(line.units, line.unitPrice);
    revenue.add(line.month, lineRevenue);
    cogs.add(line.month, multiplyMinor(line.units, line.unitCost));
    units += line.units;
    monthSet.add(line.month);
    const key = forecastKey(line);
    const entry = byProduct.get(key) ?? {
      key,
      label: (line.productId !== null ? productNames.get(line.productId) : undefined) ?? line.label,
      revenue: 0n,
      units: 0,
    };
    entry.revenue += lineRevenue;
    entry.units += line.units;
    byProduct.set(key, entry);
  }

  for (const action of actions) {
    if (!countsAsSpend(action) || action.cost === null) continue;
    const mixKey: MixKey = action.mixElement ?? 'unassigned';
    mix.add(mixKey, action.cost);
    const spread = actionCostByMonth(action);
    if (spread.length === 0) {
      undated += BigInt(action.cost);
      undatedActions += 1;
      continue;
    }
    for (const { month, amount } of spread) {
      actionsSpend.add(month, amount);
      monthMix.add(`${month}|${mixKey}`, amount);
      monthSet.add(month);
    }
  }

  for (const line of budgetLines) {
    const mixKey: MixKey = line.mixElement ?? 'unassigned';
    manualSpend.add(line.month, line.amount);
    mix.add(mixKey, line.amount);
    monthMix.add(`${line.month}|${mixKey}`, line.amount);
    monthSet.add(line.month);
  }

  const months = [...monthSet].sort();
  const marketingOf = (m: Month) => actionsSpend.get(m) + manualSpend.get(m);
  const contributionOf = (m: Month) => revenue.get(m) - cogs.get(m) - marketingOf(m);

  const totalRevenue = revenue.total();
  const totalCogs = cogs.total();
  const totalGross = totalRevenue - totalCogs;
  const totalActions = actionsSpend.total() + undated;
  const totalManual = manualSpend.total();
  const totalMarketing = totalActions + totalManual;
  const totalContribution = totalGross - totalMarketing;
  const fixedCosts = BigInt(plan.fields.budget.fixedCosts ?? 0);
  const granted = plan.fields.budget.marketingBudget;

  return {
    currency: plan.meta.currency,
    months,
    revenue: byMonth(months, (m) => revenue.get(m), 'revenue'),
    cogs: byMonth(months, (m) => cogs.get(m), 'cost of goods'),
    grossMargin: byMonth(months, (m) => revenue.get(m) - cogs.get(m), 'gross margin'),
    actionsSpend: byMonth(months, (m) => actionsSpend.get(m), 'action spend'),
    manualSpend: byMonth(months, (m) => manualSpend.get(m), 'budget line spend'),
    marketing: byMonth(months, marketingOf, 'marketing spend'),
    contribution: byMonth(months, contributionOf, 'contribution'),
    spendByMix: Object.fromEntries(MIX_KEYS.map((k) => [k, toNumber(mix.get(k), 'marketing spend')])) as Record<MixKey, number>,
    spendByMonthAndMix: Object.fromEntries(
      months.map((m) => {
        const row = emptyMix();
        for (const k of MIX_KEYS) row[k] = toNumber(monthMix.get(`${m}|${k}`), 'marketing spend');
        return [m, row];
      }),
    ),
    totals: {
      revenue: toNumber(totalRevenue, 'revenue'),
      cogs: toNumber(totalCogs, 'cost of goods'),
      grossMargin: toNumber(totalGross, 'gross margin'),
      grossMarginPct: totalRevenue === 0n ? null : (Number(totalGross) / Number(totalRevenue)) * 100,
      actionsSpend: toNumber(totalActions, 'action spend'),
      undatedActionsSpend: toNumber(undated, 'action spend'),
      undatedActions,
      manualSpend: toNumber(totalManual, 'budget line spend'),
      marketing: toNumber(totalMarketing, 'marketing spend'),
      contribution: toNumber(totalContribution, 'contribution'),
      fixedCosts: toNumber(fixedCosts, 'fixed costs'),
      profit: toNumber(totalContribution - fixedCosts, 'profit'),
      units,
    },
    budget: {
      granted,
      difference: granted === null ? null : toNumber(BigInt(granted) - totalMarketing, 'budget difference'),
    },
    breakEven: breakEven({
      units,
      totalRevenue,
      totalGross,
      totalMarketing,
      fixedCosts,
      undated,
      months,
      revenueOf: (m) => revenue.get(m),
      contributionOf,
    }),
    forecastByProduct: [...byProduct.values()].map((e) => ({ key: e.key, label: e.label, revenue: toNumber(e.revenue, 'revenue'), units: e.units })),
  };
}

function breakEven(input: {
  units: number;
  totalRevenue: bigint;
  totalGross: bigint;
  totalMarketing: bigint;
  fixedCosts: bigint;
  undated: bigint;
  months: Month[];
  revenueOf: (m: Month) => bigint;
  contributionOf: (m: Month) => bigint;
}): BudgetReport['breakEven'] {
  const { units, totalRevenue, totalGross, totalMarketing, fixedCosts } = input;
  const toCover = totalMarketing + fixedCosts > 0n ? totalMarketing + fixedCosts : 0n;
  let beUnits: number | null = null;
  let beRevenue: number | null = null;
  if (units > 0 && totalGross > 0n) {
    beUnits = (Number(toCover) * units) / Number(totalGross);
    // Revenue where margin covers the costs: costs × revenue ÷ gross margin, rounded up.
    const numerator = toCover * totalRevenue;
    beRevenue = toNumber(numerator / totalGross + (numerator % totalGross === 0n ? 0n : 1n), 'break-even revenue');
  }

  let month: Month | null = null;
  if (units > 0) {
    let cumulative = -input.undated;
    let revenueSoFar = 0n;
    for (const m of input.months) {
      cumulative += input.contributionOf(m);
      revenueSoFar += input.revenueOf(m);
      if (revenueSoFar > 0n && cumulative >= fixedCosts) {
        month = m;
        break;
      }
    }
  }
  return { units: beUnits, revenue: beRevenue, month };
}
