import { emptyCollections, emptyPlanFields, richTextFromPlain, type Action, type Plan } from '../../../../shared/domain';
import { fullPlan } from '../../helpers/full-plan';

/** A plan with its meta and nothing else: every part blank. */
export function emptyPlan(overrides: Partial<Plan['meta']> = {}): Plan {
  const p = fullPlan();
  return { meta: { ...p.meta, ...overrides }, fields: emptyPlanFields(), collections: emptyCollections() };
}

export function action(overrides: Partial<Action> = {}): Action {
  return {
    id: crypto.randomUUID(),
    title: 'An action',
    start: null,
    end: null,
    owner: 'Li',
    cost: null,
    objectiveIds: [],
    mixElement: null,
    status: 'planned',
    dependsOn: [],
    ...overrides,
  };
}

/**
 * fullPlan() made consistent: the promotion audience names the targeted segment, the granted
 * budget equals the planned spend (2 × 800,000 of actions + 300,000 of budget lines), the
 * summary names the objective and the budget, the forecast (1,000 × ¥3,600) reaches the revenue
 * objective of 3 m, and the KPI met its target. It holds no actuals (plan versus actual has tests of
 * its own). planHealth gives no finding for it.
 */
export function completePlan(): Plan {
  const plan = fullPlan();
  plan.collections.forecastLines[0]!.units = 1_000;
  plan.collections.actualSales = [];
  plan.collections.actualSpend = [];
  plan.collections.actionResults = [];
  plan.collections.kpis[0]!.periods[0]!.actual = 42;
  plan.fields.strategy.promotion.audience = 'Working parents within 5 km of a school';
  plan.fields.budget.marketingBudget = 1_900_000;
  plan.fields.summary.narrative = richTextFromPlain('Revenue of 3 m by the end of 2027, with a marketing budget of ¥19,000.');
  return plan;
}
