import type { BudgetLine, ForecastLine, Scenario, ScenarioOverride } from '../../../../shared/domain';
import { newId } from '../../../../shared/domain/primitives';

/** Units and prices are required numbers; a new line starts at zero until the user types. */
export const newForecastLine = (month: string): ForecastLine => ({
  id: newId(),
  productId: null,
  label: '',
  month,
  units: 0,
  unitPrice: 0,
  unitCost: 0,
});

export const newBudgetLine = (month: string): BudgetLine => ({ id: newId(), label: '', month, amount: 0, mixElement: null });

/** A scenario starts as the base case (every lever at 0 %) until the user moves one. */
export const newScenario = (name: string): Scenario => ({ id: newId(), name, volumePct: 0, pricePct: 0, unitCostPct: 0, spendPct: 0 });

/** An override of one scenario that names no line yet and moves nothing until filled in. */
export const newScenarioOverride = (scenarioId: string): ScenarioOverride => ({
  id: newId(),
  scenarioId,
  productId: null,
  budgetLineId: null,
  actionId: null,
  volumePct: null,
  pricePct: null,
  unitCostPct: null,
  spendPct: null,
});
