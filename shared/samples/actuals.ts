import type { ActionResult, ActualSale, ActualSpend, Plan } from '../domain';
import { multiplyMinor } from '../logic/budget';
import { salesRows, spendRows } from '../logic/actuals/rows';
import type { Kit } from './kit';

/*
 * The actuals of a sample "in progress": the first months of its year as a planner enters them
 * from the month-end reports. Sales follow the revenue KPI's actuals month by month (the same
 * factors on the forecast), with the products a little apart; each action and budget line costs a
 * little more or less than planned; a few actions name a result and count it.
 */

export type SampleActuals = {
  /** Each reported month's actual revenue as a share of its forecast (the revenue KPI's factors). */
  revenueFactors: readonly number[];
  /** The actions that name a result: the action's key, the result in both languages, the target and each month's count. */
  results: readonly { action: string; result: [string, string]; target: number; perMonth: readonly number[] }[];
  /** Actions (by key) that cost 14 % more than planned in every month reported: past the default threshold, for the health to flag. */
  overruns?: readonly string[];
};

/** How far each product (by its place) lands from the month's factor; they net out over the products. */
const PRODUCT_SPREAD = [0.05, -0.08, 0.03, -0.02, 0.06];
/** How far each action or budget line (by its place) lands from its planned spend. */
const SPEND_FACTORS = [1, 1.06, 0.97, 1.04, 1, 0.92, 1.03, 1.08, 0.95, 1];
const OVERRUN = 1.14;

/** Adds a few months of actuals to a sample plan (before `finishPlan`, which reads none of them). */
export function addSampleActuals(plan: Plan, kit: Kit, spec: SampleActuals): Plan {
  const c = plan.collections;
  const months = spec.revenueFactors.map((_, i) => `${plan.meta.periodStart.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`);
  const actualSales: ActualSale[] = [];
  salesRows(c.products, c.forecastLines, []).forEach((row, i) => {
    months.forEach((month, m) => {
      const plannedUnits = row.plannedUnits[month];
      const plannedRevenue = row.plannedRevenue[month];
      if (plannedUnits === undefined || plannedRevenue === undefined || plannedUnits === 0) return;
      const factor = spec.revenueFactors[m]! * (1 + PRODUCT_SPREAD[(i + m) % PRODUCT_SPREAD.length]!);
      const units = Math.round(plannedUnits * factor);
      // The price holds: what moves is how many sold.
      const price = plannedRevenue / plannedUnits;
      actualSales.push({
        id: kit.ref(`actual.sale.${row.id}.${month}`),
        productId: row.productId,
        month,
        units,
        revenue: Number(multiplyMinor(units, Math.round(price))),
      });
    });
  });
  const resultsOf = new Map(spec.results.map((r) => [kit.ref(r.action), r]));
  const overruns = new Set((spec.overruns ?? []).map((key) => kit.ref(key)));
  const actualSpend: ActualSpend[] = [];
  spendRows(c.actions, c.budgetLines, []).forEach((row, i) => {
    months.forEach((month, m) => {
      const planned = row.planned[month];
      if (planned === undefined || planned === 0) return;
      const r = row.kind === 'action' ? resultsOf.get(row.id) : undefined;
      actualSpend.push({
        id: kit.ref(`actual.spend.${row.id}.${month}`),
        actionId: row.kind === 'action' ? row.id : null,
        budgetLineId: row.kind === 'budgetLine' ? row.id : null,
        month,
        amount: Math.round((planned * (overruns.has(row.id) ? OVERRUN : SPEND_FACTORS[(i + m) % SPEND_FACTORS.length]!)) / 100) * 100,
        results: r ? (r.perMonth[m] ?? 0) : null,
      });
    });
  });
  const actionResults: ActionResult[] = spec.results.map((r) => ({
    id: kit.ref(`result.${r.action}`),
    actionId: kit.ref(r.action),
    result: kit.tx(...r.result),
    target: r.target,
  }));
  plan.collections.actualSales = actualSales;
  plan.collections.actualSpend = actualSpend;
  plan.collections.actionResults = actionResults;
  return plan;
}
