import type {
  Action,
  BudgetLine,
  Channel,
  Competitor,
  CustomerTier,
  ForecastLine,
  Kpi,
  MacroForce,
  Objective,
  Plan,
  PlanIssue,
  Product,
  Segment,
  SegmentScore,
  SwotItem,
  TowsStrategy,
} from '../domain';
import { addSampleActuals } from './actuals';
import { ACTION_STATUSES, CONTROL_KINDS, CUSTOMER_TIERS, MACRO_FORCES, MIX_ELEMENTS, OBJECTIVE_METRICS, TRENDS } from '../domain';
import { finishPlan, minor, monthlyForecast, monthlyPeriods, planMeta, type Kit } from './kit';
import { bold, doc, ol, p, ul } from './rich';

/**
 * The benchmark-sized plan: exactly the counts the performance budget is measured on (300
 * actions, 60 SWOT items, 20 objectives, 40 KPIs × 12 months, 150 budget lines), with every
 * other part filled plausibly. Generated from a fixed seed, so every build has the same
 * content (only the ids are fresh) and a slow screen can be reproduced exactly.
 */
export const STRESS_COUNTS = { actions: 300, swotItems: 60, objectives: 20, kpis: 40, kpiPeriods: 12, budgetLines: 150 } as const;

const SEED = 20_270_101;

/** mulberry32: a tiny, fast, well-distributed 32-bit generator; enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Pair = readonly [en: string, zh: string];

const REGIONS: Pair[] = [
  ['East China', '华东'],
  ['South China', '华南'],
  ['North China', '华北'],
  ['Central China', '华中'],
  ['South-West', '西南'],
  ['North-East', '东北'],
  ['North-West', '西北'],
  ['Online', '线上'],
];
const LINES: Pair[] = [
  ['Sofas', '沙发'],
  ['Mattresses', '床垫'],
  ['Dining tables', '餐桌'],
  ['Wardrobes', '衣柜'],
  ['Office chairs', '办公椅'],
  ['Kids’ furniture', '儿童家具'],
  ['Outdoor furniture', '户外家具'],
  ['Smart beds', '智能床'],
];
const VERBS: Pair[] = [
  ['Launch', '上线'],
  ['Run', '开展'],
  ['Test', '测试'],
  ['Expand', '扩大'],
  ['Refresh', '更新'],
  ['Negotiate', '洽谈'],
  ['Train staff on', '培训员工：'],
  ['Audit', '审核'],
  ['Promote', '推广'],
  ['Pilot', '试点'],
];
const THINGS: Pair[] = [
  ['showroom displays', '展厅陈列'],
  ['member coupons', '会员优惠券'],
  ['Douyin live sessions', '抖音直播'],
  ['Xiaohongshu seeding', '小红书种草'],
  ['dealer incentives', '经销商激励'],
  ['trade-in offer', '以旧换新活动'],
  ['designer partnerships', '设计师合作'],
  ['delivery and installation service', '配送安装服务'],
  ['search ads', '搜索广告'],
  ['WeCom follow-up', '企业微信跟进'],
  ['price bundles', '价格组合'],
  ['catalogue', '产品目录'],
];
const PEOPLE: Pair[] = [
  ['Chen Yu', '陈宇'],
  ['Li Na', '李娜'],
  ['Wang Bo', '王博'],
  ['Zhao Min', '赵敏'],
  ['Sun Hao', '孙浩'],
  ['Zhou Ting', '周婷'],
  ['Wu Lei', '吴磊'],
  ['Xu Jia', '徐佳'],
  ['Hu Yang', '胡洋'],
  ['Guo Fei', '郭菲'],
];
const COMPETITORS: Pair[] = [
  ['Mingjia Home', '明家家居'],
  ['Oakline', '橡木线'],
  ['Sleepwell', '安眠'],
  ['Nordhus', '北屋'],
  ['Jiayi Furniture', '佳艺家具'],
  ['Urban Nest', '城巢'],
  ['Softform', '柔形'],
  ['Linhai Wood', '林海木业'],
  ['Casa Moderna', '摩登之家'],
  ['Value Home Mart', '实惠家居城'],
];
const CHANNELS: Pair[] = [
  ['Flagship showrooms', '旗舰展厅'],
  ['Franchise stores', '加盟门店'],
  ['Home-improvement malls', '家居卖场'],
  ['Tmall flagship', '天猫旗舰店'],
  ['JD flagship', '京东旗舰店'],
  ['Douyin shop', '抖音小店'],
  ['Interior designers', '室内设计师'],
  ['Property developers', '地产开发商'],
];
const BASES: Pair[] = [
  ['price', '价格'],
  ['design', '设计'],
  ['service', '服务'],
  ['delivery speed', '配送速度'],
];
const METRIC_NAMES: Record<(typeof OBJECTIVE_METRICS)[number], Pair> = {
  revenue: ['revenue', '收入'],
  profit: ['profit', '利润'],
  roi: ['return on marketing', '营销投资回报'],
  marketShare: ['market share', '市场份额'],
  awareness: ['awareness', '认知度'],
  newCustomers: ['new customers', '新客户'],
  retention: ['retention', '留存率'],
  conversion: ['conversion', '转化率'],
  other: ['NPS', '净推荐值'],
};
const SEGMENT_NAMES: Pair[] = [
  ['Young couples buying a first home', '首次购房的年轻夫妇'],
  ['Families upgrading their home', '改善型住房家庭'],
  ['Renters in tier-1 cities', '一线城市租房族'],
  ['Home-office workers', '居家办公人群'],
  ['Retirees refurbishing', '翻新住房的退休人群'],
  ['Small hotels and B&Bs', '小型酒店与民宿'],
  ['Corporate offices', '企业办公'],
  ['Schools and kindergartens', '学校与幼儿园'],
  ['Interior-design clients', '室内设计客户'],
  ['Second-home buyers', '第二套住房买家'],
  ['Pet-owning households', '养宠家庭'],
  ['Smart-home enthusiasts', '智能家居爱好者'],
];
const FORCE_FINDINGS: Record<(typeof MACRO_FORCES)[number], Pair[]> = {
  demographic: [
    ['Fewer marriages mean fewer first-home furniture purchases.', '结婚人数减少，首套房家具需求下降。'],
    ['An ageing population wants easier-to-use furniture.', '人口老龄化带来对适老家具的需求。'],
  ],
  economic: [
    ['The housing market is weak; renovation of existing homes grows.', '新房市场疲软，存量房翻新增长。'],
    ['Trade-in subsidies for home goods support demand.', '家居以旧换新补贴支撑需求。'],
  ],
  natural: [
    ['Timber prices rise with stricter forestry limits.', '林业管控趋严，木材价格上涨。'],
    ['Formaldehyde standards favour low-emission boards.', '甲醛标准提高，低排放板材更受青睐。'],
  ],
  technological: [
    ['Smart beds and sensors enter the mass market.', '智能床和传感器进入大众市场。'],
    ['3D room planning online shortens the decision.', '线上 3D 空间设计缩短了决策过程。'],
  ],
  politicalLegal: [
    ['New furniture safety standards for children’s products.', '儿童家具新安全标准出台。'],
    ['Platform rules tighten on price comparisons in ads.', '平台对广告中的比价宣传规定趋严。'],
  ],
  socioCultural: [
    ['Minimal, “new Chinese” styles are in fashion.', '极简和“新中式”风格流行。'],
    ['People share room makeovers on Xiaohongshu.', '人们在小红书分享房间改造。'],
  ],
};
const SWOT_TEXT: Record<'S' | 'W' | 'O' | 'T', Pair[]> = {
  S: [
    ['Own factories for {line}', '{line}自有工厂'],
    ['Design team wins awards for {line}', '{line}设计团队屡获奖项'],
    ['Strong dealer network in {region}', '{region}经销网络强'],
    ['Fast delivery in {region}', '{region}配送快'],
  ],
  W: [
    ['High return rate for {line}', '{line}退货率高'],
    ['Weak online reviews in {region}', '{region}线上口碑弱'],
    ['Slow new-product launches for {line}', '{line}新品上市慢'],
    ['Dealer turnover in {region}', '{region}经销商流失'],
  ],
  O: [
    ['Renovation demand grows in {region}', '{region}翻新需求增长'],
    ['Trade-in subsidies cover {line}', '以旧换新补贴覆盖{line}'],
    ['Designers ask for modular {line}', '设计师需要模块化{line}'],
    ['Live commerce grows in {region}', '{region}直播电商增长'],
  ],
  T: [
    ['{competitor} cuts prices on {line}', '{competitor}对{line}降价'],
    ['Timber costs squeeze {line} margins', '木材成本挤压{line}毛利'],
    ['Malls in {region} lose footfall', '{region}家居卖场客流下滑'],
    ['{competitor} copies our {line} designs', '{competitor}抄袭我们的{line}设计'],
  ],
};

export function buildStress(kit: Kit, now: string): Plan {
  const { tx, ref } = kit;
  const rand = random(SEED);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const say = (pair: Pair, fill: Record<string, Pair> = {}) =>
    tx(
      pair[0].replace(/\{(\w+)\}/g, (_, k: string) => fill[k]![0]),
      pair[1].replace(/\{(\w+)\}/g, (_, k: string) => fill[k]![1]),
    );
  const year = 2027;
  const currency = 'USD';
  const date = (dayOfYear: number) => {
    const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
    return d.toISOString().slice(0, 10);
  };
  const person = () => say(pick(PEOPLE));
  const number = (value: number) => value.toLocaleString(kit.locale);
  const list = (names: string[]) => tx(`${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`, names.join('、'));

  const segments: Segment[] = SEGMENT_NAMES.map((name, i) => ({
    id: ref(`seg.${i}`),
    name: say(name),
    size: int(20, 900) * 10_000,
    growthPct: int(-60, 140) / 10,
    needs: tx(`Quality, price and delivery matter in that order for ${name[0].toLowerCase()}.`, `${name[1]}依次看重品质、价格和配送。`),
  }));

  const products: Product[] = LINES.map((line, i) => ({
    id: ref(`prod.${i}`),
    name: say(line),
    salesVolume: int(8, 90) * 1_000,
    price: minor(int(12, 250) * 10),
    marginPct: int(280, 520) / 10,
    stage: pick(['introduction', 'growth', 'maturity', 'decline'] as const),
  }));

  const competitors: Competitor[] = COMPETITORS.map((c, i) => ({
    id: ref(`comp.${i}`),
    name: say(c),
    sharePct: int(10, 140) / 10,
    strategy: say([`${c[0]} competes on {basis}.`, `${c[1]}以{basis}竞争。`], { basis: pick(BASES) }),
    objectives: tx('Grow share in tier-2 and tier-3 cities.', '在二三线城市提升份额。'),
    strengths: tx('Brand recognition and store count.', '品牌认知度和门店数量。'),
    weaknesses: tx('Slow after-sales service.', '售后服务慢。'),
    likelyReaction: tx('Matches our promotions within two weeks.', '两周内跟进我们的促销。'),
  }));

  const channels: Channel[] = CHANNELS.map((c, i) => ({
    id: ref(`ch.${i}`),
    name: say(c),
    sharePct: [24, 20, 14, 12, 8, 9, 7, 6][i]!,
    trend: pick(TRENDS),
    conflicts: tx('Price differences between online and offline.', '线上线下价格不一致。'),
  }));

  const macroForces: MacroForce[] = MACRO_FORCES.flatMap((force) =>
    FORCE_FINDINGS[force].map((finding, j) => ({
      id: ref(`macro.${force}.${j}`),
      force,
      finding: say(finding),
      effect: pick(['opportunity', 'threat', 'neutral'] as const),
    })),
  );

  const tierNames: Pair[] = [
    ['Design influencers', '设计达人'],
    ['Developer and hotel accounts', '开发商与酒店大客户'],
    ['Repeat households', '复购家庭'],
    ['Showroom visitors with a quote', '已报价的展厅访客'],
    ['Catalogue requests', '索取目录的潜在客户'],
    ['Lapsed buyers', '流失客户'],
  ];
  const customerTiers: CustomerTier[] = CUSTOMER_TIERS.map((tier, i) => ({
    id: ref(`tier.${i}`),
    tier,
    name: say(tierNames[i]!),
    customers: int(1, 500) * 100,
    recencyDays: int(5, 400),
    frequency: int(0, 60) / 10,
    monetary: minor(int(1, 400) * 100),
    notes: tx('Reviewed every quarter by RFM.', '每季度按 RFM 复核。'),
  }));

  const evidenceKinds = ['segment', 'product', 'competitor', 'channel', 'macroForce', 'customerTier'] as const;
  const evidenceRows: Record<(typeof evidenceKinds)[number], { id: string }[]> = {
    segment: segments,
    product: products,
    competitor: competitors,
    channel: channels,
    macroForce: macroForces,
    customerTier: customerTiers,
  };
  const swotItems: SwotItem[] = (['S', 'W', 'O', 'T'] as const).flatMap((kind) =>
    Array.from({ length: STRESS_COUNTS.swotItems / 4 }, (_, i) => {
      const kindOfEvidence = pick(evidenceKinds);
      return {
        id: ref(`swot.${kind}.${i}`),
        kind,
        statement: `${say(SWOT_TEXT[kind][i % 4]!, { line: pick(LINES), region: pick(REGIONS), competitor: pick(COMPETITORS) })} (${kind}${i + 1})`,
        impact: int(1, 5),
        likelihood: kind === 'O' || kind === 'T' ? int(1, 5) : null,
        evidence: { kind: kindOfEvidence, id: pick(evidenceRows[kindOfEvidence]).id },
      };
    }),
  );

  // Every threat is paired in a TOWS strategy, as a careful planner would leave it.
  const byKind = (kind: SwotItem['kind']) => swotItems.filter((s) => s.kind === kind);
  const towsStrategies: TowsStrategy[] = Array.from({ length: 15 }, (_, i) => {
    const kind = (['SO', 'ST', 'WO', 'WT'] as const)[i % 4]!;
    const internal = byKind(kind[0] as 'S' | 'W');
    const external = byKind(kind[1] as 'O' | 'T');
    const threat = byKind('T')[i]!;
    const [own, outside] = [internal[i]!, external[i]!];
    const strategy =
      outside.kind === 'T'
        ? tx(`Strategy ${i + 1}: use ${own.statement} against ${threat.statement}.`, `策略 ${i + 1}：以${own.statement}应对${threat.statement}。`)
        : tx(
            `Strategy ${i + 1}: pair ${own.statement} with ${outside.statement}, and answer ${threat.statement}.`,
            `策略 ${i + 1}：将${own.statement}与${outside.statement}结合，并应对${threat.statement}。`,
          );
    return { id: ref(`tows.${i}`), kind, strategy, swotItemIds: [...new Set([own.id, outside.id, threat.id])] };
  });

  const objectives: Objective[] = Array.from({ length: STRESS_COUNTS.objectives }, (_, i) => {
    const metric = OBJECTIVE_METRICS[i % (OBJECTIVE_METRICS.length - 1)]!;
    const financial = metric === 'revenue' || metric === 'profit' || metric === 'roi';
    const line = LINES[i % LINES.length]!;
    const baseline = financial ? int(20, 200) * 10_000 : int(5, 60);
    const target = Math.round(baseline * (1.1 + rand() * 0.3));
    return {
      id: ref(`obj.${i}`),
      kind: financial ? 'financial' : 'marketing',
      metric,
      title: say(
        [
          `Objective ${i + 1}: {metric} of {line} from ${number(baseline)} to ${number(target)}`,
          `目标 ${i + 1}：{line}{metric}从 ${number(baseline)} 提升到 ${number(target)}`,
        ],
        { metric: METRIC_NAMES[metric], line },
      ),
      baseline,
      target,
      unit: metric === 'revenue' || metric === 'profit' ? currency : '%',
      deadline: date(int(180, 364)),
      owner: person(),
    };
  });

  const issues: PlanIssue[] = objectives.map((o, i) => ({
    id: ref(`issue.${i}`),
    statement: tx(`Issue ${i + 1}: capacity and budget risk for objective ${i + 1}.`, `问题 ${i + 1}：目标 ${i + 1} 的产能和预算风险。`),
    objectiveIds: [o.id, objectives[(i + 7) % objectives.length]!.id],
  }));

  const segmentScores: SegmentScore[] = segments.map((s, i) => ({
    id: ref(`score.${i}`),
    segmentId: s.id,
    size: int(1, 5),
    growth: int(1, 5),
    intensity: int(1, 5),
    fit: int(1, 5),
    targeted: i < 3,
  }));
  const targetedNames = segments.slice(0, 3).map((s) => s.name);

  const actions: Action[] = Array.from({ length: STRESS_COUNTS.actions }, (_, i) => {
    const startDay = int(0, 330);
    const span = int(3, 90);
    const dependsOn =
      i > 5 && rand() < 0.4 ? [...new Set([ref(`act.${int(0, i - 1)}`), ...(rand() < 0.3 ? [ref(`act.${int(0, i - 1)}`)] : [])])] : [];
    const served = new Set([objectives[i % objectives.length]!.id, ...(rand() < 0.5 ? [pick(objectives).id] : [])]);
    const fill = { verb: pick(VERBS), thing: pick(THINGS), line: pick(LINES), region: pick(REGIONS) };
    return {
      id: ref(`act.${i}`),
      title: say([`{verb} {thing} for {line} in {region} (#${i + 1})`, `{region}{line}：{verb}{thing}（第 ${i + 1} 项）`], fill),
      start: date(startDay),
      end: date(Math.min(364, startDay + span)),
      owner: person(),
      cost: minor(int(5, 400) * 100),
      objectiveIds: [...served],
      mixElement: pick(MIX_ELEMENTS),
      status: startDay < 60 ? pick(ACTION_STATUSES.filter((s) => s !== 'cancelled')) : 'planned',
      dependsOn,
    };
  });

  const forecastLines: ForecastLine[] = products.flatMap((product, i) =>
    monthlyForecast(
      kit,
      `prod.${i}`,
      product.name,
      year,
      Array.from({ length: 12 }, () => int(200, 4_000)),
      product.price! / 100,
      Math.round((product.price! / 100) * (1 - product.marginPct! / 100)),
    ),
  );

  const budgetLines: BudgetLine[] = Array.from({ length: STRESS_COUNTS.budgetLines }, (_, i) => ({
    id: ref(`bl.${i}`),
    label: say([`{thing} — {region} (line ${i + 1})`, `{region}{thing}（明细 ${i + 1}）`], { thing: pick(THINGS), region: pick(REGIONS) }),
    month: `${year}-${String(int(1, 12)).padStart(2, '0')}`,
    amount: minor(int(10, 600) * 100),
    mixElement: pick(MIX_ELEMENTS),
  }));

  // Three scenarios, each with overrides on a few products and budget lines (no draws, so the rows above stay as they were).
  const stressScenarios = {
    scenarios: [
      { key: 'low', name: tx('Pessimistic', '悲观'), volumePct: -15, pricePct: -3, unitCostPct: 4, spendPct: 0 },
      { key: 'mid', name: tx('Price increase', '提价'), volumePct: -5, pricePct: 8, unitCostPct: 0, spendPct: 5 },
      { key: 'high', name: tx('Optimistic', '乐观'), volumePct: 12, pricePct: 0, unitCostPct: -2, spendPct: 10 },
    ].map(({ key, ...rest }) => ({ id: ref(`scenario.${key}`), ...rest })),
    scenarioOverrides: ['low', 'mid', 'high'].flatMap((key, k) => [
      ...products.slice(k, k + 2).map((product, i) => ({
        id: ref(`scenario.${key}.product.${i}`),
        scenarioId: ref(`scenario.${key}`),
        productId: product.id,
        budgetLineId: null,
        actionId: null,
        volumePct: (k - 1) * 20,
        pricePct: null,
        unitCostPct: null,
        spendPct: null,
      })),
      ...budgetLines.slice(k * 3, k * 3 + 3).map((line, i) => ({
        id: ref(`scenario.${key}.line.${i}`),
        scenarioId: ref(`scenario.${key}`),
        productId: null,
        budgetLineId: line.id,
        actionId: null,
        volumePct: null,
        pricePct: null,
        unitCostPct: null,
        spendPct: -50,
      })),
    ]),
  };

  const kpis: Kpi[] = Array.from({ length: STRESS_COUNTS.kpis }, (_, i) => {
    const objective = objectives[i % objectives.length]!;
    const base = objective.baseline ?? 10;
    const step = ((objective.target ?? base) - base) / 12;
    const targets = Array.from({ length: STRESS_COUNTS.kpiPeriods }, (_, m) => Math.round((base + step * (m + 1)) * 100) / 100);
    const actuals = targets.slice(0, 3).map((t) => Math.round(t * (0.85 + rand() * 0.25) * 100) / 100);
    return {
      id: ref(`kpi.${i}`),
      metric: tx(`KPI ${i + 1} for objective ${(i % objectives.length) + 1}`, `目标 ${(i % objectives.length) + 1} 的 KPI ${i + 1}`),
      objectiveId: objective.id,
      owner: person(),
      unit: objective.unit,
      periodKind: 'month',
      direction: i % 7 === 6 ? 'lowerIsBetter' : 'higherIsBetter',
      controlKind: CONTROL_KINDS[i % CONTROL_KINDS.length]!,
      correctiveAction: tx(
        'Review the cause at the monthly meeting and move budget to the best action.',
        '在月度会议上分析原因，把预算转到效果最好的行动。',
      ),
      periods: monthlyPeriods(year, targets, actuals),
    };
  });

  const narrative = (en: string, zh: string) =>
    doc(p(tx(en, zh)), ul(...REGIONS.slice(0, 4).map((r) => tx(`${r[0]}: see the tables below.`, `${r[1]}：见下表。`))));

  const plan: Plan = {
    meta: planMeta(kit, {
      name: tx('Huaxin Home — 2027 national plan (stress test)', '华信家居 2027 年全国营销计划（压力测试）'),
      client: tx('Huaxin Home Furnishings Group', '华信家居集团'),
      author: tx('Benchmark generator', '基准数据生成器'),
      currency,
      year,
      now,
    }),
    fields: {
      summary: { narrative: doc() },
      situation: {
        marketSize: minor(9_800_000_000),
        marketGrowthPct: 2.4,
        market: narrative(
          'The furniture market grows slowly; renovation replaces new homes as the driver.',
          '家具市场增长缓慢，存量房翻新取代新房成为驱动力。',
        ),
        buyingBehaviour: {
          cultural: tx('Home is a family project.', '家是全家人的事。'),
          social: tx('Friends’ homes and Xiaohongshu set the style.', '朋友的家和小红书决定风格。'),
          personal: tx('Buyers aged 28–45.', '购买者 28–45 岁。'),
          psychological: tx('Fear of a wrong, expensive choice.', '怕花大钱买错。'),
          buyingRoles: tx('Couple decides; designer influences.', '夫妻决定；设计师影响。'),
          decisionStages: tx('Inspiration → showroom → quote → order → delivery.', '灵感 → 展厅 → 报价 → 下单 → 配送。'),
        },
        product: narrative('Eight product lines at different life-cycle stages.', '八条产品线处于不同生命周期阶段。'),
        competition: narrative('Ten competitors; none above 15% share.', '十个竞争对手，没有一家份额超过 15%。'),
        ourPosition: 'challenger',
        distribution: narrative('Eight channels from showrooms to developers.', '从展厅到开发商共八个渠道。'),
        macro: narrative('Two findings per macro force.', '每种宏观力量两条发现。'),
        customers: narrative('Six customer tiers valued by RFM.', '按 RFM 分为六个客户层级。'),
      },
      strategy: {
        positioning: {
          forWhom: list(targetedNames),
          need: tx('a well-made home without a long wait', '不用久等就能拥有做工好的家'),
          category: tx('mid-priced furniture brand', '中端家具品牌'),
          benefit: tx('design, quality and delivery in 15 days', '设计、品质和 15 天交付'),
          unlikeWhom: tx('mass-market chains', '大众连锁品牌'),
          statement: tx(
            `For ${list(targetedNames)}, Huaxin is the mid-priced furniture brand that delivers design and quality in 15 days — unlike mass-market chains.`,
            `面向${list(targetedNames)}，华信是 15 天交付设计与品质的中端家具品牌——不同于大众连锁品牌。`,
          ),
        },
        differentiation: {
          product: tx('Own factories and designs.', '自有工厂和设计。'),
          service: tx('Delivery and installation in 15 days.', '15 天配送安装。'),
          channel: tx('Showrooms plus designers.', '展厅加设计师渠道。'),
          image: tx('Calm modern homes.', '安静的现代家居。'),
        },
        competitiveStrategy: doc(
          p(tx('Challenge the leaders on delivery speed.', '以交付速度挑战领先者。')),
          ol(tx('Attack on service.', '以服务进攻。'), tx('Defend the showrooms.', '守住展厅。')),
        ),
        product: {
          line: LINES.map((l) => say(l)).join(tx(', ', '、')),
          features: tx('Modular sizes, low-emission boards.', '模块化尺寸、低排放板材。'),
          quality: tx('Five-year warranty.', '五年质保。'),
          brand: tx('Huaxin Home', '华信家居'),
          packaging: tx('Flat-pack for online, assembled for showrooms.', '线上平板包装，展厅整装交付。'),
          services: tx('Design consultation, delivery, installation.', '设计咨询、配送、安装。'),
          lifeCycleStrategy: tx('Invest in growth lines, harvest mature ones.', '投资成长期产品线，收割成熟期产品线。'),
        },
        price: {
          objective: tx('Hold margin while matching key competitors.', '在对标主要对手的同时守住毛利。'),
          method: 'competitionBased',
          listPrice: minor(1_299),
          discounts: tx('Trade-in credit up to 15%.', '以旧换新最高抵扣 15%。'),
          promotionalPricing: tx('Festival bundles.', '节日组合价。'),
        },
        place: {
          design: 'omnichannel',
          coverage: tx('Eight regions, eight channels.', '八大区域、八个渠道。'),
          logistics: tx('Regional warehouses, 15-day delivery.', '区域仓、15 天交付。'),
          management: tx('Dealer scorecards each quarter.', '每季度经销商评分。'),
        },
        promotion: {
          audience: tx(`${list(targetedNames)}, in the eight regions.`, `八大区域的${list(targetedNames)}。`),
          objectives: tx('Awareness and qualified showroom visits.', '认知度和有效到店。'),
          message: tx('A finished home in 15 days.', '15 天，家就完整了。'),
          media: ['advertising', 'salesPromotion', 'publicRelations', 'personalSelling', 'directDigital'],
          budget: null,
        },
      },
      budget: { marketingBudget: null, fixedCosts: minor(38_000_000) },
      control: {
        annualPlan: narrative('Monthly review of 40 KPIs against target.', '每月对照目标复核 40 个 KPI。'),
        profitability: narrative('Margin by line and region each quarter.', '每季度按产品线和区域分析毛利。'),
        efficiency: narrative('Cost per lead and per order by channel.', '按渠道计算单线索和单订单成本。'),
        strategic: narrative('Yearly review of positioning and channels.', '每年复核定位和渠道。'),
      },
    },
    collections: {
      segments,
      products,
      competitors,
      channels,
      macroForces,
      customerTiers,
      swotItems,
      towsStrategies,
      objectives,
      issues,
      segmentScores,
      actions,
      forecastLines,
      budgetLines,
      ...stressScenarios,
      kpis,
      actualSales: [],
      actualSpend: [],
      actionResults: [],
    },
  };

  // A quarter reported, so the grids, the dashboard and the checks of plan versus actual are measured at size.
  addSampleActuals(plan, kit, {
    revenueFactors: [0.98, 1.04, 0.93],
    results: [
      { action: 'act.0', result: ['enquiries', '咨询'], target: 500, perMonth: [40, 55, 61] },
      { action: 'act.1', result: ['new members', '新会员'], target: 1_200, perMonth: [90, 130, 120] },
    ],
  });

  return finishPlan(plan, (budget) =>
    doc(
      p(bold(tx('Stress-test plan', '压力测试计划')), tx(': generated to benchmark the app at full size.', '：为按满规模测试应用性能而生成。')),
      ol(objectives[0]!.title, objectives[1]!.title, objectives[2]!.title),
      p(tx('Marketing budget: ', '营销预算：'), bold(kit.money(budget.totals.marketing, currency))),
    ),
  );
}
