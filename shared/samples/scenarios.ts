import type { Scenario, ScenarioOverride } from '../domain';
import type { Kit } from './kit';

/**
 * The samples' scenarios beside their base case, where a planner would set them: a pessimistic
 * and an optimistic case, each with the one line the case hinges on moved on its own.
 */
export type SampleScenarios = { scenarios: Scenario[]; scenarioOverrides: ScenarioOverride[] };

type Pcts = Pick<Scenario, 'volumePct' | 'pricePct' | 'unitCostPct' | 'spendPct'>;

function scenario(kit: Kit, key: string, en: string, zh: string, pcts: Pcts): Scenario {
  return { id: kit.ref(`scenario.${key}`), name: kit.tx(en, zh), ...pcts };
}

function productOverride(kit: Kit, scenarioKey: string, productKey: string, pcts: Partial<Pcts>): ScenarioOverride {
  return {
    id: kit.ref(`scenario.${scenarioKey}.${productKey}`),
    scenarioId: kit.ref(`scenario.${scenarioKey}`),
    productId: kit.ref(productKey),
    budgetLineId: null,
    actionId: null,
    volumePct: pcts.volumePct ?? null,
    pricePct: pcts.pricePct ?? null,
    unitCostPct: pcts.unitCostPct ?? null,
    spendPct: null,
  };
}

/** Coding school: enrolments are the risk; the older pupils' Python course falls furthest in a bad year. */
export function educationScenarios(kit: Kit): SampleScenarios {
  return {
    scenarios: [
      scenario(kit, 'low', 'Pessimistic: enrolments fall short', '悲观：招生不及预期', { volumePct: -15, pricePct: 0, unitCostPct: 5, spendPct: 0 }),
      scenario(kit, 'high', 'Optimistic: referrals take off', '乐观：转介绍起量', { volumePct: 10, pricePct: 0, unitCostPct: 0, spendPct: 10 }),
    ],
    scenarioOverrides: [productOverride(kit, 'low', 'prod.python', { volumePct: -25 })],
  };
}

/** Infant formula: a price war is the downside; stage 1 loses most when hospitals switch brands. */
export function infantFormulaScenarios(kit: Kit): SampleScenarios {
  return {
    scenarios: [
      scenario(kit, 'low', 'Pessimistic: price war', '悲观：价格战', { volumePct: -10, pricePct: -5, unitCostPct: 3, spendPct: 10 }),
      scenario(kit, 'high', 'Optimistic: milk powder costs ease', '乐观：奶粉原料成本回落', {
        volumePct: 8,
        pricePct: 0,
        unitCostPct: -4,
        spendPct: 0,
      }),
    ],
    scenarioOverrides: [productOverride(kit, 'low', 'prod.s1', { volumePct: -20 })],
  };
}

/** Sparkling tea: the campaign either catches on or it does not; the new jasmine flavour swings most. */
export function socialCampaignScenarios(kit: Kit): SampleScenarios {
  return {
    scenarios: [
      scenario(kit, 'low', 'Pessimistic: the campaign does not catch on', '悲观：活动未能引爆', {
        volumePct: -20,
        pricePct: 0,
        unitCostPct: 0,
        spendPct: 0,
      }),
      scenario(kit, 'high', 'Optimistic: the campaign goes viral', '乐观：活动刷屏', { volumePct: 15, pricePct: 0, unitCostPct: -3, spendPct: 5 }),
    ],
    scenarioOverrides: [productOverride(kit, 'high', 'prod.jasmine', { volumePct: 30 })],
  };
}

/** Trade course: fewer exporters sign up, and the bootcamp is discounted to fill seats. */
export function tradeCourseScenarios(kit: Kit): SampleScenarios {
  return {
    scenarios: [
      scenario(kit, 'low', 'Pessimistic: export orders slow', '悲观：外贸订单放缓', { volumePct: -20, pricePct: 0, unitCostPct: 0, spendPct: 0 }),
      scenario(kit, 'high', 'Optimistic: a second cohort fills', '乐观：第二期满班', { volumePct: 15, pricePct: 0, unitCostPct: 0, spendPct: 5 }),
    ],
    scenarioOverrides: [productOverride(kit, 'low', 'prod.bootcamp', { pricePct: -10 })],
  };
}
