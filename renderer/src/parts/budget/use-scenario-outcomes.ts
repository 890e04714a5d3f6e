import { useMemo } from 'react';
import type { Plan } from '../../../../shared/domain';
import { BudgetOverflowError, scenarioOutcomes, type BudgetReport, type ScenarioOutcome } from '../../../../shared/logic';

/**
 * The base case and each scenario's budget, recomputed only when something they read changes.
 * Null when a scenario's figures overflow (the base case's own overflow shows in the result).
 */
export function useScenarioOutcomes(plan: Plan, base: BudgetReport | null, baseName: string): ScenarioOutcome[] | null {
  const { scenarios, scenarioOverrides, forecastLines, budgetLines, actions, products } = plan.collections;
  const budget = plan.fields.budget;
  const { periodStart, periodEnd, currency } = plan.meta;
  return useMemo(() => {
    if (!base) return null;
    try {
      return scenarioOutcomes(plan, baseName, base);
    } catch (error) {
      if (error instanceof BudgetOverflowError) return null;
      throw error;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what the scenarios' budgets read, not on the whole plan, so a keystroke in a narrative does not recompute them
  }, [base, baseName, scenarios, scenarioOverrides, forecastLines, budgetLines, actions, products, budget, periodStart, periodEnd, currency]);
}
