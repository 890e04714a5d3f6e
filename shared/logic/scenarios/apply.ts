import type { Plan, Scenario, ScenarioOverride } from '../../domain';
import { scaleMinor, scaleUnits } from './scale';

type Pcts = Pick<Scenario, 'volumePct' | 'pricePct' | 'unitCostPct' | 'spendPct'>;

/** The overrides of one scenario by the line they name; the first override naming a line counts. */
function overridesOf(scenario: Scenario, overrides: readonly ScenarioOverride[]) {
  const byProduct = new Map<string, ScenarioOverride>();
  const byBudgetLine = new Map<string, ScenarioOverride>();
  const byAction = new Map<string, ScenarioOverride>();
  for (const o of overrides) {
    if (o.scenarioId !== scenario.id) continue;
    if (o.productId !== null && !byProduct.has(o.productId)) byProduct.set(o.productId, o);
    if (o.budgetLineId !== null && !byBudgetLine.has(o.budgetLineId)) byBudgetLine.set(o.budgetLineId, o);
    if (o.actionId !== null && !byAction.has(o.actionId)) byAction.set(o.actionId, o);
  }
  return { byProduct, byBudgetLine, byAction };
}

/** The percentages that hold for one line: the override's where it sets one, else the scenario's. */
export function linePcts(scenario: Pcts, override: { [K in keyof Pcts]?: number | null } | undefined): Pcts {
  return {
    volumePct: override?.volumePct ?? scenario.volumePct,
    pricePct: override?.pricePct ?? scenario.pricePct,
    unitCostPct: override?.unitCostPct ?? scenario.unitCostPct,
    spendPct: override?.spendPct ?? scenario.spendPct,
  };
}

/**
 * The plan as the scenario sees it: every forecast line's units, unit price and unit cost, every
 * action's cost and every budget line's amount changed by its percentage (each rounded once to the
 * minor unit, `scaleMinor`); everything else as planned. Feeding the result to `computeBudget`
 * gives the scenario's P&L and break-even by the same rules as the base case. Nothing is stored.
 */
export function applyScenario(plan: Plan, scenario: Scenario): Plan {
  const { byProduct, byBudgetLine, byAction } = overridesOf(scenario, plan.collections.scenarioOverrides);
  const { forecastLines, actions, budgetLines } = plan.collections;
  return {
    ...plan,
    collections: {
      ...plan.collections,
      forecastLines: forecastLines.map((line) => {
        const pcts = linePcts(scenario, line.productId === null ? undefined : byProduct.get(line.productId));
        return {
          ...line,
          units: scaleUnits(line.units, pcts.volumePct),
          unitPrice: scaleMinor(line.unitPrice, pcts.pricePct),
          unitCost: scaleMinor(line.unitCost, pcts.unitCostPct),
        };
      }),
      actions: actions.map((action) =>
        action.cost === null ? action : { ...action, cost: scaleMinor(action.cost, linePcts(scenario, byAction.get(action.id)).spendPct) },
      ),
      budgetLines: budgetLines.map((line) => ({ ...line, amount: scaleMinor(line.amount, linePcts(scenario, byBudgetLine.get(line.id)).spendPct) })),
    },
  };
}
