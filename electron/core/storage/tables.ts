import type { CollectionName } from '../../../shared/domain';

/**
 * How each collection of a plan maps onto its table: scalar fields onto columns, id lists onto
 * link tables. Kept as data so reading, writing, duplicating and deleting share one mapping.
 */
/** `optional`: a field added after the first plans, left out of the row when its column is null, so older rows read as they were written. */
export type ColumnSpec = { field: string; column: string; bool?: true; optional?: true };
export type LinkSpec = { field: string; table: string; owner: string; target: string };
export type TableSpec = {
  table: string;
  columns: ColumnSpec[];
  links: LinkSpec[];
  /** SWOT evidence: one nullable column per kind of situation row it may cite. */
  evidence?: true;
  /** KPI targets and actuals per period, in kpi_periods. */
  periods?: true;
};

const c = (field: string, column = field): ColumnSpec => ({ field, column });

export const EVIDENCE_COLUMNS = {
  segment: 'evidence_segment_id',
  product: 'evidence_product_id',
  competitor: 'evidence_competitor_id',
  channel: 'evidence_channel_id',
  macroForce: 'evidence_macro_force_id',
  customerTier: 'evidence_customer_tier_id',
} as const;

export const TABLES: Record<CollectionName, TableSpec> = {
  segments: { table: 'segments', columns: [c('name'), c('size'), c('growthPct', 'growth_pct'), c('needs')], links: [] },
  products: {
    table: 'products',
    columns: [c('name'), c('salesVolume', 'sales_volume'), c('price'), c('marginPct', 'margin_pct'), c('stage')],
    links: [],
  },
  competitors: {
    table: 'competitors',
    columns: [
      c('name'),
      c('sharePct', 'share_pct'),
      c('strategy'),
      c('objectives'),
      c('strengths'),
      c('weaknesses'),
      c('likelyReaction', 'likely_reaction'),
    ],
    links: [],
  },
  channels: { table: 'channels', columns: [c('name'), c('sharePct', 'share_pct'), c('trend'), c('conflicts')], links: [] },
  macroForces: { table: 'macro_forces', columns: [c('force'), c('finding'), c('effect')], links: [] },
  customerTiers: {
    table: 'customer_tiers',
    columns: [c('tier'), c('name'), c('customers'), c('recencyDays', 'recency_days'), c('frequency'), c('monetary'), c('notes')],
    links: [],
  },
  swotItems: { table: 'swot_items', columns: [c('kind'), c('statement'), c('impact'), c('likelihood')], links: [], evidence: true },
  towsStrategies: {
    table: 'tows_strategies',
    columns: [c('kind'), c('strategy')],
    links: [{ field: 'swotItemIds', table: 'tows_swot_items', owner: 'tows_id', target: 'swot_item_id' }],
  },
  objectives: {
    table: 'objectives',
    columns: [c('kind'), c('metric'), c('title'), c('baseline'), c('target'), c('unit'), c('deadline'), c('owner')],
    links: [],
  },
  issues: {
    table: 'issues',
    columns: [c('statement')],
    links: [{ field: 'objectiveIds', table: 'issue_objectives', owner: 'issue_id', target: 'objective_id' }],
  },
  segmentScores: {
    table: 'segment_scores',
    columns: [c('segmentId', 'segment_id'), c('size'), c('growth'), c('intensity'), c('fit'), { field: 'targeted', column: 'targeted', bool: true }],
    links: [],
  },
  actions: {
    table: 'actions',
    columns: [c('title'), c('start'), c('end'), c('owner'), c('cost'), c('mixElement', 'mix_element'), c('status')],
    links: [
      { field: 'objectiveIds', table: 'action_objectives', owner: 'action_id', target: 'objective_id' },
      { field: 'dependsOn', table: 'action_dependencies', owner: 'action_id', target: 'depends_on_id' },
    ],
  },
  forecastLines: {
    table: 'forecast_lines',
    columns: [c('productId', 'product_id'), c('label'), c('month'), c('units'), c('unitPrice', 'unit_price'), c('unitCost', 'unit_cost')],
    links: [],
  },
  budgetLines: { table: 'budget_lines', columns: [c('label'), c('month'), c('amount'), c('mixElement', 'mix_element')], links: [] },
  scenarios: {
    table: 'scenarios',
    columns: [c('name'), c('volumePct', 'volume_pct'), c('pricePct', 'price_pct'), c('unitCostPct', 'unit_cost_pct'), c('spendPct', 'spend_pct')],
    links: [],
  },
  scenarioOverrides: {
    table: 'scenario_overrides',
    columns: [
      c('scenarioId', 'scenario_id'),
      c('productId', 'product_id'),
      c('budgetLineId', 'budget_line_id'),
      c('actionId', 'action_id'),
      c('volumePct', 'volume_pct'),
      c('pricePct', 'price_pct'),
      c('unitCostPct', 'unit_cost_pct'),
      c('spendPct', 'spend_pct'),
    ],
    links: [],
  },
  kpis: {
    table: 'kpis',
    columns: [
      c('metric'),
      c('objectiveId', 'objective_id'),
      c('owner'),
      c('unit'),
      c('periodKind', 'period_kind'),
      c('direction'),
      c('controlKind', 'control_kind'),
      c('correctiveAction', 'corrective_action'),
      { field: 'targetsFrom', column: 'targets_from', optional: true },
      { field: 'targetsProductId', column: 'targets_product_id', optional: true },
    ],
    links: [],
    periods: true,
  },
  actualSales: { table: 'actual_sales', columns: [c('productId', 'product_id'), c('month'), c('units'), c('revenue')], links: [] },
  actualSpend: {
    table: 'actual_spend',
    columns: [c('actionId', 'action_id'), c('budgetLineId', 'budget_line_id'), c('month'), c('amount'), c('results')],
    links: [],
  },
  actionResults: { table: 'action_results', columns: [c('actionId', 'action_id'), c('result'), c('target')], links: [] },
};
