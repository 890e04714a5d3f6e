import type { Action, ActualSale, ActualSpend, BudgetLine, ForecastLine, Plan, Product } from '../../domain';
import { actionCostByMonth, countsAsSpend, multiplyMinor } from '../budget';
import { impliedUnitCost } from '../forecast-grid';
import type { Month } from '../months';
import { sumMinor } from './variance';

/*
 * The plan and the actuals row by row: each product's planned units and revenue per month (from
 * its forecast lines) beside what it really sold, and each action's or budget line's planned spend
 * per month (the action's cost spread over its days, as the budget does) beside what it really
 * cost. The Control part's grids, the health checks and the report read these.
 */

export type SalesRow = {
  /** The grid row's id and the Fix link's: the product's id. */
  id: string;
  productId: string;
  name: string;
  plannedUnits: Record<Month, number>;
  plannedRevenue: Record<Month, number>;
  /** Planned cost of goods per month (units × the line's unit cost). */
  plannedCost: Record<Month, number>;
  actual: Record<Month, ActualSale>;
};

export type SpendRowKind = 'action' | 'budgetLine';

export type SpendRow = {
  /** The action's or budget line's id. */
  id: string;
  kind: SpendRowKind;
  name: string;
  planned: Record<Month, number>;
  actual: Record<Month, ActualSpend>;
};

function add(record: Record<Month, number>, month: Month, amount: number | bigint): void {
  record[month] = sumMinor([record[month] ?? 0, amount]);
}

/** Products in the situation's order (named ones), each with its forecast and its actuals. */
export function salesRows(
  products: readonly Pick<Product, 'id' | 'name'>[],
  forecastLines: readonly ForecastLine[],
  actualSales: readonly ActualSale[],
): SalesRow[] {
  const rows = new Map<string, SalesRow>();
  for (const p of products) {
    if (p.name.trim() === '') continue;
    rows.set(p.id, { id: p.id, productId: p.id, name: p.name, plannedUnits: {}, plannedRevenue: {}, plannedCost: {}, actual: {} });
  }
  for (const line of forecastLines) {
    const row = line.productId === null ? undefined : rows.get(line.productId);
    if (!row) continue;
    row.plannedUnits[line.month] = (row.plannedUnits[line.month] ?? 0) + line.units;
    add(row.plannedRevenue, line.month, multiplyMinor(line.units, line.unitPrice));
    add(row.plannedCost, line.month, multiplyMinor(line.units, line.unitCost));
  }
  for (const a of actualSales) {
    const row = rows.get(a.productId);
    if (row) row.actual[a.month] = a;
  }
  return [...rows.values()];
}

/** Non-cancelled actions in the plan's order, then the budget lines, each with its planned spend and its actuals. */
export function spendRows(actions: readonly Action[], budgetLines: readonly BudgetLine[], actualSpend: readonly ActualSpend[]): SpendRow[] {
  const rows = new Map<string, SpendRow>();
  for (const action of actions) {
    // A cancelled action keeps its row when something was spent on it before it was cancelled.
    if (!countsAsSpend(action) && !actualSpend.some((a) => a.actionId === action.id)) continue;
    const planned: Record<Month, number> = {};
    if (countsAsSpend(action)) for (const { month, amount } of actionCostByMonth(action)) add(planned, month, amount);
    rows.set(action.id, { id: action.id, kind: 'action', name: action.title, planned, actual: {} });
  }
  for (const line of budgetLines) {
    rows.set(line.id, { id: line.id, kind: 'budgetLine', name: line.label, planned: { [line.month]: line.amount }, actual: {} });
  }
  for (const a of actualSpend) {
    const row = rows.get(a.actionId ?? a.budgetLineId ?? '');
    if (row) row.actual[a.month] = a;
  }
  return [...rows.values()];
}

/**
 * What an actual sale cost to make: its units × the planned unit cost of the product that month
 * (the forecast line's; without a line that month, the product's average over its lines; without
 * lines, the cost its margin implies). A sale entered with revenue only is costed at the product's
 * planned cost-to-revenue ratio. Rounded once to the minor unit.
 */
export function actualCostOfGoods(
  sale: ActualSale,
  row: Pick<SalesRow, 'plannedUnits' | 'plannedCost' | 'plannedRevenue'>,
  product: Pick<Product, 'price' | 'marginPct'> | undefined,
): number {
  const units = row.plannedUnits[sale.month];
  const cost = row.plannedCost[sale.month];
  const totalUnits = Object.values(row.plannedUnits).reduce((a, b) => a + b, 0);
  const totalCost = sumMinor(Object.values(row.plannedCost));
  const totalRevenue = sumMinor(Object.values(row.plannedRevenue));
  if (sale.units !== null) {
    if (units && cost !== undefined) return Math.round(Number(multiplyMinor(sale.units, cost)) / units);
    if (totalUnits > 0) return Math.round(Number(multiplyMinor(sale.units, totalCost)) / totalUnits);
    return Number(multiplyMinor(sale.units, impliedUnitCost(product)));
  }
  const ratio = totalRevenue > 0 ? totalCost / totalRevenue : product?.marginPct != null ? (100 - product.marginPct) / 100 : 0;
  return Math.round((sale.revenue ?? 0) * ratio);
}

export type ReportedMonths = { revenue: Set<Month>; units: Set<Month>; spend: Set<Month> };

/**
 * The months reported for each figure: a month counts once any row has that figure entered for
 * it. Within a reported month a row without an entry counts as zero (a month's sales report lists
 * what sold); a month nobody reported has no actual, so no variance.
 */
export function reportedMonths(collections: Pick<Plan['collections'], 'actualSales' | 'actualSpend'>): ReportedMonths {
  const revenue = new Set<Month>();
  const units = new Set<Month>();
  for (const a of collections.actualSales) {
    if (a.revenue !== null) revenue.add(a.month);
    if (a.units !== null) units.add(a.month);
  }
  const spend = new Set<Month>();
  for (const a of collections.actualSpend) if (a.amount !== null) spend.add(a.month);
  return { revenue, units, spend };
}
