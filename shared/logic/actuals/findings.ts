import { DEFAULT_VARIANCE_THRESHOLD_PCT, type CollectionName, type Plan } from '../../domain';
import { BudgetOverflowError } from '../budget';
import type { Month } from '../months';
import { planVsActual } from './plan-vs-actual';
import { rowsToDate } from './row-figures';
import { beyondThreshold, type Figure } from './variance';

/*
 * The variances the health panel flags: year to date, each product's sales (revenue), each
 * action's or budget line's spend, and the plan's contribution, when the variance is beyond the
 * user's threshold either way (above plan or below). The Fix link goes to the row's cell of the
 * latest month reported, in the Control part's grids (`data-row-id`, column `m-<month>`).
 */

export const VARIANCE_CHECKS = ['salesVariance', 'spendVariance', 'contributionVariance'] as const;
export type VarianceCheck = (typeof VARIANCE_CHECKS)[number];

export type VarianceFinding = {
  check: VarianceCheck;
  target: { collection?: CollectionName; rowId?: string; field?: string };
  params: Record<string, string | number>;
};

/** The threshold the plan sets, or the default. */
export function varianceThreshold(plan: Pick<Plan, 'fields'>): number {
  return plan.fields.control.varianceThresholdPct ?? DEFAULT_VARIANCE_THRESHOLD_PCT;
}

/** The column of a month in the actuals grids (no colon: a cell's key is `<collection>:<rowId>:<columnId>`). */
export const actualsMonthColumn = (month: Month) => `m-${month}`;

function params(name: string, f: Figure, threshold: number, month: Month): Record<string, string | number> {
  const pct = f.variancePct === null ? null : Math.round(f.variancePct * 10) / 10;
  // Signed, so the message says which way without a word per direction: "+12.5", "−8".
  const signed = pct === null ? ((f.variance ?? 0) > 0 ? '+∞' : '−∞') : pct > 0 ? `+${pct}` : String(pct).replace('-', '−');
  return { name, planMinor: f.plan, actualMinor: f.actual ?? 0, pct: signed, threshold, month };
}

/** The flags, or none when the plan's sums are too large to compute (the budget's checks say so already). */
export function varianceFindings(plan: Pick<Plan, 'meta' | 'fields' | 'collections'>): VarianceFinding[] {
  try {
    return flagged(plan);
  } catch (error) {
    if (error instanceof BudgetOverflowError) return [];
    throw error;
  }
}

function flagged(plan: Pick<Plan, 'meta' | 'fields' | 'collections'>): VarianceFinding[] {
  const pva = planVsActual(plan);
  if (pva.ytd === null || pva.asOf === null) return [];
  const threshold = varianceThreshold(plan);
  const out: VarianceFinding[] = [];
  const rows = rowsToDate(pva, plan.collections.products);
  const lastSales = pva.ytd.revenue.months.at(-1);
  if (lastSales) {
    for (const { row, figures } of rows.sales) {
      if (!beyondThreshold(figures.revenue, threshold)) continue;
      out.push({
        check: 'salesVariance',
        target: { collection: 'actualSales', rowId: row.id, field: actualsMonthColumn(lastSales) },
        params: params(row.name, figures.revenue, threshold, lastSales),
      });
    }
  }
  const lastSpend = pva.ytd.spend.months.at(-1);
  if (lastSpend) {
    for (const { row, figure } of rows.spend) {
      if (!beyondThreshold(figure, threshold)) continue;
      out.push({
        check: 'spendVariance',
        target: { collection: 'actualSpend', rowId: row.id, field: actualsMonthColumn(lastSpend) },
        params: params(row.name, figure, threshold, lastSpend),
      });
    }
  }
  const contribution = pva.ytd.contribution;
  const lastBoth = contribution.months.at(-1);
  if (lastBoth && beyondThreshold(contribution, threshold)) {
    out.push({ check: 'contributionVariance', target: { field: 'planVsActual' }, params: params('', contribution, threshold, lastBoth) });
  }
  return out;
}
