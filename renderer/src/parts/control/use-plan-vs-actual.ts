import { useMemo } from 'react';
import type { Plan } from '../../../../shared/domain';
import { BudgetOverflowError, planVsActual, varianceThreshold, yearToDateMonths, type Month, type PlanVsActual } from '../../../../shared/logic';

export type PlanVsActualView = {
  pva: PlanVsActual;
  threshold: number;
  /** The grids' months: the plan's and any an actual names. */
  months: Month[];
  /** The year to date the grids sum: through the latest actual, or the plan's first year so far (none yet). */
  toDate: Month[];
};

/**
 * Plan versus actual of the plan in view, recomputed only when what it reads changes (not on a
 * keystroke in a narrative); null when the plan's sums are too large to compute (the budget part
 * says so).
 */
export function usePlanVsActual(plan: Plan): PlanVsActualView | null {
  const { meta, collections: c } = plan;
  const threshold = varianceThreshold(plan);
  const { periodStart, periodEnd } = meta;
  const { products, forecastLines, actions, budgetLines, actualSales, actualSpend } = c;
  return useMemo(() => {
    try {
      const pva = planVsActual({
        meta: { ...meta, periodStart, periodEnd },
        collections: { ...c, products, forecastLines, actions, budgetLines, actualSales, actualSpend },
      });
      const months = pva.months.map((m) => m.month);
      const toDate = pva.asOf ? yearToDateMonths({ periodStart }, pva.asOf) : [];
      return { pva, threshold, months, toDate };
    } catch (error) {
      if (error instanceof BudgetOverflowError) return null;
      throw error;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the inputs planVsActual reads, not the whole plan
  }, [periodStart, periodEnd, products, forecastLines, actions, budgetLines, actualSales, actualSpend, threshold]);
}
