import type { Product } from '../../domain';
import type { Month } from '../months';
import type { PlanVsActual } from './plan-vs-actual';
import { actualCostOfGoods, type SalesRow, type SpendRow } from './rows';
import { figure, sumMinor, type Figure } from './variance';

/*
 * One row's plan versus actual over a set of months (the year to date's reported months): a
 * product's revenue, units and contribution before marketing (revenue − cost of goods), an
 * action's or budget line's spend. A row with no entry in a reported month counts as zero there.
 */

export type SalesRowFigures = { revenue: Figure; units: Figure; contribution: Figure };

export function salesRowFigures(
  row: SalesRow,
  product: Pick<Product, 'price' | 'marginPct'> | undefined,
  months: { revenue: readonly Month[]; units: readonly Month[] },
): SalesRowFigures {
  const plannedRevenue = sumMinor(months.revenue.map((m) => row.plannedRevenue[m] ?? 0));
  const plannedCost = sumMinor(months.revenue.map((m) => row.plannedCost[m] ?? 0));
  const actualRevenue = sumMinor(months.revenue.map((m) => row.actual[m]?.revenue ?? 0));
  const actualCost = sumMinor(months.revenue.map((m) => (row.actual[m] ? actualCostOfGoods(row.actual[m]!, row, product) : 0)));
  const some = (list: readonly Month[]) => list.length > 0;
  return {
    revenue: figure(plannedRevenue, some(months.revenue) ? actualRevenue : null),
    units: figure(
      months.units.reduce((sum, m) => sum + (row.plannedUnits[m] ?? 0), 0),
      some(months.units) ? months.units.reduce((sum, m) => sum + (row.actual[m]?.units ?? 0), 0) : null,
    ),
    contribution: figure(sumMinor([plannedRevenue, -plannedCost]), some(months.revenue) ? sumMinor([actualRevenue, -actualCost]) : null),
  };
}

export function spendRowFigure(row: SpendRow, months: readonly Month[]): Figure {
  return figure(sumMinor(months.map((m) => row.planned[m] ?? 0)), months.length > 0 ? sumMinor(months.map((m) => row.actual[m]?.amount ?? 0)) : null);
}

/** Each product's and each spend row's year to date, from a plan versus actual. */
export function rowsToDate(
  pva: PlanVsActual,
  products: readonly Pick<Product, 'id' | 'price' | 'marginPct'>[],
): { sales: { row: SalesRow; figures: SalesRowFigures }[]; spend: { row: SpendRow; figure: Figure }[] } {
  if (pva.ytd === null) return { sales: [], spend: [] };
  const byId = new Map(products.map((p) => [p.id, p]));
  const months = { revenue: pva.ytd.revenue.months, units: pva.ytd.units.months };
  return {
    sales: pva.sales.map((row) => ({ row, figures: salesRowFigures(row, byId.get(row.productId), months) })),
    spend: pva.spend.map((row) => ({ row, figure: spendRowFigure(row, pva.ytd!.spend.months) })),
  };
}
