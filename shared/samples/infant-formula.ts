import type {
  Action,
  BudgetLine,
  Channel,
  Competitor,
  CustomerTier,
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
import { finishPlan, minor, monthlyForecast, monthlyPeriods, planMeta, quarterlyPeriods, revenueByMonth, type Kit } from './kit';
import { infantFormulaScenarios } from './scenarios';
import { bold, doc, ol, p, ul } from './rich';

/**
 * Case 2 of the domain file: an infant-formula brand building one member database across its
 * 12,000 mother-and-baby stores and its app, tiering members and timing follow-ups by how fast
 * a can is used (re-purchase prompt near day 20, wake-up offer after three silent months).
 * A domestic brand, a follower in the market, with its strength in lower-tier cities.
 */
export function buildInfantFormula(kit: Kit, now: string): Plan {
  const { tx, ref } = kit;
  const year = 2027;
  const currency = 'CNY';
  const thousand = (values: number[]) => values.map((v) => v * 1_000);

  const segments: Segment[] = [
    {
      id: ref('seg.first'),
      name: tx('First-time mothers in lower-tier cities', '下沉市场新手妈妈'),
      size: 2_200_000,
      growthPct: -4.5,
      needs: tx(
        'Someone nearby to trust: advice from the store, samples before committing, a fair price, reminders for each stage.',
        '身边可信赖的人：门店导购的建议、先试后买、价格实在、每个段位转换都有人提醒。',
      ),
    },
    {
      id: ref('seg.second'),
      name: tx('Second-child families', '二孩家庭'),
      size: 3_600_000,
      growthPct: -6,
      needs: tx(
        'Already know the category; want value, convenience and a brand that rewards loyalty over several years.',
        '已熟悉品类；看重性价比、购买方便，以及能奖励多年忠诚的品牌。',
      ),
    },
    {
      id: ref('seg.premium'),
      name: tx('Premium-seeking families in tier-1 and tier-2 cities', '一二线城市高端家庭'),
      size: 2_400_000,
      growthPct: -2,
      needs: tx(
        'Organic and A2 protein, proof of quality equal to imports, fast delivery from e-commerce.',
        '有机和 A2 蛋白、不输进口品牌的品质证明、电商快速送达。',
      ),
    },
    {
      id: ref('seg.toddler'),
      name: tx('Families of children aged 3–6', '3–6 岁儿童家庭'),
      size: 31_000_000,
      growthPct: -5,
      needs: tx(
        'Growth nutrition after formula: calcium, DHA, taste the child accepts, less sugar.',
        '奶粉之后的成长营养：钙、DHA、孩子爱喝的口味、少糖。',
      ),
    },
  ];

  const products: Product[] = [
    {
      id: ref('prod.s1'),
      name: tx('Hechu Stage 1 (0–6 months), 800 g', '禾初 1 段（0–6 个月）800 克'),
      salesVolume: 1_650_000,
      price: minor(186),
      marginPct: 52.7,
      stage: 'maturity',
    },
    {
      id: ref('prod.s2'),
      name: tx('Hechu Stage 2 (6–12 months), 800 g', '禾初 2 段（6–12 个月）800 克'),
      salesVolume: 3_020_000,
      price: minor(196),
      marginPct: 53.1,
      stage: 'maturity',
    },
    {
      id: ref('prod.s3'),
      name: tx('Hechu Stage 3 (1–3 years), 800 g', '禾初 3 段（1–3 岁）800 克'),
      salesVolume: 3_560_000,
      price: minor(172),
      marginPct: 53.5,
      stage: 'maturity',
    },
    {
      id: ref('prod.a2'),
      name: tx('Hechu Zhenyou Organic A2 Stage 3, 800 g', '禾初臻优有机 A2 3 段 800 克'),
      salesVolume: 520_000,
      price: minor(268),
      marginPct: 56,
      stage: 'growth',
    },
    {
      id: ref('prod.growth'),
      name: tx('Hechu Kids Growth Milk (3–6 years), 800 g', '禾初儿童成长奶粉（3–6 岁）800 克'),
      salesVolume: 0,
      price: minor(118),
      marginPct: 52.5,
      stage: 'introduction',
    },
  ];

  const competitors: Competitor[] = [
    {
      id: ref('comp.hengxing'),
      name: tx('Hengxing Dairy (domestic leader)', '恒星乳业（国产领导品牌）'),
      sharePct: 19,
      strategy: tx(
        '“Fresher for Chinese babies” brand story, national TV and elevator ads, large store rebates and a points app.',
        '“更适合中国宝宝”的品牌故事，全国电视和电梯广告，高额门店返利和积分 App。',
      ),
      objectives: tx('Hold 20% share; push its super-premium line in lower-tier cities.', '守住 20% 份额；在下沉市场推广超高端系列。'),
      strengths: tx('Brand awareness above 90%, scale, a mature member app.', '品牌认知度超过 90%，规模大，会员 App 成熟。'),
      weaknesses: tx('Highest shelf price; store owners complain that rebates arrive late.', '货架价格最高；门店老板抱怨返利到账慢。'),
      likelyReaction: tx(
        'Double member points and add store rebates in the regions where we gain.',
        '在我们增长的区域推出会员双倍积分并追加门店返利。',
      ),
    },
    {
      id: ref('comp.alpen'),
      name: tx('Alpenmilch (imported European brand)', '阿尔卑斯（欧洲进口品牌）'),
      sharePct: 11,
      strategy: tx(
        'Premium imported origin sold mainly through Tmall, JD and cross-border e-commerce.',
        '主打进口高端，主要通过天猫、京东和跨境电商销售。',
      ),
      objectives: tx('Grow in tier-1 and tier-2 cities with organic lines.', '以有机系列在一二线城市增长。'),
      strengths: tx('Trust in imported origin, strong online reviews.', '进口产地背书，线上评价好。'),
      weaknesses: tx('Price 35% above ours; few stores in county towns; long supply chain.', '价格比我们高 35%；县城门店少；供应链长。'),
      likelyReaction: tx('Deeper coupons on 618 and Double 11.', '在 618 和双 11 加大优惠券力度。'),
    },
    {
      id: ref('comp.guanghe'),
      name: tx('Guanghe Nutrition (regional challenger)', '冠禾营养（区域挑战者）'),
      sharePct: 6,
      strategy: tx(
        'Store rebates of up to 30% and rewards for store guides who switch mothers to its brand.',
        '门店返利最高 30%，奖励导购把妈妈转到它的品牌。',
      ),
      objectives: tx('Take shelf space in county-town stores.', '抢占县城门店的货架。'),
      strengths: tx('Store owners earn the most on it.', '门店卖它赚得最多。'),
      weaknesses: tx('A 2025 batch recall still worries mothers; weak consumer brand.', '2025 年的批次召回仍让妈妈们担心；消费者品牌弱。'),
      likelyReaction: tx('Try to poach our best store guides.', '挖我们最好的导购。'),
    },
    {
      id: ref('comp.niche'),
      name: tx('Goat-milk and niche brands', '羊奶粉及小众品牌'),
      sharePct: 14,
      strategy: tx('Goat milk, “easy digestion” claims, heavy Xiaohongshu seeding.', '主打羊奶和“好消化”，在小红书大量种草。'),
      objectives: tx('Win mothers whose babies have trouble with cow’s-milk formula.', '争取宝宝喝牛奶粉不适应的妈妈。'),
      strengths: tx('Clear niche story, fast on social media.', '细分定位清晰，社交媒体反应快。'),
      weaknesses: tx('High price, thin store coverage.', '价格高、门店覆盖薄。'),
      likelyReaction: tx('Target our switching mothers with “gentle formula” content.', '用“温和配方”内容针对我们想换奶的妈妈。'),
    },
  ];

  const channels: Channel[] = [
    {
      id: ref('ch.stores'),
      name: tx('Mother-and-baby stores (12,000 doors)', '母婴店（12,000 家门店）'),
      sharePct: 64,
      trend: 'stable',
      conflicts: tx(
        'Owners push the brand with the highest rebate; goods flow across regions when rebates differ.',
        '门店老板推返利最高的品牌；各区域返利不同导致窜货。',
      ),
    },
    {
      id: ref('ch.ecom'),
      name: tx('Tmall, JD and Douyin flagship stores', '天猫、京东、抖音旗舰店'),
      sharePct: 17,
      trend: 'rising',
      conflicts: tx('Festival prices online undercut the stores and anger owners.', '大促时线上价格低于门店，引起门店不满。'),
    },
    {
      id: ref('ch.app'),
      name: tx('Hechu Mama app and WeChat mini program', '禾初妈妈 App 与微信小程序'),
      sharePct: 9,
      trend: 'rising',
      conflicts: tx(
        'Stores fear the app takes their mothers; orders must be credited to the member’s home store.',
        '门店担心 App 抢走顾客；订单须归属会员的所属门店。',
      ),
    },
    {
      id: ref('ch.ka'),
      name: tx('Supermarkets and hypermarkets', '商超卖场'),
      sharePct: 10,
      trend: 'falling',
      conflicts: tx('Listing fees rise while footfall falls.', '进场费上涨而客流下降。'),
    },
  ];

  const macroForces: MacroForce[] = [
    {
      id: ref('macro.births'),
      force: 'demographic',
      finding: tx(
        'Births fell from 17.9 million in 2016 to about 9 million; the formula market shrinks by volume about 4% a year.',
        '出生人口从 2016 年的 1,790 万降到约 900 万；奶粉市场销量每年下降约 4%。',
      ),
      effect: 'threat',
    },
    {
      id: ref('macro.econ'),
      force: 'economic',
      finding: tx(
        'Families in lower-tier cities keep spending on babies but trade down from imports to trusted domestic brands.',
        '下沉市场家庭在宝宝身上的花费不减，但从进口品牌转向可信的国产品牌。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.nature'),
      force: 'natural',
      finding: tx(
        'Our own pastures in Heilongjiang secure raw milk; feed prices after the 2025 drought raise costs about 3%.',
        '黑龙江自有牧场保障奶源；2025 年干旱后饲料涨价，使成本上升约 3%。',
      ),
      effect: 'neutral',
    },
    {
      id: ref('macro.tech'),
      force: 'technological',
      finding: tx(
        'A code on every can, WeCom and SCRM tools make one-to-one follow-up of each member cheap and measurable.',
        '一罐一码、企业微信和 SCRM 工具让一对一跟进每位会员变得便宜且可衡量。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.law'),
      force: 'politicalLegal',
      finding: tx(
        'Formula recipes must be registered under the new national standard; the Advertising Law bans mass-media ads for infant formula for babies up to 12 months; member data needs explicit consent under the Personal Information Protection Law.',
        '配方须按新国标注册；《广告法》禁止在大众传播媒介发布 0–12 个月婴儿配方乳粉广告；会员数据须按《个人信息保护法》取得明确同意。',
      ),
      effect: 'threat',
    },
    {
      id: ref('macro.social'),
      force: 'socioCultural',
      finding: tx(
        'Mothers research on Xiaohongshu and in mother groups; trust in domestic brands (guochao) is at a high.',
        '妈妈们在小红书和妈妈群里做功课；对国货品牌的信任处于高位。',
      ),
      effect: 'opportunity',
    },
  ];

  const customerTiers: CustomerTier[] = [
    {
      id: ref('tier.koc'),
      tier: 'opinionLeader',
      name: tx('Mum KOCs and store-group admins', 'KOC 妈妈与门店群群主'),
      customers: 18_000,
      recencyDays: 9,
      frequency: 16,
      monetary: minor(5_200),
      notes: tx('About 3% of active members; their posts bring one in five new members.', '约占活跃会员 3%；五分之一的新会员来自她们的分享。'),
    },
    {
      id: ref('tier.diamond'),
      tier: 'keyAccount',
      name: tx('Diamond members (2+ cans a month for 6 months)', '钻石会员（连续 6 个月每月 2 罐以上）'),
      customers: 96_000,
      recencyDays: 14,
      frequency: 18,
      monetary: minor(5_700),
      notes: tx('15% of active members, 38% of member sales.', '占活跃会员 15%，贡献会员销售额 38%。'),
    },
    {
      id: ref('tier.gold'),
      tier: 'smallMid',
      name: tx('Gold and silver members', '金卡与银卡会员'),
      customers: 430_000,
      recencyDays: 26,
      frequency: 9,
      monetary: minor(2_800),
      notes: tx('Most lapse at a stage change (months 6 and 12).', '多在段位转换时（6 个月和 12 个月）流失。'),
    },
    {
      id: ref('tier.sample'),
      tier: 'intending',
      name: tx('Registered with a sample, no purchase yet', '已领试用装、尚未购买'),
      customers: 210_000,
      recencyDays: 45,
      frequency: 0,
      monetary: 0,
      notes: tx('Converted at 31% when the guide calls within 7 days of the sample.', '领样后 7 天内导购回访的转化率为 31%。'),
    },
    {
      id: ref('tier.pregnant'),
      tier: 'potential',
      name: tx('Expectant mothers from store mother classes', '门店妈妈课堂的准妈妈'),
      customers: 150_000,
      recencyDays: null,
      frequency: 0,
      monetary: 0,
      notes: tx(
        'Only stage 2 and 3 may be promoted to them; stage 1 is advised by store staff on request.',
        '只能向她们推广 2 段和 3 段；1 段仅在顾客询问时由门店提供建议。',
      ),
    },
    {
      id: ref('tier.silent'),
      tier: 'other',
      name: tx('Silent members (no purchase for 90+ days)', '沉睡会员（90 天以上未购买）'),
      customers: 380_000,
      recencyDays: 130,
      frequency: 3,
      monetary: minor(1_100),
      notes: tx('Wake up high-value ones first: those who bought 10+ cans before going quiet.', '优先唤醒高价值会员：沉睡前买过 10 罐以上的会员。'),
    },
  ];

  const swotItems: SwotItem[] = [
    {
      id: ref('s.stores'),
      kind: 'S',
      statement: tx('12,000 mother-and-baby stores with trained store guides in county towns.', '县城 12,000 家母婴店，导购经过培训。'),
      impact: 5,
      likelihood: null,
      evidence: { kind: 'channel', id: ref('ch.stores') },
    },
    {
      id: ref('s.members'),
      kind: 'S',
      statement: tx('1.8 million registered members, 620,000 active in the last 90 days.', '180 万注册会员，近 90 天活跃 62 万。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.diamond') },
    },
    {
      id: ref('s.farms'),
      kind: 'S',
      statement: tx('Own pastures and a code on every can that mothers can trace.', '自有牧场，一罐一码可追溯。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'macroForce', id: ref('macro.nature') },
    },
    {
      id: ref('s.price'),
      kind: 'S',
      statement: tx('Shelf price 15–20% below imports with comparable nutrition.', '货架价比进口品牌低 15–20%，营养配方相当。'),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'competitor', id: ref('comp.alpen') },
    },
    {
      id: ref('w.data'),
      kind: 'W',
      statement: tx(
        'Store tills, the app and e-commerce are not connected; 38% of purchases are not linked to a member.',
        '门店收银、App 和电商数据没有打通；38% 的购买未关联到会员。',
      ),
      impact: 5,
      likelihood: null,
      evidence: { kind: 'channel', id: ref('ch.app') },
    },
    {
      id: ref('w.repurchase'),
      kind: 'W',
      statement: tx('45-day re-purchase rate of 58%, against about 65% at the leader.', '45 天复购率 58%，领导品牌约为 65%。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.gold') },
    },
    {
      id: ref('w.silent'),
      kind: 'W',
      statement: tx('380,000 members have gone silent for more than 90 days.', '38 万会员超过 90 天未购买。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.silent') },
    },
    {
      id: ref('w.bigcity'),
      kind: 'W',
      statement: tx('Low awareness in tier-1 and tier-2 cities.', '一二线城市品牌认知度低。'),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'segment', id: ref('seg.premium') },
    },
    {
      id: ref('o.guochao'),
      kind: 'O',
      statement: tx('Trust in domestic brands is rising and families trade down from imports.', '对国货的信任上升，家庭从进口品牌转向国产。'),
      impact: 4,
      likelihood: 4,
      evidence: { kind: 'macroForce', id: ref('macro.social') },
    },
    {
      id: ref('o.scrm'),
      kind: 'O',
      statement: tx('WeCom and SCRM make one-to-one follow-up cheap and measurable.', '企业微信和 SCRM 让一对一跟进便宜且可衡量。'),
      impact: 4,
      likelihood: 5,
      evidence: { kind: 'macroForce', id: ref('macro.tech') },
    },
    {
      id: ref('o.growthmilk'),
      kind: 'O',
      statement: tx('Growth milk for ages 3–6 keeps families after formula ends.', '3–6 岁成长奶粉能在奶粉阶段结束后留住家庭。'),
      impact: 4,
      likelihood: 3,
      evidence: { kind: 'segment', id: ref('seg.toddler') },
    },
    {
      id: ref('t.births'),
      kind: 'T',
      statement: tx('Falling births shrink the market by about 4% a year by volume.', '出生人口下降，市场销量每年萎缩约 4%。'),
      impact: 5,
      likelihood: 5,
      evidence: { kind: 'macroForce', id: ref('macro.births') },
    },
    {
      id: ref('t.rebates'),
      kind: 'T',
      statement: tx('Hengxing answers share gains with double points and store rebates.', '恒星乳业会以双倍积分和门店返利回应我们的份额增长。'),
      impact: 4,
      likelihood: 4,
      evidence: { kind: 'competitor', id: ref('comp.hengxing') },
    },
    {
      id: ref('t.law'),
      kind: 'T',
      statement: tx('Advertising limits for infant formula and consent rules for member data.', '婴儿配方乳粉广告限制和会员数据同意规则。'),
      impact: 4,
      likelihood: 5,
      evidence: { kind: 'macroForce', id: ref('macro.law') },
    },
    {
      id: ref('t.online'),
      kind: 'T',
      statement: tx('Online festival prices undercut stores and cause cross-region selling.', '线上大促价低于门店，引发窜货。'),
      impact: 3,
      likelihood: 4,
      evidence: { kind: 'channel', id: ref('ch.ecom') },
    },
  ];

  const towsStrategies: TowsStrategy[] = [
    {
      id: ref('tows.so'),
      kind: 'SO',
      strategy: tx(
        'Turn store guides into member managers on WeCom: day-20 re-purchase prompts and stage-up advice, credited to their store.',
        '让导购在企业微信上成为会员管家：第 20 天复购提醒和转段建议，业绩归属门店。',
      ),
      swotItemIds: [ref('s.stores'), ref('s.members'), ref('o.scrm')],
    },
    {
      id: ref('tows.so2'),
      kind: 'SO',
      strategy: tx(
        'Move stage-3 graduates to Kids Growth Milk with a trial can at their child’s third birthday.',
        '在孩子 3 岁生日时赠送试饮装，把 3 段毕业家庭转到儿童成长奶粉。',
      ),
      swotItemIds: [ref('s.members'), ref('s.farms'), ref('o.growthmilk'), ref('o.guochao')],
    },
    {
      id: ref('tows.st'),
      kind: 'ST',
      strategy: tx(
        'Compete on service, not rebates: member benefits (stage-up samples, mother classes) against Hengxing’s points; no deeper trade rebates.',
        '比服务而不比返利：以会员权益（转段试用装、妈妈课堂）应对恒星的积分；不加大渠道返利。',
      ),
      swotItemIds: [ref('s.stores'), ref('s.price'), ref('t.rebates')],
    },
    {
      id: ref('tows.st2'),
      kind: 'ST',
      strategy: tx(
        'Speak one to one, with consent: member messages instead of mass ads for infant stages; a consent step and privacy notice in every journey.',
        '经同意后一对一沟通：婴儿段位只做会员沟通、不做大众广告；每个会员旅程都设同意环节和隐私告知。',
      ),
      swotItemIds: [ref('s.members'), ref('t.law')],
    },
    {
      id: ref('tows.wo'),
      kind: 'WO',
      strategy: tx(
        'One member ID across tills, app and e-commerce, built on the can codes; app orders credited to the home store.',
        '以罐码为基础打通收银、App 和电商的统一会员 ID；App 订单归属所属门店。',
      ),
      swotItemIds: [ref('w.data'), ref('o.scrm')],
    },
    {
      id: ref('tows.wt'),
      kind: 'WT',
      strategy: tx(
        'In a shrinking market, keep the babies we have: wake-up offers after 90 silent days, highest-value members first.',
        '市场萎缩时守住已有的宝宝：沉睡 90 天后发唤醒礼，高价值会员优先。',
      ),
      swotItemIds: [ref('w.silent'), ref('w.repurchase'), ref('t.births')],
    },
    {
      id: ref('tows.wt2'),
      kind: 'WT',
      strategy: tx(
        'One price across channels: online-only bundles, a festival price floor and scan-code tracking of cross-region goods.',
        '全渠道统一价格：线上专供组合装、大促价格底线、扫码追踪窜货。',
      ),
      swotItemIds: [ref('w.data'), ref('t.online')],
    },
  ];

  const forecastLines = [
    ...monthlyForecast(kit, 'prod.s1', tx('Stage 1', '1 段'), year, thousand([150, 118, 142, 140, 141, 146, 140, 138, 140, 142, 150, 145]), 186, 88),
    ...monthlyForecast(kit, 'prod.s2', tx('Stage 2', '2 段'), year, thousand([284, 222, 270, 266, 268, 284, 270, 266, 270, 274, 298, 284]), 196, 92),
    ...monthlyForecast(kit, 'prod.s3', tx('Stage 3', '3 段'), year, thousand([328, 258, 316, 314, 316, 340, 318, 314, 320, 326, 358, 340]), 172, 80),
    ...monthlyForecast(
      kit,
      'prod.a2',
      tx('Zhenyou Organic A2', '臻优有机 A2'),
      year,
      thousand([56, 48, 58, 60, 62, 70, 66, 68, 70, 74, 86, 82]),
      268,
      118,
    ),
    ...monthlyForecast(
      kit,
      'prod.growth',
      tx('Kids Growth Milk', '儿童成长奶粉'),
      year,
      thousand([0, 0, 0, 0, 0, 12, 22, 30, 36, 40, 52, 48]),
      118,
      56,
    ),
  ];
  const revenueTargets = revenueByMonth(forecastLines, year);

  const owner = {
    ceo: tx('Zhang Wei, General Manager', '张伟（总经理）'),
    crm: tx('He Jing, Head of Member Marketing', '何静（会员营销负责人）'),
    sales: tx('Gao Peng, National Sales Director', '高鹏（全国销售总监）'),
    brand: tx('Xu Lan, Brand Manager', '徐岚（品牌经理）'),
    digital: tx('Deng Tao, Digital & Data Lead', '邓涛（数字化与数据负责人）'),
    ecom: tx('Ma Rui, E-commerce Manager', '马睿（电商经理）'),
    finance: tx('Qian Min, Finance Director', '钱敏（财务总监）'),
  };

  const objectives: Objective[] = [
    {
      id: ref('obj.revenue'),
      kind: 'financial',
      metric: 'revenue',
      title: tx('Grow net sales from CNY 1.68 billion to CNY 1.86 billion', '净销售额从 16.8 亿元增长到 18.6 亿元'),
      baseline: 1_680_000_000,
      target: revenueTargets.reduce((x, y) => x + y, 0),
      unit: tx('CNY', '元'),
      deadline: '2027-12-31',
      owner: owner.ceo,
    },
    {
      id: ref('obj.repurchase'),
      kind: 'marketing',
      metric: 'retention',
      title: tx('Raise the 45-day re-purchase rate of active members from 58% to 66%', '活跃会员 45 天复购率从 58% 提升到 66%'),
      baseline: 58,
      target: 66,
      unit: '%',
      deadline: '2027-12-31',
      owner: owner.crm,
    },
    {
      id: ref('obj.members'),
      kind: 'marketing',
      metric: 'newCustomers',
      title: tx('Recruit 420,000 new members with a first purchase', '新增首购会员 42 万人'),
      baseline: 350_000,
      target: 420_000,
      unit: tx('members', '人'),
      deadline: '2027-12-31',
      owner: owner.sales,
    },
    {
      id: ref('obj.share'),
      kind: 'marketing',
      metric: 'marketShare',
      title: tx('Lift our share of mother-and-baby store sales from 2.0% to 2.3%', '母婴店渠道市场份额从 2.0% 提升到 2.3%'),
      baseline: 2,
      target: 2.3,
      unit: '%',
      deadline: '2027-12-31',
      owner: owner.sales,
    },
    {
      id: ref('obj.wake'),
      kind: 'marketing',
      metric: 'conversion',
      title: tx('Win back 20% of silent members within 60 days of the wake-up offer', '沉睡会员收到唤醒礼后 60 天内回购率达到 20%'),
      baseline: 9,
      target: 20,
      unit: '%',
      deadline: '2027-12-31',
      owner: owner.crm,
    },
    {
      id: ref('obj.profit'),
      kind: 'financial',
      metric: 'profit',
      title: tx('Deliver operating profit of CNY 231 million', '实现经营利润 2.31 亿元'),
      baseline: 188_000_000,
      target: 230_636_000,
      unit: tx('CNY', '元'),
      deadline: '2027-12-31',
      owner: owner.finance,
    },
  ];

  const issues: PlanIssue[] = [
    {
      id: ref('issue.guides'),
      statement: tx(
        'Will store owners let their guides message members from the brand’s WeCom, or do they fear losing the customer?',
        '门店老板是否愿意让导购用品牌的企业微信联系会员，还是担心顾客被品牌拿走？',
      ),
      objectiveIds: [ref('obj.repurchase'), ref('obj.members')],
    },
    {
      id: ref('issue.consent'),
      statement: tx(
        'How many of the 1.8 million members gave consent that covers messages, and how fast can the rest be asked again?',
        '180 万会员中有多少人的授权覆盖消息推送？其余会员多快能重新征得同意？',
      ),
      objectiveIds: [ref('obj.repurchase'), ref('obj.wake')],
    },
    {
      id: ref('issue.coupons'),
      statement: tx(
        'Day-20 and wake-up coupons may only move purchases forward rather than add them; we need a control group.',
        '第 20 天和唤醒优惠券可能只是让购买提前而不是增加；需要设对照组。',
      ),
      objectiveIds: [ref('obj.revenue'), ref('obj.profit')],
    },
    {
      id: ref('issue.share'),
      statement: tx(
        'Store-audit share data arrives two months late; can scanned can codes give an earlier signal?',
        '门店零售监测的份额数据滞后两个月；扫码数据能否更早给出信号？',
      ),
      objectiveIds: [ref('obj.share')],
    },
  ];

  const segmentScores: SegmentScore[] = [
    { id: ref('score.first'), segmentId: ref('seg.first'), size: 4, growth: 2, intensity: 3, fit: 5, targeted: true },
    { id: ref('score.second'), segmentId: ref('seg.second'), size: 5, growth: 2, intensity: 3, fit: 4, targeted: true },
    { id: ref('score.premium'), segmentId: ref('seg.premium'), size: 4, growth: 2, intensity: 5, fit: 2, targeted: false },
    { id: ref('score.toddler'), segmentId: ref('seg.toddler'), size: 5, growth: 2, intensity: 4, fit: 3, targeted: false },
  ];

  const a = (
    key: string,
    title: string,
    start: string,
    end: string,
    who: string,
    cost: number,
    serves: string[],
    mixElement: Action['mixElement'],
    status: Action['status'],
    after: string[] = [],
  ): Action => ({
    id: ref(key),
    title,
    start,
    end,
    owner: who,
    cost: minor(cost),
    objectiveIds: serves.map(ref),
    mixElement,
    status,
    dependsOn: after.map(ref),
  });

  const actions: Action[] = [
    a(
      'act.cny',
      tx('Chinese New Year stocking offer in stores: buy 3 cans, get a 400 g can', '春节囤货活动：门店买 3 罐送 400 克小罐'),
      '2027-01-05',
      '2027-02-10',
      owner.sales,
      6_500_000,
      ['obj.revenue'],
      'price',
      'done',
    ),
    a(
      'act.consent',
      tx('Consent and privacy review of all member journeys (PIPL)', '会员旅程的个人信息授权与隐私合规审查'),
      '2027-01-10',
      '2027-03-10',
      owner.digital,
      600_000,
      ['obj.repurchase', 'obj.wake'],
      'promotion',
      'done',
    ),
    a(
      'act.cdp',
      tx('One member ID: connect store tills, app and e-commerce through the can codes', '统一会员 ID：以罐码打通门店收银、App 和电商'),
      '2027-01-04',
      '2027-03-12',
      owner.digital,
      6_800_000,
      ['obj.repurchase', 'obj.members'],
      'place',
      'done',
    ),
    a(
      'act.scan',
      tx('Scan-to-earn points on every can (one can, one code)', '一罐一码：每罐扫码积分'),
      '2027-01-15',
      '2027-03-31',
      owner.crm,
      4_200_000,
      ['obj.members', 'obj.revenue'],
      'product',
      'done',
    ),
    a(
      'act.wecom',
      tx('Roll out WeCom to guides in 12,000 stores, in three waves with training', '分三批为 12,000 家门店导购开通企业微信并培训'),
      '2027-02-01',
      '2027-02-27',
      owner.sales,
      5_600_000,
      ['obj.repurchase', 'obj.members'],
      'place',
      'done',
    ),
    a(
      'act.price',
      tx('Channel price governance: online price floor and scan tracking of cross-region goods', '渠道价格管控：线上价格底线与扫码追踪窜货'),
      '2027-02-01',
      '2027-12-31',
      owner.sales,
      1_800_000,
      ['obj.share'],
      'price',
      'inProgress',
    ),
    a(
      'act.classes',
      tx('Mother classrooms in stores: 4,000 sessions with nutritionists', '门店妈妈课堂：与营养师合作 4,000 场'),
      '2027-03-01',
      '2027-11-30',
      owner.brand,
      12_000_000,
      ['obj.members', 'obj.share'],
      'promotion',
      'inProgress',
    ),
    a(
      'act.incentive',
      tx(
        'Guide incentives: CNY 8 per new member with a first purchase, CNY 3 per re-purchase follow-up',
        '导购激励：每个首购新会员 8 元，每次复购跟进 3 元',
      ),
      '2027-03-01',
      '2027-12-31',
      owner.sales,
      14_500_000,
      ['obj.members', 'obj.share'],
      'place',
      'inProgress',
      ['act.wecom'],
    ),
    a(
      'act.display',
      tx('Zhenyou A2 shelf display in the top 3,000 stores', '臻优 A2 在前 3,000 家门店的陈列'),
      '2027-03-01',
      '2027-05-31',
      owner.sales,
      5_200_000,
      ['obj.share'],
      'place',
      'inProgress',
    ),
    a(
      'act.koc',
      tx(
        'Xiaohongshu seeding: 1,200 mum notes on stage 3 and Zhenyou A2 (no stage-1 content)',
        '小红书种草：1,200 篇妈妈笔记，聚焦 3 段和臻优 A2（不涉及 1 段）',
      ),
      '2027-03-15',
      '2027-06-30',
      owner.brand,
      6_200_000,
      ['obj.share', 'obj.members'],
      'promotion',
      'inProgress',
      ['act.consent'],
    ),
    a(
      'act.day20',
      tx(
        'Day-20 re-purchase journey: guide message, app push and a CNY 20 coupon valid 7 days',
        '第 20 天复购旅程：导购消息 + App 推送 + 7 天有效的 20 元券',
      ),
      '2027-03-15',
      '2027-12-31',
      owner.crm,
      18_600_000,
      ['obj.repurchase', 'obj.revenue'],
      'price',
      'inProgress',
      ['act.cdp', 'act.wecom', 'act.consent'],
    ),
    a(
      'act.tiers',
      tx('Launch silver, gold and diamond tiers with benefits by cans bought in 6 months', '上线银卡、金卡、钻石会员等级，按 6 个月购买罐数享受权益'),
      '2027-04-01',
      '2027-04-30',
      owner.crm,
      2_400_000,
      ['obj.repurchase'],
      'product',
      'planned',
      ['act.cdp'],
    ),
    a(
      'act.wake',
      tx(
        'Wake-up offer after 90 silent days: CNY 50 coupon and a 400 g can, monthly waves, highest value first',
        '沉睡 90 天唤醒：50 元券 + 400 克小罐，每月一批，高价值会员优先',
      ),
      '2027-04-01',
      '2027-12-31',
      owner.crm,
      9_800_000,
      ['obj.wake', 'obj.revenue'],
      'price',
      'planned',
      ['act.cdp', 'act.consent'],
    ),
    a(
      'act.stageup',
      tx('Stage-up sample kits at months 6 and 12, timed by the baby’s birth date', '按宝宝出生日期在 6 个月和 12 个月寄送转段试用装'),
      '2027-05-01',
      '2027-12-31',
      owner.crm,
      7_500_000,
      ['obj.repurchase', 'obj.revenue'],
      'product',
      'planned',
      ['act.tiers'],
    ),
    a(
      'act.diamond',
      tx('Diamond member care: birthday gift and a paediatric nutrition hotline', '钻石会员关怀：生日礼和儿科营养咨询热线'),
      '2027-05-01',
      '2027-12-31',
      owner.crm,
      3_600_000,
      ['obj.repurchase'],
      'product',
      'planned',
      ['act.tiers'],
    ),
    a(
      'act.618',
      tx(
        '618 member day on Tmall, JD, Douyin and the app, with pick-up at the home store',
        '618 会员日：天猫、京东、抖音和 App 同步，可到所属门店自提',
      ),
      '2027-05-20',
      '2027-06-20',
      owner.ecom,
      8_800_000,
      ['obj.revenue'],
      'promotion',
      'planned',
      ['act.tiers'],
    ),
    a(
      'act.growthmilk',
      tx('Kids Growth Milk launch to stage-3 graduates with a trial can at age 3', '儿童成长奶粉上市：向 3 段毕业家庭在孩子 3 岁时赠送试饮装'),
      '2027-06-01',
      '2027-09-30',
      owner.brand,
      7_200_000,
      ['obj.revenue', 'obj.profit'],
      'product',
      'planned',
      ['act.cdp'],
    ),
    a(
      'act.referral',
      tx('“Invite a mum”: both mothers get a 400 g can after the first purchase', '“邀请一位妈妈”：被邀请人首购后双方各得 400 克小罐'),
      '2027-07-01',
      '2027-12-31',
      owner.crm,
      4_600_000,
      ['obj.members'],
      'price',
      'planned',
      ['act.tiers'],
    ),
    a(
      'act.double11',
      tx('Double 11 member pre-sale with delivery from the home store', '双 11 会员预售，由所属门店配送'),
      '2027-10-15',
      '2027-11-15',
      owner.ecom,
      9_600_000,
      ['obj.revenue', 'obj.profit'],
      'promotion',
      'planned',
      ['act.618'],
    ),
  ];

  const budgetLines: BudgetLine[] = [
    {
      id: ref('bl.agency1'),
      label: tx('CRM content agency retainer, Q1', 'CRM 内容代理服务费（第一季度）'),
      month: '2027-01',
      amount: minor(900_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.agency2'),
      label: tx('CRM content agency retainer, Q2', 'CRM 内容代理服务费（第二季度）'),
      month: '2027-04',
      amount: minor(900_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.agency3'),
      label: tx('CRM content agency retainer, Q3', 'CRM 内容代理服务费（第三季度）'),
      month: '2027-07',
      amount: minor(900_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.agency4'),
      label: tx('CRM content agency retainer, Q4', 'CRM 内容代理服务费（第四季度）'),
      month: '2027-10',
      amount: minor(900_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.study'),
      label: tx('Member satisfaction and usage study', '会员满意度与使用习惯调研'),
      month: '2027-06',
      amount: minor(1_200_000),
      mixElement: 'product',
    },
    {
      id: ref('bl.reserve'),
      label: tx('Reserve for a competitor rebate response', '应对竞品返利的预留费用'),
      month: '2027-08',
      amount: minor(2_400_000),
      mixElement: 'price',
    },
  ];

  const kpis: Kpi[] = [
    {
      id: ref('kpi.sales'),
      metric: tx('Net sales', '净销售额'),
      objectiveId: ref('obj.revenue'),
      owner: owner.sales,
      unit: tx('CNY', '元'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx(
        'Regions more than 5% behind get a stage-up sample push and a guide contest the following month.',
        '落后 5% 以上的大区，次月追加转段试用装推广和导购竞赛。',
      ),
      periods: monthlyPeriods(year, revenueTargets, [
        Math.round(revenueTargets[0]! * 1.02),
        Math.round(revenueTargets[1]! * 0.96),
        Math.round(revenueTargets[2]! * 0.985),
      ]),
    },
    {
      id: ref('kpi.repurchase'),
      metric: tx('45-day re-purchase rate of active members', '活跃会员 45 天复购率'),
      objectiveId: ref('obj.repurchase'),
      owner: owner.crm,
      unit: '%',
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx(
        'Test the day-20 message at day 18 and day 22 in the weakest region; keep the better timing.',
        '在最弱的大区测试第 18 天和第 22 天发送，保留效果更好的时间点。',
      ),
      periods: monthlyPeriods(year, [58, 58, 59, 60, 61, 62, 62, 63, 64, 65, 65, 66], [58.4, 57.6, 59.3]),
    },
    {
      id: ref('kpi.members'),
      metric: tx('New members with a first purchase', '首购新会员数'),
      objectiveId: ref('obj.members'),
      owner: owner.sales,
      unit: tx('members', '人'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx(
        'Stores below half their quota get a mother-class slot and a visit from the area manager.',
        '完成率不到一半的门店，安排一场妈妈课堂并由区域经理走访。',
      ),
      periods: monthlyPeriods(
        year,
        [30_000, 24_000, 33_000, 34_000, 35_000, 38_000, 35_000, 35_000, 36_000, 38_000, 44_000, 38_000],
        [31_200, 22_900, 34_100],
      ),
    },
    {
      id: ref('kpi.share'),
      metric: tx('Share of mother-and-baby store sales (retail audit)', '母婴店渠道份额（零售监测）'),
      objectiveId: ref('obj.share'),
      owner: owner.sales,
      unit: '%',
      periodKind: 'quarter',
      direction: 'higherIsBetter',
      controlKind: 'strategic',
      correctiveAction: tx(
        'If share slips for a quarter, review rebates against Hengxing region by region before changing prices.',
        '份额连续一个季度下滑时，先逐个大区对比恒星返利，再考虑调价。',
      ),
      periods: quarterlyPeriods(year, [2.05, 2.12, 2.2, 2.3], [2.04]),
    },
    {
      id: ref('kpi.wake'),
      metric: tx('Silent members who buy within 60 days of the wake-up offer', '唤醒礼发出后 60 天内回购的沉睡会员占比'),
      objectiveId: ref('obj.wake'),
      owner: owner.crm,
      unit: '%',
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'efficiency',
      correctiveAction: tx(
        'Swap the coupon for a free stage-up consultation in waves below 12%.',
        '回购率低于 12% 的批次，把优惠券换成免费转段咨询。',
      ),
      periods: monthlyPeriods(year, [10, 10, 12, 14, 15, 16, 17, 18, 18, 19, 20, 20], [9.5, 10.8, 12.6]),
    },
    {
      id: ref('kpi.coupon'),
      metric: tx('Redemption of day-20 coupons', '第 20 天优惠券核销率'),
      objectiveId: ref('obj.repurchase'),
      owner: owner.digital,
      unit: '%',
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'efficiency',
      correctiveAction: tx(
        'Below 25%, send the message from the guide’s own account instead of the brand account.',
        '低于 25% 时，改由导购个人账号而不是品牌账号发送。',
      ),
      periods: monthlyPeriods(year, [25, 25, 26, 28, 29, 30, 30, 31, 32, 32, 33, 33], [24.1, 25.9, 27.2]),
    },
    {
      id: ref('kpi.cpa'),
      metric: tx('Marketing spend per new member', '每个新会员分摊的营销费用'),
      objectiveId: ref('obj.members'),
      owner: owner.finance,
      unit: tx('CNY', '元'),
      periodKind: 'quarter',
      direction: 'lowerIsBetter',
      controlKind: 'efficiency',
      correctiveAction: tx(
        'Cut the channel with the highest cost per member by a fifth and move the money to referrals.',
        '把单会员成本最高的渠道削减五分之一，转投“邀请一位妈妈”活动。',
      ),
      periods: quarterlyPeriods(year, [360, 410, 310, 280], [372]),
    },
    {
      id: ref('kpi.profit'),
      metric: tx('Operating profit', '经营利润'),
      objectiveId: ref('obj.profit'),
      owner: owner.finance,
      unit: tx('CNY', '元'),
      periodKind: 'quarter',
      direction: 'higherIsBetter',
      controlKind: 'profitability',
      correctiveAction: tx(
        'Review coupon cost per incremental can against the control group; stop journeys that do not pay back.',
        '对照组比较每增量罐的优惠券成本；停止不能回本的会员旅程。',
      ),
      periods: quarterlyPeriods(year, [41_617_000, 46_383_000, 60_222_000, 82_414_000], [40_300_000]),
    },
  ];

  const plan: Plan = {
    meta: planMeta(kit, {
      name: tx('Hechu Infant Nutrition — 2027 member program plan', '禾初婴幼儿营养 2027 年会员精准营销计划'),
      client: tx('Hechu Dairy (Heilongjiang) Co., Ltd.', '禾初乳业（黑龙江）有限公司'),
      author: owner.crm,
      currency,
      year,
      now,
    }),
    fields: {
      summary: { narrative: doc() },
      situation: {
        marketSize: minor(83_000_000_000),
        marketGrowthPct: -2.5,
        market: doc(
          p(
            tx(
              'China’s infant formula market is worth about CNY 138 billion at retail, of which ',
              '中国婴幼儿配方奶粉市场零售规模约 1,380 亿元，其中',
            ),
            bold(tx('mother-and-baby stores sell CNY 83 billion', '母婴店渠道 830 亿元')),
            tx(
              ' — the market we compete in. It shrinks about 2.5% a year in value (4% in volume) as births fall; premium lines and lower-tier cities hold up best.',
              '，这是我们竞争的主战场。随着出生人口下降，市场金额每年萎缩约 2.5%（销量约 4%）；高端系列和下沉市场最为坚挺。',
            ),
          ),
          ul(
            tx(
              'A baby drinks about one 800 g can a week; a typical purchase is three cans, so the next purchase falls around day 20.',
              '宝宝大约一周喝一罐 800 克奶粉；一次通常买三罐，因此下一次购买在第 20 天左右。',
            ),
            tx(
              'Mothers rarely switch brands once a baby settles, except at a stage change (months 6 and 12).',
              '宝宝适应后妈妈很少换品牌，除非在转段时（6 个月和 12 个月）。',
            ),
            tx('After three silent months a member has usually switched brand or stopped formula.', '会员沉睡三个月后，通常已换品牌或停喝奶粉。'),
          ),
        ),
        buyingBehaviour: {
          cultural: tx(
            'Feeding is a family matter; grandparents’ views and the memory of past safety scandals still weigh on the choice.',
            '喂养是全家的事；祖辈的意见和过去的食品安全事件仍影响选择。',
          ),
          social: tx(
            'Mother groups, Xiaohongshu notes and the store guide are the most trusted voices.',
            '妈妈群、小红书笔记和门店导购是最受信任的声音。',
          ),
          personal: tx(
            'Mothers aged 25–35, most working; in county towns the store is also a social place.',
            '25–35 岁的妈妈，多数在职；在县城，母婴店也是社交场所。',
          ),
          psychological: tx(
            'Anxiety about safety and digestion; relief when someone reminds them what comes next.',
            '担心安全和消化问题；有人提醒下一步该做什么会让她们安心。',
          ),
          buyingRoles: tx(
            'Mother decides; grandmother often buys in the store; father pays online during festivals; the guide influences the brand.',
            '妈妈决定；奶奶常在门店购买；爸爸在大促时线上付款；导购影响品牌选择。',
          ),
          decisionStages: tx(
            'Mother class in pregnancy → hospital or store advice → sample → first can → settles in 2 weeks → re-purchases every ~20 days → reconsiders at each stage change.',
            '孕期妈妈课堂 → 医院或门店建议 → 试用装 → 第一罐 → 两周内适应 → 约每 20 天复购 → 每次转段时重新考虑。',
          ),
        },
        product: doc(
          p(
            tx('Stages 1 to 3 are mature and carry 89% of sales. ', '1 至 3 段处于成熟期，占销售额的 89%。'),
            bold(tx('Zhenyou Organic A2', '臻优有机 A2')),
            tx(' grows 40% a year at a 56% margin; ', '每年增长 40%，毛利率 56%；'),
            bold(tx('Kids Growth Milk', '儿童成长奶粉')),
            tx(' launches in June to keep families after stage 3.', '将于 6 月上市，在 3 段之后留住家庭。'),
          ),
        ),
        competition: doc(
          p(
            tx('The top five brands hold about 60% of the market. With about 2% we are a ', '前五大品牌约占市场 60%。我们的份额约 2%，是'),
            bold(tx('follower', '市场追随者')),
            tx(
              ' nationally but a top-three brand in many county towns of the north-east and centre, where our stores are.',
              '，但在东北和中部许多县城（我们门店集中的地方）位列前三。',
            ),
          ),
          ul(
            tx('Hengxing leads with brand and rebates, and will defend with double points.', '恒星乳业以品牌和返利领先，会以双倍积分防守。'),
            tx('Alpenmilch wins big-city families online with imported origin.', '阿尔卑斯以进口产地在线上赢得大城市家庭。'),
            tx('Guanghe buys shelf space with rebates of up to 30%.', '冠禾营养以最高 30% 的返利抢货架。'),
          ),
        ),
        ourPosition: 'follower',
        distribution: doc(
          p(
            tx(
              'Mother-and-baby stores sell 64% of our volume, e-commerce 17%, supermarkets 10% and our own app 9%. The app grows fastest but must not compete with the stores: ',
              '母婴店贡献销量的 64%，电商 17%，商超 10%，自有 App 9%。App 增长最快，但不能与门店争抢：',
            ),
            bold(tx('every app order is credited to the member’s home store.', '每笔 App 订单都归属会员的所属门店。')),
          ),
        ),
        macro: doc(
          p(
            tx(
              'Falling births and the advertising limits for infant formula set the frame: growth has to come from keeping each baby longer and from share, speaking to members one to one with their consent.',
              '出生人口下降和婴儿配方乳粉的广告限制构成了大前提：增长只能来自让每个宝宝喝得更久和提升份额，并在会员同意的前提下一对一沟通。',
            ),
          ),
        ),
        customers: doc(
          p(
            tx(
              '1.8 million registered members; 620,000 bought in the last 90 days. Following the 15/35/50 rule, we serve opinion leaders and diamond members first, grow gold and silver members, and nurture the rest.',
              '注册会员 180 万，近 90 天购买 62 万。按 15/35/50 法则，优先服务意见领袖和钻石会员，培育金卡和银卡会员，其余会员持续养成。',
            ),
          ),
          ol(
            tx('Day 0: purchase scanned, tier updated.', '第 0 天：扫码购买，更新会员等级。'),
            tx('Day 20: re-purchase prompt from the store guide with a 7-day coupon.', '第 20 天：导购发送复购提醒和 7 天有效的优惠券。'),
            tx('Day 35: a call from the guide if nothing was bought.', '第 35 天：仍未购买则导购电话回访。'),
            tx('Day 90: wake-up offer, highest-value members first.', '第 90 天：发送唤醒礼，高价值会员优先。'),
          ),
        ),
      },
      strategy: {
        positioning: {
          forWhom: tx('First-time mothers in lower-tier cities and second-child families', '下沉市场新手妈妈和二孩家庭'),
          need: tx('want formula they can trust and advice close to home at every stage', '希望喝上放心的奶粉，并在每个阶段都能在家门口得到建议'),
          category: tx('domestic infant formula from our own farms', '源自自有牧场的国产婴幼儿配方奶粉'),
          benefit: tx(
            'a store guide who knows your baby’s stage and reminds you before the can runs out',
            '了解宝宝段位、奶粉喝完前就提醒你的门店导购',
          ),
          unlikeWhom: tx('imported brands sold mainly online', '主要在线上销售的进口品牌'),
          statement: tx(
            'For first-time mothers in lower-tier cities and second-child families who want formula they can trust and advice close to home, Hechu is the domestic formula from our own Heilongjiang farms that comes with a store guide who knows your baby’s stage and reminds you before the can runs out — unlike imported brands sold mainly online, Hechu is in 12,000 neighbourhood stores.',
            '面向下沉市场新手妈妈和二孩家庭，她们希望喝上放心的奶粉、在家门口得到建议；禾初是源自黑龙江自有牧场的国产配方奶粉，门店导购了解宝宝的段位，在奶粉喝完前就会提醒你——与主要在线上销售的进口品牌不同，禾初就在身边的 12,000 家母婴店。',
          ),
        },
        differentiation: {
          product: tx(
            'Own pastures and a traceable code on every can; an organic A2 line at a domestic price.',
            '自有牧场，一罐一码可追溯；以国产价格提供有机 A2 系列。',
          ),
          service: tx(
            'Timed follow-up: day-20 reminder, stage-up samples, a nutrition hotline for diamond members.',
            '按时跟进：第 20 天提醒、转段试用装、钻石会员营养热线。',
          ),
          channel: tx('12,000 stores in county towns, with app orders credited to the home store.', '12,000 家县城门店，App 订单归属所属门店。'),
          image: tx('“Grown in our own pastures, close to your home.”', '“自家牧场，就在你家门口。”'),
        },
        competitiveStrategy: doc(
          p(
            tx('As a ', '作为'),
            bold(tx('follower', '市场追随者')),
            tx(
              ', we follow the leader where its moves are proven (member points, stage-up samples) but do not provoke a rebate war. We win in our own footprint by service and timing, not by price.',
              '，我们在领先者已被验证的做法上跟进（会员积分、转段试用装），但不挑起返利战；在自己的门店版图内靠服务和时机取胜，而不是价格。',
            ),
          ),
          ul(
            tx('Defend the 12,000 stores with guide incentives rather than rebates.', '以导购激励而非返利守住 12,000 家门店。'),
            tx('Keep each baby longer: stage-up and growth milk.', '让每个宝宝喝得更久：转段和成长奶粉。'),
            tx('Hold one price across channels.', '全渠道统一价格。'),
          ),
        ),
        product: {
          line: tx('Stages 1–3, Zhenyou Organic A2 stage 3, Kids Growth Milk (3–6 years).', '1–3 段、臻优有机 A2 3 段、儿童成长奶粉（3–6 岁）。'),
          features: tx(
            'OPO structured lipids, lactoferrin, HMO 2′-FL in stages 1–2; A2 β-casein in Zhenyou.',
            '1–2 段含 OPO 结构脂、乳铁蛋白、HMO 2′-FL；臻优含 A2 β-酪蛋白。',
          ),
          quality: tx(
            'Recipes registered under the new national standard; every batch traceable to the pasture.',
            '配方按新国标注册；每批次可追溯到牧场。',
          ),
          brand: tx('Hechu — “grown in our own pastures”.', '禾初——“自家牧场”。'),
          packaging: tx(
            '800 g cans with a scan code under the lid; a 400 g trial can for samples and rewards.',
            '800 克罐装，盖内有扫码；400 克小罐用于试用和奖励。',
          ),
          services: tx(
            'Member app, store mother classes, paediatric nutrition hotline, stage-up reminders.',
            '会员 App、门店妈妈课堂、儿科营养热线、转段提醒。',
          ),
          lifeCycleStrategy: tx(
            'Defend and extend the mature stages 1–3 through loyalty; invest in Zhenyou A2 (growth); launch growth milk (introduction) to stage-3 graduates first.',
            '成熟期的 1–3 段以忠诚计划守住并延长；加大对成长期的臻优 A2 的投入；引入期的成长奶粉先面向 3 段毕业家庭上市。',
          ),
        },
        price: {
          objective: tx('Hold shelf prices 15–20% below imports and equal across channels.', '货架价保持比进口品牌低 15–20%，并在各渠道一致。'),
          method: 'competitionBased',
          listPrice: minor(318),
          discounts: tx(
            'Store margin about 38% on the shelf price; no extra rebates; member coupons funded by the brand.',
            '门店毛利约为货架价的 38%；不追加返利；会员优惠券由品牌出资。',
          ),
          promotionalPricing: tx(
            'Day-20 coupon CNY 20; wake-up coupon CNY 50 with a 400 g can; festival bundles online only.',
            '第 20 天券 20 元；唤醒券 50 元加 400 克小罐；大促组合装仅限线上。',
          ),
        },
        place: {
          design: 'omnichannel',
          coverage: tx(
            '12,000 mother-and-baby stores, Tmall, JD and Douyin flagships, 2,600 supermarkets, the member app.',
            '12,000 家母婴店，天猫、京东、抖音旗舰店，2,600 家商超，会员 App。',
          ),
          logistics: tx(
            'Regional warehouses deliver to stores within 48 hours; app orders are picked up at or delivered by the home store.',
            '区域仓 48 小时内送达门店；App 订单由所属门店自提或配送。',
          ),
          management: tx(
            'Guides are paid per member and follow-up; cross-region selling is traced by can code.',
            '导购按会员和跟进计酬；通过罐码追踪窜货。',
          ),
        },
        promotion: {
          audience: tx(
            'First-time mothers in lower-tier cities and second-child families who are members or attend a store mother class.',
            '已是会员或参加门店妈妈课堂的下沉市场新手妈妈和二孩家庭。',
          ),
          objectives: tx(
            '420,000 new members; 45-day re-purchase of 66%; 20% of silent members won back.',
            '新增会员 42 万；45 天复购率 66%；20% 的沉睡会员被唤醒。',
          ),
          message: tx(
            'We remind you before the can runs out — and we know what your baby needs next.',
            '奶粉喝完前我们会提醒你——也知道宝宝下一步需要什么。',
          ),
          media: ['salesPromotion', 'publicRelations', 'personalSelling', 'directDigital'],
          budget: null,
        },
      },
      budget: { marketingBudget: null, fixedCosts: minor(620_000_000) },
      control: {
        annualPlan: doc(
          p(
            tx(
              'Monthly business review: net sales, new members and the re-purchase rate by region against target; each region more than 5% behind presents its cause and correction.',
              '月度经营会：按大区对照净销售额、新会员和复购率目标；落后 5% 以上的大区说明原因并提出纠正措施。',
            ),
          ),
        ),
        profitability: doc(
          p(
            tx(
              'Quarterly: gross margin by product and channel, coupon cost per incremental can measured against a 5% control group that receives no coupons.',
              '每季度：按产品和渠道分析毛利；以 5% 不发券的对照组衡量每增量罐的优惠券成本。',
            ),
          ),
        ),
        efficiency: doc(
          p(tx('Weekly dashboard from the member platform:', '会员平台每周看板：')),
          ul(
            tx('Day-20 message reach and coupon redemption.', '第 20 天消息触达率和优惠券核销率。'),
            tx('Cost per new member by channel.', '按渠道的单会员获取成本。'),
            tx('Wake-up rate by wave.', '每批次唤醒率。'),
          ),
        ),
        strategic: doc(
          p(
            tx(
              'Twice a year: share in the store audit, brand health in the target segments, the birth outlook, and whether growth milk earns a place as a fourth line in 2028.',
              '每半年：零售监测份额、目标人群的品牌健康度、出生人口展望，以及成长奶粉能否在 2028 年成为第四条产品线。',
            ),
          ),
        ),
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
      ...infantFormulaScenarios(kit),
      kpis,
      actualSales: [],
      actualSpend: [],
      actionResults: [],
    },
  };

  // In progress: the year's first three months are reported (as the KPIs' actuals are).
  addSampleActuals(plan, kit, {
    revenueFactors: [1.02, 0.96, 0.985],
    results: [{ action: 'act.scan', result: ['new members', '新会员'], target: 180_000, perMonth: [38_000, 61_000, 70_500] }],
  });

  return finishPlan(plan, (budget) =>
    doc(
      p(
        tx(
          'Births are falling, so Hechu grows by keeping each baby longer and by winning share in its own 12,000 stores, not by buying shelf space.',
          '出生人口在下降，因此禾初靠让每个宝宝喝得更久、在自己的 12,000 家门店中提升份额来增长，而不是花钱买货架。',
        ),
      ),
      p(bold(tx('Top objectives', '主要目标'))),
      ol(objectives[0]!.title, objectives[1]!.title, objectives[2]!.title),
      p(
        tx('The marketing budget is ', '营销预算合计 '),
        bold(kit.money(budget.totals.marketing, currency)),
        tx(
          `, ${((budget.totals.marketing / budget.totals.revenue) * 100).toFixed(1)}% of net sales; the largest items are the day-20 re-purchase journey, guide incentives and mother classrooms.`,
          `，占净销售额的 ${((budget.totals.marketing / budget.totals.revenue) * 100).toFixed(1)}%；最大的几项是第 20 天复购旅程、导购激励和妈妈课堂。`,
        ),
      ),
      ul(
        tx('Connect tills, app and e-commerce into one member ID by mid-March.', '3 月中旬前打通收银、App 和电商，建立统一会员 ID。'),
        tx('Remind every member near day 20; wake up silent members after 90 days.', '第 20 天左右提醒每位会员；沉睡 90 天后唤醒。'),
        tx('Compete on service, not on rebates.', '比服务而不比返利。'),
      ),
    ),
  );
}
