import type { PartKey, Plan, PlanFields } from '../domain';
import { isRichTextEmpty, PART_KEYS } from '../domain';

/**
 * What each part needs before a planner would call it drafted. Each entry is one visible item
 * of the step navigator's "3/5"; the plan's progress is the share of all items that are done.
 */
export type CompletenessItem = { key: string; done: boolean };

const filled = (s: string) => s.trim().length > 0;

/**
 * What completeness needs from a plan's rows: whether each kind of row exists. Storage works
 * these out with a few indexed queries when a plan is written (electron/core/storage), so the
 * library lists progress without reading whole plans; `completenessFacts` is the same from a
 * plan in memory.
 */
export type CompletenessFacts = {
  segments: boolean;
  products: boolean;
  competitors: boolean;
  channels: boolean;
  macroForces: boolean;
  customerTiers: boolean;
  swotS: boolean;
  swotW: boolean;
  swotO: boolean;
  swotT: boolean;
  towsStrategies: boolean;
  financialObjective: boolean;
  marketingObjective: boolean;
  issues: boolean;
  targetedSegment: boolean;
  actions: boolean;
  forecastLines: boolean;
  kpis: boolean;
  kpiTarget: boolean;
};

export const COMPLETENESS_FACTS = [
  'segments',
  'products',
  'competitors',
  'channels',
  'macroForces',
  'customerTiers',
  'swotS',
  'swotW',
  'swotO',
  'swotT',
  'towsStrategies',
  'financialObjective',
  'marketingObjective',
  'issues',
  'targetedSegment',
  'actions',
  'forecastLines',
  'kpis',
  'kpiTarget',
] as const satisfies readonly (keyof CompletenessFacts)[];

export function completenessFacts(plan: Plan): CompletenessFacts {
  const c = plan.collections;
  const swot = new Set(c.swotItems.map((i) => i.kind));
  return {
    segments: c.segments.length > 0,
    products: c.products.length > 0,
    competitors: c.competitors.length > 0,
    channels: c.channels.length > 0,
    macroForces: c.macroForces.length > 0,
    customerTiers: c.customerTiers.length > 0,
    swotS: swot.has('S'),
    swotW: swot.has('W'),
    swotO: swot.has('O'),
    swotT: swot.has('T'),
    towsStrategies: c.towsStrategies.length > 0,
    financialObjective: c.objectives.some((o) => o.kind === 'financial'),
    marketingObjective: c.objectives.some((o) => o.kind === 'marketing'),
    issues: c.issues.length > 0,
    targetedSegment: c.segmentScores.some((s) => s.targeted),
    actions: c.actions.length > 0,
    forecastLines: c.forecastLines.length > 0,
    kpis: c.kpis.length > 0,
    kpiTarget: c.kpis.some((k) => k.periods.some((x) => x.target !== null)),
  };
}

const PART_ITEMS: Record<PartKey, (fields: PlanFields, has: CompletenessFacts) => CompletenessItem[]> = {
  summary: (f) => [{ key: 'narrative', done: !isRichTextEmpty(f.summary.narrative) }],
  situation: (f, has) => {
    const s = f.situation;
    return [
      { key: 'market', done: s.marketSize !== null || !isRichTextEmpty(s.market) },
      { key: 'segments', done: has.segments },
      { key: 'products', done: has.products },
      { key: 'competitors', done: has.competitors && s.ourPosition !== null },
      { key: 'channels', done: has.channels },
      { key: 'macroForces', done: has.macroForces },
      { key: 'customers', done: has.customerTiers || !isRichTextEmpty(s.customers) },
    ];
  },
  swot: (_f, has) => [
    { key: 'internal', done: has.swotS && has.swotW },
    { key: 'external', done: has.swotO && has.swotT },
    { key: 'tows', done: has.towsStrategies },
  ],
  objectives: (_f, has) => [
    { key: 'financial', done: has.financialObjective },
    { key: 'marketing', done: has.marketingObjective },
    { key: 'issues', done: has.issues },
  ],
  strategy: (f, has) => {
    const s = f.strategy;
    return [
      { key: 'targeting', done: has.targetedSegment },
      { key: 'positioning', done: filled(s.positioning.statement) || (filled(s.positioning.forWhom) && filled(s.positioning.benefit)) },
      { key: 'product', done: filled(s.product.line) || filled(s.product.features) },
      { key: 'price', done: s.price.method !== null || s.price.listPrice !== null },
      { key: 'place', done: s.place.design !== null },
      { key: 'promotion', done: filled(s.promotion.audience) && filled(s.promotion.message) },
    ];
  },
  actions: (_f, has) => [{ key: 'actions', done: has.actions }],
  budget: (f, has) => [
    { key: 'forecast', done: has.forecastLines },
    { key: 'marketingBudget', done: f.budget.marketingBudget !== null },
  ],
  control: (_f, has) => [
    { key: 'kpis', done: has.kpis },
    { key: 'targets', done: has.kpiTarget },
  ],
};

export function partCompleteness(plan: Plan, part: PartKey): { done: number; total: number; items: CompletenessItem[] } {
  return partCompletenessFrom(plan.fields, completenessFacts(plan), part);
}

function partCompletenessFrom(
  fields: PlanFields,
  facts: CompletenessFacts,
  part: PartKey,
): { done: number; total: number; items: CompletenessItem[] } {
  const items = PART_ITEMS[part](fields, facts);
  return { done: items.filter((i) => i.done).length, total: items.length, items };
}

/** 0 to 1: the share of all parts' items that are done. */
export function planProgress(plan: Plan): number {
  return progressFrom(plan.fields, completenessFacts(plan));
}

/** The same share from a plan's fields and the facts about its rows (what storage keeps per plan). */
export function progressFrom(fields: PlanFields, facts: CompletenessFacts): number {
  let done = 0;
  let total = 0;
  for (const part of PART_KEYS) {
    const c = partCompletenessFrom(fields, facts, part);
    done += c.done;
    total += c.total;
  }
  return total === 0 ? 0 : done / total;
}
