import type { Plan } from '../../domain';
import { planMonths, type Month } from '../months';
import { multiplyMinor } from '../budget';
import { planYearOf, yearToDateMonths } from './plan-years';
import { actualCostOfGoods, reportedMonths, salesRows, spendRows, type ReportedMonths, type SalesRow, type SpendRow } from './rows';
import { figure, sumMinor, type Figure } from './variance';

/*
 * Plan versus actual for the whole plan: sales (revenue and units), marketing spend and
 * contribution, month by month and year to date. The plan's figures are the budget's (forecast
 * lines, actions spread over their days, budget lines); contribution is revenue − cost of goods −
 * marketing spend, its actual cost of goods from the actual units at the planned unit costs
 * (`actualCostOfGoods`). Month by month a figure has an actual once its month is reported
 * (`reportedMonths`); contribution needs both sales and spend reported.
 */

export const PLAN_VS_ACTUAL_MEASURES = ['revenue', 'units', 'spend', 'contribution'] as const;
export type PlanVsActualMeasure = (typeof PLAN_VS_ACTUAL_MEASURES)[number];

export type PlanVsActualMonth = { month: Month } & Record<PlanVsActualMeasure, Figure>;

/** A figure summed over the reported months of a year to date, with the months that are not (yet) reported. */
export type ToDateFigure = Figure & { months: Month[]; missing: Month[] };

export type PlanVsActual = {
  /** Plan months and every month an actual names, in order. */
  months: PlanVsActualMonth[];
  /** The latest month with any actual: where "to date" ends; null without actuals. */
  asOf: Month | null;
  /** From the first month of asOf's plan year (plan-years.ts) to asOf. */
  yearToDate: { from: Month; through: Month; planYear: number } | null;
  ytd: Record<PlanVsActualMeasure, ToDateFigure> | null;
  reported: ReportedMonths;
  sales: SalesRow[];
  spend: SpendRow[];
};

type Monthly = { plan: Record<Month, number>; actual: Record<Month, number> };

function monthly(): Monthly {
  return { plan: {}, actual: {} };
}

/** Adds whole minor units to a month, exactly. */
function put(record: Record<Month, number>, month: Month, amount: number | bigint): void {
  record[month] = sumMinor([record[month] ?? 0, amount]);
}

function reportedIn(measure: PlanVsActualMeasure, reported: ReportedMonths, month: Month): boolean {
  if (measure === 'contribution') return reported.revenue.has(month) && reported.spend.has(month);
  return reported[measure].has(month);
}

/** Plan versus actual by month and year to date. */
export function planVsActual(plan: Pick<Plan, 'meta' | 'collections'>): PlanVsActual {
  const c = plan.collections;
  const reported = reportedMonths(c);
  const sales = salesRows(c.products, c.forecastLines, c.actualSales);
  const spend = spendRows(c.actions, c.budgetLines, c.actualSpend);
  const productById = new Map(c.products.map((p) => [p.id, p]));

  const series: Record<PlanVsActualMeasure, Monthly> = { revenue: monthly(), units: monthly(), spend: monthly(), contribution: monthly() };
  const cost = monthly();
  const monthSet = new Set<Month>(planMonths(plan.meta));

  // The plan's sales are every forecast line's, with or without a product (as the budget counts them).
  for (const line of c.forecastLines) {
    monthSet.add(line.month);
    series.units.plan[line.month] = (series.units.plan[line.month] ?? 0) + line.units;
  }
  for (const row of sales) {
    for (const [m, a] of Object.entries(row.actual)) {
      monthSet.add(m);
      if (a.revenue !== null) put(series.revenue.actual, m, a.revenue);
      if (a.units !== null) series.units.actual[m] = (series.units.actual[m] ?? 0) + a.units;
      put(cost.actual, m, actualCostOfGoods(a, row, productById.get(row.productId)));
    }
  }
  for (const row of spend) {
    for (const [m, amount] of Object.entries(row.planned)) {
      monthSet.add(m);
      put(series.spend.plan, m, amount);
    }
    for (const [m, a] of Object.entries(row.actual)) {
      monthSet.add(m);
      if (a.amount !== null) put(series.spend.actual, m, a.amount);
    }
  }
  for (const line of c.forecastLines) {
    put(series.revenue.plan, line.month, multiplyMinor(line.units, line.unitPrice));
    put(cost.plan, line.month, multiplyMinor(line.units, line.unitCost));
  }
  const months = [...monthSet].sort();
  for (const m of months) {
    series.contribution.plan[m] = sumMinor([series.revenue.plan[m] ?? 0, -(cost.plan[m] ?? 0), -(series.spend.plan[m] ?? 0)]);
    series.contribution.actual[m] = sumMinor([series.revenue.actual[m] ?? 0, -(cost.actual[m] ?? 0), -(series.spend.actual[m] ?? 0)]);
  }

  const measureFigure = (measure: PlanVsActualMeasure, m: Month) =>
    figure(series[measure].plan[m] ?? 0, reportedIn(measure, reported, m) ? (series[measure].actual[m] ?? 0) : null);

  const rows: PlanVsActualMonth[] = months.map((month) => ({
    month,
    revenue: measureFigure('revenue', month),
    units: measureFigure('units', month),
    spend: measureFigure('spend', month),
    contribution: measureFigure('contribution', month),
  }));

  const all = [...reported.revenue, ...reported.units, ...reported.spend].sort();
  const asOf = all.at(-1) ?? null;
  if (asOf === null) return { months: rows, asOf, yearToDate: null, ytd: null, reported, sales, spend };
  const window = yearToDateMonths(plan.meta, asOf);
  const toDate = (measure: PlanVsActualMeasure): ToDateFigure => {
    const inWindow = window.filter((m) => reportedIn(measure, reported, m));
    const missing = window.filter((m) => !reportedIn(measure, reported, m));
    const sum = (values: number[]) => (measure === 'units' ? values.reduce((a, b) => a + b, 0) : sumMinor(values));
    const plannedSum = sum(inWindow.map((m) => series[measure].plan[m] ?? 0));
    const actualSum = inWindow.length === 0 ? null : sum(inWindow.map((m) => series[measure].actual[m] ?? 0));
    return { ...figure(plannedSum, actualSum), months: inWindow, missing };
  };
  return {
    months: rows,
    asOf,
    yearToDate: { from: window[0]!, through: asOf, planYear: planYearOf(plan.meta, asOf) },
    ytd: { revenue: toDate('revenue'), units: toDate('units'), spend: toDate('spend'), contribution: toDate('contribution') },
    reported,
    sales,
    spend,
  };
}
