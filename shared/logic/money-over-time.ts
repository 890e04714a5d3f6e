import type { BudgetReport } from './budget';
import type { Month } from './months';

/**
 * The plan's money month by month and cumulated: revenue, cost of sales, marketing spend and
 * contribution, each as the month's figure and the running total, from the budget report (no
 * figure of its own). Spend on actions without dates belongs to no month; as the break-even month
 * does (`computeBudget`), it is counted as spent before the first month, so the running totals
 * end on the P&L's totals.
 */
export type MoneyMonth = {
  month: Month;
  revenue: number;
  cogs: number;
  marketing: number;
  contribution: number;
  cumulative: { revenue: number; cogs: number; marketing: number; contribution: number };
  /** Cumulative contribution − the period's fixed costs: where the plan stands if it stopped here. */
  position: number;
};

export type MoneyOverTime = {
  months: MoneyMonth[];
  /** Undated actions' spend, counted before the first month. */
  undatedSpend: number;
  fixedCosts: number;
  /** The first month whose cumulative contribution covers the fixed costs (with revenue so far); null: not within the plan period. */
  breakEvenMonth: Month | null;
};

export function moneyOverTime(report: BudgetReport): MoneyOverTime {
  const undated = report.totals.undatedActionsSpend;
  const fixed = report.totals.fixedCosts;
  let revenue = 0;
  let cogs = 0;
  let marketing = undated;
  let contribution = -undated;
  const months = report.months.map((month): MoneyMonth => {
    const m = {
      revenue: report.revenue[month] ?? 0,
      cogs: report.cogs[month] ?? 0,
      marketing: report.marketing[month] ?? 0,
      contribution: report.contribution[month] ?? 0,
    };
    revenue += m.revenue;
    cogs += m.cogs;
    marketing += m.marketing;
    contribution += m.contribution;
    return { month, ...m, cumulative: { revenue, cogs, marketing, contribution }, position: contribution - fixed };
  });
  return { months, undatedSpend: undated, fixedCosts: fixed, breakEvenMonth: report.breakEven.month };
}
