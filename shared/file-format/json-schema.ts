import { z } from 'zod';
import {
  COLLECTIONS,
  CurrencyCode,
  Evidence,
  FIELDS_PART_KEYS,
  Id,
  IsoDate,
  IsoMonth,
  Language,
  LongText,
  Money,
  Percent,
  Period,
  Plan,
  PlanCollections,
  PlanFields,
  PlanMeta,
  Quantity,
  RequiredName,
  RichText,
  Score,
  ShortText,
  Text,
  Timestamp,
  VarianceThresholdPct,
  type CollectionName,
} from '../domain';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from './format';
import { PlanFile, PlanFileApp, PlanFileShape } from './schema';

type Meta = { id?: string; title?: string; description?: string };

const ROW_DEFS: Record<CollectionName, string> = {
  segments: 'Segment',
  products: 'Product',
  competitors: 'Competitor',
  channels: 'Channel',
  macroForces: 'MacroForce',
  customerTiers: 'CustomerTier',
  swotItems: 'SwotItem',
  towsStrategies: 'TowsStrategy',
  objectives: 'Objective',
  issues: 'Issue',
  segmentScores: 'SegmentScore',
  actions: 'Action',
  forecastLines: 'ForecastLine',
  budgetLines: 'BudgetLine',
  scenarios: 'Scenario',
  scenarioOverrides: 'ScenarioOverride',
  kpis: 'Kpi',
  actualSales: 'ActualSale',
  actualSpend: 'ActualSpend',
  actionResults: 'ActionResult',
};

/** What a row means, where its name alone does not say (the collections added in later versions of the app default to empty). */
const ROW_DESCRIPTIONS: Partial<Record<CollectionName, string>> = {
  actualSales:
    'What one product really sold in one month (units, revenue in minor units, or both). At most one per product and month; optional, default empty.',
  actualSpend:
    'What one action or one budget line (exactly one of actionId, budgetLineId) really cost in one month, and for an action the results it brought. At most one per row and month; optional, default empty.',
  actionResults:
    'The result an action names (enquiries, sign-ups) and how many it should bring: efficiency control’s cost per result. At most one per action; optional, default empty.',
};

/**
 * Names and descriptions for the schema. They live in a registry of their own, not on the
 * domain schemas, so describing the file changes nothing the app validates with.
 */
function describedRegistry() {
  const registry = z.registry<Meta>();
  const add = (schema: z.ZodType, meta: Meta) => registry.add(schema, meta);
  add(PlanFile, {
    title: 'Planwright plan file (.mplan)',
    description: `A Planwright plan file, format version ${PLAN_FILE_VERSION} (2 when it carries the plan’s saved versions, 3 when it holds actual sales or spend). Described in docs/plan-format.md.`,
  });
  add(PlanFileShape.shape.format, { description: `Always "${PLAN_FILE_FORMAT}": marks the file as a Planwright plan.` });
  add(PlanFileShape.shape.version, {
    description: 'The version of this file format (not of the app). A reader refuses versions newer than its own.',
  });
  add(PlanFileShape.shape.exportedAt, { description: 'When the file was written, ISO 8601 in UTC.' });
  add(PlanFileShape.shape.versions, {
    description: 'Optional: the plan’s saved versions, oldest first, each with the whole plan as it was. Present only when the user exported them.',
  });
  add(PlanFileShape.shape.customerList, {
    description:
      'Optional: the customer list kept in the plan for RFM tiering (customers, the split and as-of date used, when it was saved). Present only when the planner chose to keep it.',
  });
  add(PlanFileApp, { description: 'The app that wrote the file; informative only.' });
  add(Plan, {
    id: 'Plan',
    description: 'One marketing plan: its header (meta), the single-valued fields of each part, and its list-like parts (collections).',
  });
  add(PlanMeta, { id: 'PlanMeta', description: 'The plan’s header. periodEnd must not be before periodStart.' });
  add(PlanFields, { description: 'The single-valued fields (narratives, forms) of each part.' });
  add(PlanCollections, {
    description: 'The rows of each list-like part, in display order. Row ids are unique within the file; links point at rows of the same file.',
  });
  add(Id, { id: 'Id', description: 'A UUID. Row ids are unique across the whole plan.' });
  add(ShortText, { id: 'ShortText', description: 'Text of at most 200 characters; leading and trailing spaces are removed.' });
  add(RequiredName, { id: 'RequiredName', description: 'A name: 1 to 200 characters.' });
  add(Text, { id: 'Text', description: 'Text of at most 2,000 characters.' });
  add(LongText, { id: 'LongText', description: 'Text of at most 20,000 characters.' });
  add(Money, { id: 'Money', description: 'An amount in integer minor units (cents, fen) of the plan’s currency: 12.34 EUR is 1234.' });
  add(Quantity, { id: 'Quantity', description: 'A finite number between -1e12 and 1e12.' });
  add(Percent, { id: 'Percent', description: 'A percentage between -1000 and 1000 (12.5 means 12.5 %).' });
  add(Score, { id: 'Score', description: 'A whole score from 1 to 5.' });
  add(IsoDate, { id: 'IsoDate', description: 'A calendar date, YYYY-MM-DD, without time zone.' });
  add(IsoMonth, { id: 'IsoMonth', description: 'A month, YYYY-MM.' });
  add(Period, { id: 'Period', description: 'A month (YYYY-MM) or a quarter (YYYY-Qn).' });
  add(Timestamp, { id: 'Timestamp', description: 'A moment, ISO 8601 in UTC (…Z).' });
  add(CurrencyCode, { id: 'CurrencyCode', description: 'An ISO 4217 currency code, e.g. EUR, CNY.' });
  add(Language, { id: 'Language', description: 'The plan’s language.' });
  add(RichText, {
    id: 'RichText',
    description:
      'Formatted text in the ProseMirror/Tiptap JSON shape: paragraphs, bold, italic, bulleted and numbered lists; at most 20,000 characters of text.',
  });
  add(Evidence, { id: 'Evidence', description: 'The situation row a SWOT item cites: its kind and id.' });
  add(VarianceThresholdPct, {
    id: 'VarianceThresholdPct',
    description:
      'Plan versus actual: the variance, in percent of plan either way, past which the plan’s health flags a figure (0 to 1000; absent: 10).',
  });
  for (const [name, def] of Object.entries(ROW_DEFS) as [CollectionName, string][])
    add(COLLECTIONS[name].row, { id: def, description: ROW_DESCRIPTIONS[name] });
  for (const part of FIELDS_PART_KEYS) add(PlanFields.shape[part], { id: `${part[0]!.toUpperCase()}${part.slice(1)}Fields` });
  return registry;
}

/**
 * The JSON Schema of a `.mplan` file, made from the same zod schema the import checks with, so
 * the published schema cannot drift from the app (docs/plan.schema.json; `npm run schema`).
 * Checks a JSON Schema cannot say (an end date before its start, links between rows, a known
 * currency) are listed in docs/plan-format.md; the app still applies them.
 */
export function planFileJsonSchema(): Record<string, unknown> {
  const { $schema, title, description, ...rest } = z.toJSONSchema(PlanFile, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: describedRegistry(),
  }) as Record<string, unknown>;
  return { $schema, $id: `https://planwright.app/schema/plan-file-v${PLAN_FILE_VERSION}.json`, title, description, ...rest };
}

/** The schema as the committed file holds it. */
export function planFileJsonSchemaText(): string {
  return `${JSON.stringify(planFileJsonSchema(), null, 2)}\n`;
}
