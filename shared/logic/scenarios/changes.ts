import type { Plan, Scenario, ScenarioOverride } from '../../domain';

export const SCENARIO_LEVERS = ['volume', 'price', 'unitCost', 'spend'] as const;
export type ScenarioLever = (typeof SCENARIO_LEVERS)[number];

const FIELD: Record<ScenarioLever, 'volumePct' | 'pricePct' | 'unitCostPct' | 'spendPct'> = {
  volume: 'volumePct',
  price: 'pricePct',
  unitCost: 'unitCostPct',
  spend: 'spendPct',
};

export type OverrideLine = { kind: 'product' | 'budgetLine' | 'action'; id: string; name: string };

/** One thing a scenario changes: a lever by a percentage, for every line (line null) or for one. */
export type ScenarioChange = { lever: ScenarioLever; pct: number; line: OverrideLine | null };

/** Which line an override names, with the name the plan gives it (empty when the line is gone or unnamed). */
export function overrideLine(plan: Plan, o: Pick<ScenarioOverride, 'productId' | 'budgetLineId' | 'actionId'>): OverrideLine | null {
  const { products, budgetLines, actions } = plan.collections;
  if (o.productId !== null) return { kind: 'product', id: o.productId, name: products.find((p) => p.id === o.productId)?.name ?? '' };
  if (o.budgetLineId !== null) return { kind: 'budgetLine', id: o.budgetLineId, name: budgetLines.find((b) => b.id === o.budgetLineId)?.label ?? '' };
  if (o.actionId !== null) return { kind: 'action', id: o.actionId, name: actions.find((a) => a.id === o.actionId)?.title ?? '' };
  return null;
}

/** The levers a kind of line can move: a product's forecast has volume, price and cost; spend lines only spend. */
export function leversOf(kind: OverrideLine['kind']): readonly ScenarioLever[] {
  return kind === 'product' ? ['volume', 'price', 'unitCost'] : ['spend'];
}

/**
 * What a scenario changes, as a list a reader can check: its non-zero percentages, then each
 * override's percentages that apply to its line (a product's spend percentage, say, changes
 * nothing and is not listed). An override naming no line changes nothing and is left out.
 */
export function scenarioChanges(plan: Plan, scenario: Scenario): ScenarioChange[] {
  const changes: ScenarioChange[] = [];
  for (const lever of SCENARIO_LEVERS) {
    const pct = scenario[FIELD[lever]];
    if (pct !== 0) changes.push({ lever, pct, line: null });
  }
  for (const o of plan.collections.scenarioOverrides) {
    if (o.scenarioId !== scenario.id) continue;
    const line = overrideLine(plan, o);
    if (!line) continue;
    for (const lever of leversOf(line.kind)) {
      const pct = o[FIELD[lever]];
      if (pct !== null) changes.push({ lever, pct, line });
    }
  }
  return changes;
}
