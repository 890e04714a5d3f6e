import { z } from 'zod';
import { message } from './messages';
import { Id, Percent, RequiredName } from './primitives';

/**
 * A named scenario beside the base case (情景: 悲观 / 乐观): percentage changes to the forecast's
 * volumes, prices and unit costs and to the marketing spend, applied to every line. 0 is "as
 * planned"; −10 is ten percent less. Nothing of the outcome is stored: shared/logic/scenarios
 * applies a scenario to the plan and runs the ordinary budget on the result.
 */
export const Scenario = z.strictObject({
  id: Id,
  name: RequiredName,
  volumePct: Percent,
  pricePct: Percent,
  unitCostPct: Percent,
  spendPct: Percent,
});

/**
 * One line of a scenario that moves differently from the scenario's own percentages: a product's
 * forecast lines (volume, price, unit cost), a budget line or an action (spend). A percentage left
 * empty (null) takes the scenario's. At most one line is named; an override naming none changes nothing.
 */
export const ScenarioOverride = z
  .strictObject({
    id: Id,
    scenarioId: Id,
    productId: Id.nullable(),
    budgetLineId: Id.nullable(),
    actionId: Id.nullable(),
    volumePct: Percent.nullable(),
    pricePct: Percent.nullable(),
    unitCostPct: Percent.nullable(),
    spendPct: Percent.nullable(),
  })
  .refine((o) => [o.productId, o.budgetLineId, o.actionId].filter((id) => id !== null).length <= 1, {
    message: message('overrideOneLine'),
    path: ['productId'],
  });

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioOverride = z.infer<typeof ScenarioOverride>;
