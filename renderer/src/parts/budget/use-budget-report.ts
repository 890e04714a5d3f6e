import { useMemo } from 'react';
import type { Plan } from '../../../../shared/domain';
import { BudgetOverflowError, type BudgetReport } from '../../../../shared/logic';
import { cachedBudget } from '../../state/budget-cache';
import { useStable } from './use-stable';

/** The budget, or why it could not be computed exactly; null report only on overflow. */
export type BudgetState = { report: BudgetReport; overflow: false } | { report: null; overflow: true };

/**
 * computeBudget for the open plan, recomputed only when something it reads changes: typing in a
 * narrative elsewhere leaves the budget (and every chart built from it) alone.
 */
export function useBudgetReport(plan: Plan): BudgetState {
  return useStable(useComputedBudget(plan));
}

function useComputedBudget(plan: Plan): BudgetState {
  const { forecastLines, budgetLines, actions, products } = plan.collections;
  const budget = plan.fields.budget;
  const { periodStart, periodEnd, currency } = plan.meta;
  return useMemo<BudgetState>(() => {
    try {
      return { report: cachedBudget(plan), overflow: false };
    } catch (error) {
      if (error instanceof BudgetOverflowError) return { report: null, overflow: true };
      throw error;
    }
    // The memo reads only what computeBudget uses; `plan` itself changes with every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the inputs computeBudget reads, not on the whole plan, so a keystroke in a narrative does not recompute the budget
  }, [forecastLines, budgetLines, actions, products, budget, periodStart, periodEnd, currency]);
}
