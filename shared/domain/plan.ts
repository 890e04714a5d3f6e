import { z } from 'zod';
import { Action } from './actions';
import { ActionResult, ActualSale, ActualSpend } from './actuals';
import { BudgetFields, BudgetLine, ForecastLine } from './budget';
import { ControlFields, emptyControlFields, Kpi } from './control';
import { Objective, PlanIssue } from './objectives';
import { PlanMeta } from './plan-meta';
import { Scenario, ScenarioOverride } from './scenarios';
import { LIMITS } from './primitives';
import { EMPTY_RICH_TEXT, RichText } from './rich-text';
import { Channel, Competitor, CustomerTier, emptySituationFields, MacroForce, Product, Segment, SituationFields } from './situation';
import { emptyStrategyFields, SegmentScore, StrategyFields } from './strategy';
import { SwotItem, TowsStrategy } from './swot';

export const SummaryFields = z.strictObject({ narrative: RichText });
export type SummaryFields = z.infer<typeof SummaryFields>;

/**
 * The single-valued fields of each part (narratives, forms). They are stored together as one
 * validated JSON document per plan; the list-like parts are the collections below.
 */
export const PlanFields = z.strictObject({
  summary: SummaryFields,
  situation: SituationFields,
  strategy: StrategyFields,
  budget: BudgetFields,
  control: ControlFields,
});
export type PlanFields = z.infer<typeof PlanFields>;
export type FieldsPartKey = keyof PlanFields;
export const FIELDS_PART_KEYS = ['summary', 'situation', 'strategy', 'budget', 'control'] as const satisfies readonly FieldsPartKey[];

/**
 * Every list-like part of a plan, one table each in storage, in the part it belongs to.
 * Order here is the order rows are written, so a row's references are already present.
 */
export const COLLECTIONS = {
  segments: { part: 'situation', row: Segment },
  products: { part: 'situation', row: Product },
  competitors: { part: 'situation', row: Competitor },
  channels: { part: 'situation', row: Channel },
  macroForces: { part: 'situation', row: MacroForce },
  customerTiers: { part: 'situation', row: CustomerTier },
  swotItems: { part: 'swot', row: SwotItem },
  towsStrategies: { part: 'swot', row: TowsStrategy },
  objectives: { part: 'objectives', row: Objective },
  issues: { part: 'objectives', row: PlanIssue },
  segmentScores: { part: 'strategy', row: SegmentScore },
  actions: { part: 'actions', row: Action },
  forecastLines: { part: 'budget', row: ForecastLine },
  budgetLines: { part: 'budget', row: BudgetLine },
  scenarios: { part: 'budget', row: Scenario },
  scenarioOverrides: { part: 'budget', row: ScenarioOverride },
  kpis: { part: 'control', row: Kpi },
  actualSales: { part: 'control', row: ActualSale },
  actualSpend: { part: 'control', row: ActualSpend },
  actionResults: { part: 'control', row: ActionResult },
} as const;

/** Collections added after the first file format: a file (or a saved version) written before them has none. */
const ADDED_LATER: ReadonlySet<CollectionName> = new Set(['scenarios', 'scenarioOverrides', 'actualSales', 'actualSpend', 'actionResults']);

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export type CollectionRow<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['row']>;

const collectionShape = Object.fromEntries(
  COLLECTION_NAMES.map((name) => {
    const rows = z.array(COLLECTIONS[name].row).max(LIMITS.listRows);
    return [name, ADDED_LATER.has(name) ? rows.default([]) : rows];
  }),
) as {
  [C in CollectionName]: z.ZodArray<(typeof COLLECTIONS)[C]['row']>;
};

export const PlanCollections = z.strictObject(collectionShape);
export type PlanCollections = { [C in CollectionName]: CollectionRow<C>[] };

/** A whole plan as the app, the file format and the report see it. */
export const Plan = z.strictObject({
  meta: PlanMeta,
  fields: PlanFields,
  collections: PlanCollections,
});
export type Plan = z.infer<typeof Plan>;

export function emptyPlanFields(): PlanFields {
  return {
    summary: { narrative: EMPTY_RICH_TEXT },
    situation: emptySituationFields(),
    strategy: emptyStrategyFields(),
    budget: { marketingBudget: null, fixedCosts: null },
    control: emptyControlFields(),
  };
}

export function emptyCollections(): PlanCollections {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as PlanCollections;
}
