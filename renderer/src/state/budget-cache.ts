import type { Plan } from '../../../shared/domain';
import { BudgetOverflowError, computeBudget, type BudgetReport } from '../../../shared/logic/budget';

/**
 * computeBudget, computed once per distinct set of the inputs it reads. Sound only for immutable
 * plans, hence here and not in shared/ (Node code and tests edit plans in place): the renderer's plan is
 * immutable and the store replaces a collection or a part's fields only when they change, so a
 * keystroke in a narrative, a SWOT card or a KPI leaves these identities alone: the health checks,
 * the strategy's promotion hint and the budget page then share one computation instead of each adding up a
 * 300-action budget again (about 9 ms per keystroke in the stress plan otherwise).
 */
function inputsOf(plan: Plan): readonly unknown[] {
  const { meta, fields, collections: c } = plan;
  // The meta by value: every save stamps a new `updatedAt`, which changes no figure.
  return [meta.currency, meta.periodStart, meta.periodEnd, fields.budget, c.forecastLines, c.budgetLines, c.actions, c.products];
}

type Entry = { inputs: readonly unknown[]; result: { report: BudgetReport } | { overflow: BudgetOverflowError } };

// A few entries: a deferred render may ask for the previous plan and the new one in turn.
const SIZE = 4;
const cache: Entry[] = [];

/** Whether two lists of inputs are the same values, by identity (the immutable plan's parts). */
export const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/** computeBudget(plan), reusing the last result for the same inputs; throws BudgetOverflowError as it does. */
export function cachedBudget(plan: Plan): BudgetReport {
  const inputs = inputsOf(plan);
  let index = cache.findIndex((e) => sameInputs(e.inputs, inputs));
  if (index < 0) {
    let result: Entry['result'];
    try {
      result = { report: computeBudget(plan) };
    } catch (error) {
      if (!(error instanceof BudgetOverflowError)) throw error;
      result = { overflow: error };
    }
    cache.unshift({ inputs, result });
    cache.length = Math.min(cache.length, SIZE);
    index = 0;
  }
  const { result } = cache[index]!;
  if ('overflow' in result) throw result.overflow;
  return result.report;
}
