import { describe, expect, it } from 'vitest';
import {
  COLLECTION_NAMES,
  CONTROL_KINDS,
  findReferenceProblems,
  isRichTextEmpty,
  LANGUAGES,
  MACRO_FORCES,
  Plan,
  richTextToPlain,
  type RichText,
} from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import { computeBudget } from '../../../../shared/logic/budget';
import { planProgress } from '../../../../shared/logic/completeness';
import { planHealth } from '../../../../shared/logic/health';
import { buildSample, isSampleName, SAMPLE_NAMES, SAMPLES, type SampleName } from '../../../../shared/samples';
import { STRESS_COUNTS } from '../../../../shared/samples/stress';

const CASES = SAMPLE_NAMES.filter((n) => n !== 'stress');
const NOW = '2026-11-20T09:30:00.000Z';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

const built = new Map<string, Plan>();
function sample(name: SampleName, language: (typeof LANGUAGES)[number]): Plan {
  const key = `${name}|${language}`;
  if (!built.has(key)) built.set(key, buildSample(name, language, { now: NOW }));
  return built.get(key)!;
}

/** The plan as JSON with every id replaced by the order it first appears in: equal content, any ids. */
function withoutIds(plan: Plan): string {
  const seen = new Map<string, number>();
  return JSON.stringify(plan).replace(UUID, (id) => {
    if (!seen.has(id)) seen.set(id, seen.size);
    return `#${seen.get(id)}`;
  });
}

/** Every string in the plan with its path, for comparing the two languages value by value. */
function strings(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, at: string) => {
    if (typeof v === 'string') out.set(at, v);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, at ? `${at}.${k}` : k);
  };
  walk(value, path);
  return out;
}

function richBlocks(doc: RichText): string[] {
  const kinds: string[] = [];
  for (const block of doc.content) {
    kinds.push(block.type);
    const paragraphs = block.type === 'paragraph' ? [block] : block.content.flatMap((item) => item.content);
    if (paragraphs.some((p) => (p.content ?? []).some((n) => n.type === 'text' && n.marks?.some((m) => m.type === 'bold')))) kinds.push('bold');
  }
  return kinds;
}

describe('the sample catalogue', () => {
  it('lists every sample once, with title and description keys that exist in both languages', () => {
    expect(SAMPLES.map((s) => s.name)).toEqual([...SAMPLE_NAMES]);
    expect(SAMPLE_NAMES).toEqual(expect.arrayContaining(['education', 'infant-formula', 'trade-course', 'social-campaign', 'stress']));
    for (const language of LANGUAGES) {
      const t = createTranslate(language);
      const titles = SAMPLES.map((s) => t(s.title));
      for (const s of SAMPLES) {
        expect(t(s.title)).not.toBe(s.title);
        expect(t(s.description)).not.toBe(s.description);
      }
      expect(new Set(titles).size).toBe(SAMPLES.length);
    }
    expect(isSampleName('education')).toBe(true);
    expect(isSampleName('Education')).toBe(false);
    expect(isSampleName(undefined)).toBe(false);
  });

  it('refuses an unknown sample name with a message naming it', () => {
    expect(() => buildSample('no-such-sample' as SampleName, 'en')).toThrow(/no-such-sample/);
  });
});

describe.each(SAMPLE_NAMES)('sample “%s”', (name) => {
  it.each(LANGUAGES)('is a valid plan in %s with no broken links', (language) => {
    const plan = sample(name, language);
    const parsed = Plan.safeParse(plan);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(findReferenceProblems(plan)).toEqual([]);
    expect(plan.meta.language).toBe(language);
    expect(plan.meta).toMatchObject({ periodStart: '2027-01-01', periodEnd: '2027-12-31', createdAt: NOW, updatedAt: NOW, deletedAt: null });
  });

  it.each(LANGUAGES)('passes every health check and every completeness item in %s, but for KPIs its March actuals put behind', (language) => {
    const plan = sample(name, language);
    // The samples track a first quarter in which some KPIs trail their targets, as real plans do;
    // the health says so (kpiBehind) and finds nothing else, but for the education sample's one
    // overrun beyond the 10 % threshold (its trial follow-up cost 14 % more than planned).
    expect(
      planHealth(plan)
        .filter((f) => f.check !== 'kpiBehind')
        .map((f) => `${f.check} ${JSON.stringify(f.params)}`),
    ).toEqual(
      name === 'education'
        ? [
            `spendVariance ${JSON.stringify({ name: plan.collections.actions.find((a) => a.cost === 1_500_000)!.title, planMinor: 1_500_000, actualMinor: 1_710_000, pct: '+14', threshold: 10, month: '2027-03' })}`,
          ]
        : [],
    );
    expect(planProgress(plan)).toBe(1);
  });

  it('has the same content on every build but fresh ids, and the same structure in both languages', () => {
    const first = buildSample(name, 'en', { now: NOW });
    const second = buildSample(name, 'en', { now: NOW });
    expect(withoutIds(second)).toBe(withoutIds(first));
    const idsOf = (plan: Plan) => new Set(JSON.stringify(plan).match(UUID));
    const secondIds = idsOf(second);
    const overlap = [...idsOf(first)].filter((id) => secondIds.has(id));
    expect(overlap).toEqual([]);
    const zh = sample(name, 'zh-CN');
    for (const c of COLLECTION_NAMES) expect(zh.collections[c].length, c).toBe(first.collections[c].length);
    expect(computeBudget(zh).totals).toEqual(computeBudget(first).totals);
  });

  it('grants exactly the marketing spend the actions and budget lines add up to', () => {
    const plan = sample(name, 'en');
    const budget = computeBudget(plan);
    expect(plan.fields.budget.marketingBudget).toBe(budget.totals.marketing);
    expect(budget.budget.difference).toBe(0);
    expect(plan.fields.strategy.promotion.budget).toBe(budget.spendByMix.promotion);
    expect(budget.totals.undatedActions).toBe(0);
  });
});

describe.each(CASES)('workshop case “%s”', (name) => {
  const plan = () => sample(name, 'en');

  it('fills every part the way a planner would', () => {
    const p = plan();
    const c = p.collections;
    const s = p.fields.situation;
    expect(s.marketSize).toBeGreaterThan(0);
    expect(s.marketGrowthPct).not.toBeNull();
    expect(s.ourPosition).not.toBeNull();
    for (const text of Object.values(s.buyingBehaviour)) expect(text.length).toBeGreaterThan(20);
    const narratives = [s.market, s.product, s.competition, s.distribution, s.macro, s.customers];
    narratives.forEach((doc) => expect(isRichTextEmpty(doc)).toBe(false));
    const blocks = narratives.flatMap(richBlocks);
    expect(blocks).toEqual(expect.arrayContaining(['bulletList', 'orderedList', 'bold']));

    expect(c.segments.length).toBeGreaterThanOrEqual(3);
    expect(c.products.every((x) => x.stage !== null && x.price !== null && x.marginPct !== null)).toBe(true);
    expect(
      c.competitors.every(
        (x) => x.sharePct !== null && [x.strategy, x.objectives, x.strengths, x.weaknesses, x.likelyReaction].every((t) => t.length > 5),
      ),
    ).toBe(true);
    expect(c.channels.every((x) => x.sharePct !== null && x.trend !== null)).toBe(true);
    expect(c.channels.reduce((sum, x) => sum + x.sharePct!, 0)).toBe(100);
    expect(new Set(c.macroForces.map((m) => m.force))).toEqual(new Set(MACRO_FORCES));
    expect(c.customerTiers.length).toBeGreaterThanOrEqual(4);
    expect(c.customerTiers.every((t) => t.frequency !== null && t.monetary !== null && t.customers !== null)).toBe(true);
  });

  it('has 10–16 SWOT items with evidence, and TOWS strategies that answer every threat', () => {
    const { swotItems, towsStrategies } = plan().collections;
    expect(swotItems.length).toBeGreaterThanOrEqual(10);
    expect(swotItems.length).toBeLessThanOrEqual(16);
    expect(new Set(swotItems.map((i) => i.kind))).toEqual(new Set(['S', 'W', 'O', 'T']));
    expect(swotItems.every((i) => i.impact !== null && i.evidence !== null)).toBe(true);
    expect(swotItems.every((i) => (i.kind === 'O' || i.kind === 'T') === (i.likelihood !== null))).toBe(true);
    expect(towsStrategies.length).toBeGreaterThanOrEqual(4);
    expect(new Set(towsStrategies.map((t) => t.kind))).toEqual(new Set(['SO', 'ST', 'WO', 'WT']));
    const paired = new Set(towsStrategies.flatMap((t) => t.swotItemIds));
    expect(swotItems.filter((i) => i.kind === 'T' && !paired.has(i.id)).map((i) => i.statement)).toEqual([]);
  });

  it('sets 3–6 SMART objectives, financial and marketing, each with issues, actions and KPIs', () => {
    const { objectives, issues, actions, kpis } = plan().collections;
    expect(objectives.length).toBeGreaterThanOrEqual(3);
    expect(objectives.length).toBeLessThanOrEqual(6);
    expect(new Set(objectives.map((o) => o.kind))).toEqual(new Set(['financial', 'marketing']));
    for (const o of objectives) {
      expect(
        [o.metric, o.baseline, o.target, o.deadline].every((v) => v !== null),
        o.title,
      ).toBe(true);
      expect(o.owner.length && o.unit.length, o.title).toBeTruthy();
    }
    const issued = new Set(issues.flatMap((i) => i.objectiveIds));
    expect(issues.length).toBeGreaterThanOrEqual(3);
    expect(issued.size).toBeGreaterThanOrEqual(3);
    for (const k of kpis) {
      const monthly = k.periodKind === 'month';
      expect(k.periods.length, k.metric).toBe(monthly ? 12 : 4);
      expect(k.periods[0]!.actual, k.metric).not.toBeNull();
      expect(k.periods.every((x) => x.target !== null)).toBe(true);
      expect(k.periods.at(-1)!.actual).toBeNull();
      expect(k.correctiveAction.length).toBeGreaterThan(10);
    }
    expect(actions.length).toBeGreaterThanOrEqual(10);
    expect(actions.length).toBeLessThanOrEqual(25);
    expect(actions.every((a) => a.objectiveIds.length > 0 && a.mixElement !== null && a.cost !== null && a.start && a.end && a.owner)).toBe(true);
    expect(new Set(actions.map((a) => a.mixElement))).toEqual(new Set(['product', 'price', 'place', 'promotion']));
    expect(new Set(actions.map((a) => a.status)).size).toBeGreaterThanOrEqual(3);
    expect(actions.filter((a) => a.dependsOn.length > 0).length).toBeGreaterThanOrEqual(5);
    // Dependencies are finish-to-start: nothing starts before what it waits for has ended.
    const byId = new Map(actions.map((a) => [a.id, a]));
    const early = actions.flatMap((a) => a.dependsOn.filter((d) => byId.get(d)!.end! >= a.start!).map((d) => `${a.title} ← ${byId.get(d)!.title}`));
    expect(early).toEqual([]);
    const kinds = new Set(kpis.map((k) => k.controlKind));
    expect(kinds).toEqual(new Set(['annualPlan', 'profitability', 'efficiency', 'strategic']));
  });

  it('targets segments and names them in the positioning statement and the promotion audience', () => {
    const p = plan();
    const targeted = p.collections.segmentScores.filter((s) => s.targeted).map((s) => p.collections.segments.find((x) => x.id === s.segmentId)!.name);
    expect(targeted.length).toBeGreaterThanOrEqual(1);
    expect(p.collections.segmentScores.length).toBe(p.collections.segments.length);
    const { positioning, promotion, differentiation, product, price, place } = p.fields.strategy;
    for (const n of targeted) {
      expect(positioning.statement.toLowerCase()).toContain(n.toLowerCase());
      expect(promotion.audience.toLowerCase()).toContain(n.toLowerCase());
    }
    expect(Object.values(positioning).every((t) => t.length > 5)).toBe(true);
    expect(Object.values(differentiation).every((t) => t.length > 5)).toBe(true);
    expect(Object.values(product).every((t) => t.length > 5)).toBe(true);
    expect(price.method !== null && price.listPrice !== null && price.discounts && price.promotionalPricing).toBeTruthy();
    expect(place.design !== null && place.coverage && place.logistics && place.management).toBeTruthy();
    expect(promotion.media.length).toBeGreaterThanOrEqual(3);
    expect(isRichTextEmpty(p.fields.strategy.competitiveStrategy)).toBe(false);
  });

  it('keeps its numbers consistent: forecast, revenue and profit objectives, revenue KPI, summary', () => {
    const p = plan();
    const budget = computeBudget(p);
    const { objectives, kpis, forecastLines, products, budgetLines } = p.collections;
    // A forecast line for each product and month.
    for (const product of products) {
      expect(new Set(forecastLines.filter((l) => l.productId === product.id).map((l) => l.month)).size, product.name).toBe(12);
    }
    expect(budgetLines.length).toBeGreaterThanOrEqual(2);
    const revenue = objectives.find((o) => o.metric === 'revenue')!;
    expect(revenue.target! * 100).toBe(budget.totals.revenue);
    const revenueKpi = kpis.find((k) => k.objectiveId === revenue.id && k.unit === revenue.unit)!;
    expect(revenueKpi.periods.reduce((sum, x) => sum + x.target!, 0) * 100).toBe(budget.totals.revenue);
    const profit = objectives.find((o) => o.metric === 'profit');
    if (profit) {
      expect(profit.target! * 100).toBe(budget.totals.profit);
      const profitKpi = kpis.find((k) => k.objectiveId === profit.id && k.unit === profit.unit)!;
      expect(profitKpi.periods.reduce((sum, x) => sum + x.target!, 0) * 100).toBe(budget.totals.profit);
    }
    expect(budget.totals.profit).toBeGreaterThan(0);
    expect(budget.breakEven.month).not.toBeNull();
    const summary = richTextToPlain(p.fields.summary.narrative);
    for (const o of objectives.slice(0, 3)) expect(summary).toContain(o.title);
    expect(summary).toContain((budget.totals.marketing / 100).toLocaleString('en'));
  });

  it('speaks Chinese throughout in zh-CN, with the domain’s terms', () => {
    const en = strings(sample(name, 'en'));
    const zh = strings(sample(name, 'zh-CN'));
    // Narratives may split into runs differently per language; every other value sits at the same path.
    const plain = (m: Map<string, string>) => [...m.keys()].filter((k) => !k.includes('.content['));
    expect(plain(zh)).toEqual(plain(en));
    const untranslated = plain(zh).filter((path) => /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(en.get(path)!) && !/[\u4e00-\u9fff]/.test(zh.get(path)!));
    expect(untranslated.map((path) => `${path}: ${zh.get(path)}`)).toEqual([]);
    const p0 = sample(name, 'zh-CN');
    const docs = [p0.fields.summary.narrative, ...CONTROL_KINDS.map((kind) => p0.fields.control[kind]), p0.fields.strategy.competitiveStrategy];
    for (const key of ['market', 'product', 'competition', 'distribution', 'macro', 'customers'] as const) docs.push(p0.fields.situation[key]);
    for (const doc of docs) for (const line of richTextToPlain(doc).split('\n')) expect(line).toMatch(/[\u4e00-\u9fff]/);
    const p = sample(name, 'zh-CN');
    const position = { leader: '市场领先者', challenger: '市场挑战者', follower: '市场追随者', nicher: '市场补缺者' }[
      p.fields.situation.ourPosition!
    ];
    expect(richTextToPlain(p.fields.situation.competition)).toContain(position);
    expect(richTextToPlain(p.fields.strategy.competitiveStrategy)).toContain(position);
    const stages = { introduction: '引入期', growth: '成长期', maturity: '成熟期', decline: '衰退期' };
    const lifeCycle = p.fields.strategy.product.lifeCycleStrategy;
    for (const stage of new Set(p.collections.products.map((x) => x.stage!))) expect(lifeCycle).toContain(stages[stage]);
  });
});

describe('the stress sample', () => {
  it.each(LANGUAGES)('has exactly the benchmark counts in %s', (language) => {
    const { collections } = sample('stress', language);
    expect(collections.actions).toHaveLength(STRESS_COUNTS.actions);
    expect(collections.swotItems).toHaveLength(STRESS_COUNTS.swotItems);
    expect(collections.objectives).toHaveLength(STRESS_COUNTS.objectives);
    expect(collections.kpis).toHaveLength(STRESS_COUNTS.kpis);
    expect(collections.kpis.every((k) => k.periodKind === 'month' && k.periods.length === STRESS_COUNTS.kpiPeriods)).toBe(true);
    expect(collections.budgetLines).toHaveLength(STRESS_COUNTS.budgetLines);
    expect(STRESS_COUNTS).toEqual({ actions: 300, swotItems: 60, objectives: 20, kpis: 40, kpiPeriods: 12, budgetLines: 150 });
    for (const c of COLLECTION_NAMES) expect(collections[c].length, c).toBeGreaterThan(0);
  });

  it('has dependencies only on earlier actions, so it never holds a loop', () => {
    const { actions } = sample('stress', 'en').collections;
    const index = new Map(actions.map((a, i) => [a.id, i]));
    expect(actions.filter((a) => a.dependsOn.length > 0).length).toBeGreaterThan(50);
    for (const [i, a] of actions.entries()) for (const d of a.dependsOn) expect(index.get(d)!).toBeLessThan(i);
  });

  it('describes the same rows in both languages', () => {
    const en = sample('stress', 'en').collections.actions;
    const zh = sample('stress', 'zh-CN').collections.actions;
    // “#12” in English is “第 12 项” in Chinese; the generator draws the same values for both.
    en.forEach((a, i) => expect(zh[i]!.title).toContain(`第 ${a.title.match(/#(\d+)/)![1]} 项`));
    expect(zh.map((a) => [a.start, a.end, a.cost, a.mixElement])).toEqual(en.map((a) => [a.start, a.end, a.cost, a.mixElement]));
  });
});
