import type { Plan } from '../../domain';
import { countsAsSpend } from '../budget';
import type { PlanVsActual, ToDateFigure } from './plan-vs-actual';
import { rowsToDate, type SalesRowFigures } from './row-figures';
import { figure, points, ratioPct, sumMinor, type Figure } from './variance';

/*
 * The figures of the kinds of control (domain: 年度计划控制, 盈利能力控制, 效率控制) from plan versus
 * actual, year to date. Strategic control (战略控制) is a review, not a figure: it stays a narrative.
 */

/** A percentage planned against one achieved, and the difference in percentage points. */
export type RatioFigure = { plan: number | null; actual: number | null; points: number | null };

export type AnnualPlanControl = {
  sales: ToDateFigure;
  units: ToDateFigure;
  /**
   * Market share: sales ÷ the market's size (situation, a year's worth in money) over the same
   * months (size × months ÷ 12); null without a market size.
   */
  share: RatioFigure | null;
  /** Marketing spend ÷ sales revenue, in %. */
  expenseToSales: RatioFigure;
};

export type ProfitabilityControl = { products: ({ productId: string; name: string } & SalesRowFigures)[] };

export type ActionEfficiency = {
  actionId: string;
  title: string;
  result: string;
  /** Results the action should bring, and its planned cost (null when it has none or is cancelled). */
  target: number | null;
  plannedCost: number | null;
  /** Everything spent on the action and every result entered, to date (all months with actuals). */
  spent: number;
  results: number;
  /** Planned cost ÷ target against spent ÷ results, both in minor units; a ratio without a divisor is null. */
  costPerResult: Omit<Figure, 'plan'> & { plan: number | null };
};

export type EfficiencyControl = { actions: ActionEfficiency[] };

export type ControlFiguresResult = {
  annualPlan: AnnualPlanControl;
  profitability: ProfitabilityControl;
  efficiency: EfficiencyControl;
} | null;

function share(revenue: ToDateFigure, marketSize: number | null): RatioFigure | null {
  if (marketSize === null || marketSize <= 0 || revenue.months.length === 0) return null;
  const market = (marketSize * revenue.months.length) / 12;
  const plan = ratioPct(revenue.plan, market);
  const actual = ratioPct(revenue.actual, market);
  return { plan, actual, points: points(plan, actual) };
}

/** The controls' figures, year to date; null while the plan has no actuals. */
export function controlFigures(plan: Pick<Plan, 'meta' | 'fields' | 'collections'>, pva: PlanVsActual): ControlFiguresResult {
  if (pva.ytd === null) return null;
  const { ytd } = pva;
  const c = plan.collections;
  const ratioPlan = ratioPct(ytd.spend.plan, ytd.revenue.plan);
  const ratioActual = ratioPct(ytd.spend.actual, ytd.revenue.actual);
  const rows = rowsToDate(pva, c.products);

  const actions = new Map(c.actions.map((a) => [a.id, a]));
  const efficiency: ActionEfficiency[] = [];
  for (const r of c.actionResults) {
    const action = actions.get(r.actionId);
    if (!action) continue;
    const mine = c.actualSpend.filter((a) => a.actionId === action.id);
    const spent = sumMinor(mine.map((a) => a.amount ?? 0));
    const results = mine.reduce((sum, a) => sum + (a.results ?? 0), 0);
    const plannedCost = countsAsSpend(action) ? action.cost : null;
    const planPer = plannedCost !== null && r.target !== null && r.target > 0 ? Math.round(plannedCost / r.target) : null;
    const actualPer = results > 0 ? Math.round(spent / results) : null;
    const per = planPer === null ? { plan: null, actual: actualPer, variance: null, variancePct: null } : figure(planPer, actualPer);
    efficiency.push({
      actionId: action.id,
      title: action.title,
      result: r.result,
      target: r.target,
      plannedCost,
      spent,
      results,
      costPerResult: per,
    });
  }

  return {
    annualPlan: {
      sales: ytd.revenue,
      units: ytd.units,
      share: share(ytd.revenue, plan.fields.situation.marketSize),
      expenseToSales: { plan: ratioPlan, actual: ratioActual, points: points(ratioPlan, ratioActual) },
    },
    profitability: { products: rows.sales.map(({ row, figures }) => ({ productId: row.productId, name: row.name, ...figures })) },
    efficiency: { actions: efficiency },
  };
}
