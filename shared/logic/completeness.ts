import type { PartKey, Plan } from '../domain';
import { isRichTextEmpty, PART_KEYS } from '../domain';

/**
 * What each part needs before a planner would call it drafted. Each entry is one visible item
 * of the step navigator's "3/5"; the plan's progress is the share of all items that are done.
 */
export type CompletenessItem = { key: string; done: boolean };

const filled = (s: string) => s.trim().length > 0;

const PART_ITEMS: Record<PartKey, (plan: Plan) => CompletenessItem[]> = {
  summary: (p) => [{ key: 'narrative', done: !isRichTextEmpty(p.fields.summary.narrative) }],
  situation: (p) => {
    const s = p.fields.situation;
    return [
      { key: 'market', done: s.marketSize !== null || !isRichTextEmpty(s.market) },
      { key: 'segments', done: p.collections.segments.length > 0 },
      { key: 'products', done: p.collections.products.length > 0 },
      { key: 'competitors', done: p.collections.competitors.length > 0 && s.ourPosition !== null },
      { key: 'channels', done: p.collections.channels.length > 0 },
      { key: 'macroForces', done: p.collections.macroForces.length > 0 },
      { key: 'customers', done: p.collections.customerTiers.length > 0 || !isRichTextEmpty(s.customers) },
    ];
  },
  swot: (p) => {
    const kinds = new Set(p.collections.swotItems.map((i) => i.kind));
    return [
      { key: 'internal', done: kinds.has('S') && kinds.has('W') },
      { key: 'external', done: kinds.has('O') && kinds.has('T') },
      { key: 'tows', done: p.collections.towsStrategies.length > 0 },
    ];
  },
  objectives: (p) => [
    { key: 'financial', done: p.collections.objectives.some((o) => o.kind === 'financial') },
    { key: 'marketing', done: p.collections.objectives.some((o) => o.kind === 'marketing') },
    { key: 'issues', done: p.collections.issues.length > 0 },
  ],
  strategy: (p) => {
    const f = p.fields.strategy;
    return [
      { key: 'targeting', done: p.collections.segmentScores.some((s) => s.targeted) },
      { key: 'positioning', done: filled(f.positioning.statement) || (filled(f.positioning.forWhom) && filled(f.positioning.benefit)) },
      { key: 'product', done: filled(f.product.line) || filled(f.product.features) },
      { key: 'price', done: f.price.method !== null || f.price.listPrice !== null },
      { key: 'place', done: f.place.design !== null },
      { key: 'promotion', done: filled(f.promotion.audience) && filled(f.promotion.message) },
    ];
  },
  actions: (p) => [{ key: 'actions', done: p.collections.actions.length > 0 }],
  budget: (p) => [
    { key: 'forecast', done: p.collections.forecastLines.length > 0 },
    { key: 'marketingBudget', done: p.fields.budget.marketingBudget !== null },
  ],
  control: (p) => [
    { key: 'kpis', done: p.collections.kpis.length > 0 },
    { key: 'targets', done: p.collections.kpis.some((k) => k.periods.some((x) => x.target !== null)) },
  ],
};

export function partCompleteness(plan: Plan, part: PartKey): { done: number; total: number; items: CompletenessItem[] } {
  const items = PART_ITEMS[part](plan);
  return { done: items.filter((i) => i.done).length, total: items.length, items };
}

/** 0 to 1: the share of all parts' items that are done. */
export function planProgress(plan: Plan): number {
  let done = 0;
  let total = 0;
  for (const part of PART_KEYS) {
    const c = partCompleteness(plan, part);
    done += c.done;
    total += c.total;
  }
  return total === 0 ? 0 : done / total;
}
