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
import { socialCampaignScenarios } from './scenarios';
import { bold, doc, ol, p, ul } from './rich';

/**
 * Case 4 of the domain file: a consumer brand planning its social-media campaigns, evaluated
 * every week and after each campaign. A sparkling-tea brand that leads its small category and
 * runs four campaigns a year, following the seven steps of social-media marketing.
 */
export function buildSocialCampaign(kit: Kit, now: string): Plan {
  const { tx, ref } = kit;
  const year = 2027;
  const currency = 'CNY';
  const thousand = (values: number[]) => values.map((v) => v * 1_000);

  const segments: Segment[] = [
    {
      id: ref('seg.office'),
      name: tx('Young office workers in tier-1 and tier-2 cities', '一二线城市年轻白领'),
      size: 58_000_000,
      growthPct: 2,
      needs: tx(
        'Something refreshing at the desk without sugar; a drink that looks good in a photo; tea rather than soda.',
        '在工位上提神又不含糖；拍照好看；想喝茶而不是汽水。',
      ),
    },
    {
      id: ref('seg.fitness'),
      name: tx('Fitness and outdoor enthusiasts', '健身与户外爱好者'),
      size: 24_000_000,
      growthPct: 9,
      needs: tx(
        'Zero sugar and zero calories after a run or a hike; cold and at hand at the gym, the trailhead and the campsite.',
        '跑步、徒步后零糖零卡；在健身房、登山口和营地随手就有冰的。',
      ),
    },
    {
      id: ref('seg.students'),
      name: tx('University students', '大学生'),
      size: 38_000_000,
      growthPct: 1,
      needs: tx('Price per can, campus stores, fun challenges to join with friends.', '单罐价格、校园便利店、能和朋友一起玩的挑战。'),
    },
    {
      id: ref('seg.gifts'),
      name: tx('Festival gift buyers', '节日送礼人群'),
      size: 80_000_000,
      growthPct: 0,
      needs: tx(
        'A box that looks generous, a cultural story to tell, easy delivery to family and clients.',
        '礼盒体面、有文化故事可讲、方便寄给家人和客户。',
      ),
    },
  ];

  const products: Product[] = [
    {
      id: ref('prod.oolong'),
      name: tx('Shanqi Oolong Sparkling Tea, 330 ml can', '山气乌龙气泡茶 330 毫升罐装'),
      salesVolume: 21_800_000,
      price: minor(3.3),
      marginPct: 53,
      stage: 'growth',
    },
    {
      id: ref('prod.jasmine'),
      name: tx('Shanqi Jasmine Sparkling Tea, 330 ml can', '山气茉莉气泡茶 330 毫升罐装'),
      salesVolume: 10_200_000,
      price: minor(3.3),
      marginPct: 51.5,
      stage: 'growth',
    },
    {
      id: ref('prod.longjing'),
      name: tx('Shanqi Longjing Spring Limited Edition', '山气明前龙井春季限定'),
      salesVolume: 0,
      price: minor(4.6),
      marginPct: 54.3,
      stage: 'introduction',
    },
    {
      id: ref('prod.giftbox'),
      name: tx('Osmanthus Mid-Autumn Gift Box, 12 cans', '桂花中秋礼盒（12 罐）'),
      salesVolume: 260_000,
      price: minor(58),
      marginPct: 55.2,
      stage: 'introduction',
    },
  ];

  const competitors: Competitor[] = [
    {
      id: ref('comp.qingquan'),
      name: tx('Qingquan Sparkling (zero-sugar sparkling-water giant)', '清泉气泡水（无糖气泡水巨头）'),
      sharePct: 22,
      strategy: tx(
        'Entered sparkling tea in 2025 with a low-price line pushed through one million outlets and free cooler doors.',
        '2025 年以低价产品线进入气泡茶，借助百万终端和免费冰柜门铺货。',
      ),
      objectives: tx('Take category leadership by 2028.', '在 2028 年前成为品类第一。'),
      strengths: tx('Distribution, budget, a famous zero-sugar brand.', '渠道广、预算足、无糖品牌知名度高。'),
      weaknesses: tx('Tea taste seen as artificial; little tea-culture credibility.', '茶味被认为不自然；缺乏茶文化背书。'),
      likelyReaction: tx(
        'Price cuts and buy-one-get-one in convenience stores during our summer campaign.',
        '在我们夏季活动期间于便利店降价并买一送一。',
      ),
    },
    {
      id: ref('comp.bottled'),
      name: tx('Sparkling lines of the big bottled-tea makers', '传统瓶装茶巨头的气泡茶单品'),
      sharePct: 18,
      strategy: tx('Sparkling versions of existing teas at mainstream prices.', '以主流价格推出现有茶饮的气泡版本。'),
      objectives: tx('Protect their tea shelf.', '守住茶饮货架。'),
      strengths: tx('Distribution, price, shelf power.', '渠道、价格、货架话语权。'),
      weaknesses: tx('Sugar in most products; old-fashioned image with young buyers.', '多数产品含糖；在年轻人眼中形象老旧。'),
      likelyReaction: tx('Convenience-store promotions; little social activity.', '便利店促销；社交媒体动作少。'),
    },
    {
      id: ref('comp.chayu'),
      name: tx('Cha Yu (tea-shop chain’s canned line)', '茶语（新茶饮连锁的罐装系列）'),
      sharePct: 14,
      strategy: tx(
        'Canned versions of its shop bestsellers, sold in its 3,000 shops and online, with IP co-branding.',
        '把门店爆款做成罐装，在 3,000 家门店和线上销售，配合 IP 联名。',
      ),
      objectives: tx('Extend the shop brand into retail.', '把门店品牌延伸到零售。'),
      strengths: tx('Huge fan base, shop traffic, fast IP collaborations.', '粉丝基础庞大、门店客流、IP 联名快。'),
      weaknesses: tx('Thin retail distribution; shelf life and taste weaker than its fresh drinks.', '零售渠道薄弱；保质期和口感不如现制饮品。'),
      likelyReaction: tx('An IP co-brand timed against our spring and Mid-Autumn launches.', '在我们春季和中秋上新时推出 IP 联名。'),
    },
    {
      id: ref('comp.craft'),
      name: tx('Imported craft sparkling teas', '进口精酿气泡茶'),
      sharePct: 6,
      strategy: tx('Premium glass bottles in boutique supermarkets and cafés.', '以高端玻璃瓶装进入精品超市和咖啡馆。'),
      objectives: tx('Premium niche.', '高端小众。'),
      strengths: tx('Premium image.', '高端形象。'),
      weaknesses: tx('Price above CNY 15; tiny reach.', '价格在 15 元以上；覆盖很小。'),
      likelyReaction: tx('None expected.', '预计没有反应。'),
    },
  ];

  const channels: Channel[] = [
    {
      id: ref('ch.cvs'),
      name: tx('Convenience stores (FamilyMart, Lawson, Meiyijia and others)', '便利店（全家、罗森、美宜佳等）'),
      sharePct: 34,
      trend: 'rising',
      conflicts: tx('Slotting fees and cooler doors go to the highest bidder.', '进场费和冰柜门位置价高者得。'),
    },
    {
      id: ref('ch.ecom'),
      name: tx('Tmall, JD and Douyin shops', '天猫、京东与抖音小店'),
      sharePct: 28,
      trend: 'rising',
      conflicts: tx('Online case prices undercut single cans in stores.', '线上整箱价格低于门店单罐价。'),
    },
    {
      id: ref('ch.super'),
      name: tx('Supermarkets', '商超'),
      sharePct: 18,
      trend: 'falling',
      conflicts: tx('Promotional calendars clash with our campaigns.', '商超促销档期与我们的活动冲突。'),
    },
    { id: ref('ch.food'), name: tx('Restaurants and tea bars', '餐饮与茶吧'), sharePct: 12, trend: 'stable', conflicts: tx('None.', '无。') },
    {
      id: ref('ch.gym'),
      name: tx('Gyms, offices and vending machines', '健身房、写字楼与自动售货机'),
      sharePct: 8,
      trend: 'rising',
      conflicts: tx('Vending operators take 35% of the price.', '售货机运营商抽取售价的 35%。'),
    },
  ];

  const macroForces: MacroForce[] = [
    {
      id: ref('macro.demo'),
      force: 'demographic',
      finding: tx(
        'The 18–30 population shrinks slowly, but 125 million single-person households buy small packs and single cans.',
        '18–30 岁人口缓慢减少，但 1.25 亿独居家庭偏好小包装和单罐购买。',
      ),
      effect: 'neutral',
    },
    {
      id: ref('macro.econ'),
      force: 'economic',
      finding: tx(
        'Consumers trade down on big purchases but keep small treats; a CNY 5.9 can is an affordable indulgence.',
        '消费者在大件上降级，但保留小小的犒赏；5.9 元一罐属于负担得起的小确幸。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.nature'),
      force: 'natural',
      finding: tx(
        'Longer, hotter summers lift cold-drink demand; a late spring frost can cut the Longjing harvest for the limited edition.',
        '夏季更长更热，拉动冷饮需求；倒春寒可能使龙井减产，影响春季限定。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.tech'),
      force: 'technological',
      finding: tx(
        'Search and recommendation on Xiaohongshu and Douyin turn content into purchases within the same app.',
        '小红书和抖音的搜索与推荐让内容在同一个 App 内直接转化为购买。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.law'),
      force: 'politicalLegal',
      finding: tx(
        'Internet advertising rules require paid posts to be labelled as ads; the new labelling standard tightens “0 sugar” claims.',
        '互联网广告规定要求付费内容标明“广告”；新版预包装食品标签标准收紧“0 糖”声称。',
      ),
      effect: 'threat',
    },
    {
      id: ref('macro.social'),
      force: 'socioCultural',
      finding: tx(
        'Zero sugar has become mainstream and “new Chinese style” tea culture is fashionable with young people.',
        '无糖已成主流，“新中式”茶文化在年轻人中流行。',
      ),
      effect: 'opportunity',
    },
  ];

  const customerTiers: CustomerTier[] = [
    {
      id: ref('tier.superfans'),
      tier: 'opinionLeader',
      name: tx('Super fans who post about us', '主动发帖的超级粉丝'),
      customers: 12_000,
      recencyDays: 10,
      frequency: 26,
      monetary: minor(620),
      notes: tx('Their posts earn 4× the saves of our own.', '她们帖子的收藏量是官方帖子的 4 倍。'),
    },
    {
      id: ref('tier.corporate'),
      tier: 'keyAccount',
      name: tx('Corporate, gym and event accounts', '企业、健身房与活动客户'),
      customers: 420,
      recencyDays: 20,
      frequency: 12,
      monetary: minor(36_000),
      notes: tx('Order cases monthly; Mid-Autumn gift boxes in bulk.', '每月订整箱；中秋礼盒批量采购。'),
    },
    {
      id: ref('tier.repeat'),
      tier: 'smallMid',
      name: tx('Repeat online buyers', '线上复购客户'),
      customers: 180_000,
      recencyDays: 45,
      frequency: 4,
      monetary: minor(160),
      notes: tx('Buy a 24-can case about every three months.', '大约每三个月买一箱 24 罐。'),
    },
    {
      id: ref('tier.engaged'),
      tier: 'intending',
      name: tx('Engaged followers who have not bought online', '有互动但未在线上购买的关注者'),
      customers: 260_000,
      recencyDays: null,
      frequency: 0,
      monetary: 0,
      notes: tx('Many buy single cans in stores we cannot see.', '很多人在门店买单罐，我们看不到。'),
    },
    {
      id: ref('tier.reached'),
      tier: 'potential',
      name: tx('Audience reached without engagement', '触达但未互动的受众'),
      customers: 6_000_000,
      recencyDays: null,
      frequency: 0,
      monetary: 0,
      notes: tx('Retarget only with new flavours, not with discounts.', '只用新口味而不是折扣做再营销。'),
    },
  ];

  const swotItems: SwotItem[] = [
    {
      id: ref('s.leader'),
      kind: 'S',
      statement: tx('Category leader with 31% of sparkling tea.', '以 31% 的份额领先气泡茶品类。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'competitor', id: ref('comp.qingquan') },
    },
    {
      id: ref('s.tea'),
      kind: 'S',
      statement: tx('Brewed from real tea leaves, zero sugar, a clean label.', '真茶叶冷萃、零糖、配料表干净。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'product', id: ref('prod.oolong') },
    },
    {
      id: ref('s.xhs'),
      kind: 'S',
      statement: tx('420,000 followers and a 5.8% engagement rate on Xiaohongshu.', '小红书 42 万关注者，互动率 5.8%。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.superfans') },
    },
    {
      id: ref('s.limited'),
      kind: 'S',
      statement: tx('Limited editions reach the shelf in eight weeks.', '限定款八周即可上架。'),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'product', id: ref('prod.longjing') },
    },
    {
      id: ref('w.distribution'),
      kind: 'W',
      statement: tx('60,000 outlets, mostly in East China, against one million for Qingquan.', '仅 6 万个终端且集中在华东，清泉有 100 万个。'),
      impact: 5,
      likelihood: null,
      evidence: { kind: 'channel', id: ref('ch.cvs') },
    },
    {
      id: ref('w.measure'),
      kind: 'W',
      statement: tx(
        'Social spend is not linked to sales; nobody knows the return of a campaign.',
        '社交媒体投入与销售没有关联；没人知道一波活动的回报。',
      ),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'channel', id: ref('ch.ecom') },
    },
    {
      id: ref('w.team'),
      kind: 'W',
      statement: tx('A social team of three runs five platforms.', '3 人社媒团队运营 5 个平台。'),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.engaged') },
    },
    {
      id: ref('w.price'),
      kind: 'W',
      statement: tx('CNY 5.9 a can, 40% above mainstream sodas.', '每罐 5.9 元，比主流汽水贵 40%。'),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'competitor', id: ref('comp.bottled') },
    },
    {
      id: ref('o.zerosugar'),
      kind: 'O',
      statement: tx('Zero sugar and new Chinese-style tea are mainstream with young people.', '无糖和新中式茶饮在年轻人中成为主流。'),
      impact: 5,
      likelihood: 5,
      evidence: { kind: 'macroForce', id: ref('macro.social') },
    },
    {
      id: ref('o.shoppable'),
      kind: 'O',
      statement: tx('Shoppable content on Douyin and Xiaohongshu turns views into orders.', '抖音和小红书的可购物内容把浏览直接变成订单。'),
      impact: 4,
      likelihood: 4,
      evidence: { kind: 'macroForce', id: ref('macro.tech') },
    },
    {
      id: ref('o.fitness'),
      kind: 'O',
      statement: tx('The fitness and outdoor boom brings a zero-calorie occasion.', '健身和户外热潮带来零卡饮品的新场景。'),
      impact: 4,
      likelihood: 4,
      evidence: { kind: 'segment', id: ref('seg.fitness') },
    },
    {
      id: ref('o.summer'),
      kind: 'O',
      statement: tx('Hotter, longer summers.', '夏季更热更长。'),
      impact: 3,
      likelihood: 4,
      evidence: { kind: 'macroForce', id: ref('macro.nature') },
    },
    {
      id: ref('t.qingquan'),
      kind: 'T',
      statement: tx('Qingquan cuts prices and buys cooler doors to take the category.', '清泉降价并买断冰柜门，意在夺取品类。'),
      impact: 5,
      likelihood: 4,
      evidence: { kind: 'competitor', id: ref('comp.qingquan') },
    },
    {
      id: ref('t.chayu'),
      kind: 'T',
      statement: tx('Tea-shop brands launch canned lines with IP co-brands.', '新茶饮品牌推出罐装系列并做 IP 联名。'),
      impact: 3,
      likelihood: 4,
      evidence: { kind: 'competitor', id: ref('comp.chayu') },
    },
    {
      id: ref('t.rules'),
      kind: 'T',
      statement: tx('Ad-labelling rules and stricter “0 sugar” claims.', '广告标识规定和更严格的“0 糖”声称要求。'),
      impact: 3,
      likelihood: 5,
      evidence: { kind: 'macroForce', id: ref('macro.law') },
    },
    {
      id: ref('t.kol'),
      kind: 'T',
      statement: tx('KOL fees rise and fake engagement wastes budget.', 'KOL 费用上涨，虚假互动浪费预算。'),
      impact: 3,
      likelihood: 3,
      evidence: { kind: 'channel', id: ref('ch.ecom') },
    },
  ];

  const towsStrategies: TowsStrategy[] = [
    {
      id: ref('tows.so'),
      kind: 'SO',
      strategy: tx(
        'Own “real tea, zero sugar” in every campaign: tea-garden live streams and a spring limited edition.',
        '每波活动都强化“真茶、零糖”：茶园直播和春季限定。',
      ),
      swotItemIds: [ref('s.tea'), ref('s.limited'), ref('o.zerosugar')],
    },
    {
      id: ref('tows.so2'),
      kind: 'SO',
      strategy: tx(
        'Make every post shoppable and run a summer UGC challenge for the fitness and office occasions.',
        '让每条内容都可直接购买，夏季围绕健身和办公场景发起 UGC 挑战。',
      ),
      swotItemIds: [ref('s.xhs'), ref('o.shoppable'), ref('o.fitness'), ref('o.summer')],
    },
    {
      id: ref('tows.st'),
      kind: 'ST',
      strategy: tx(
        'Defend leadership with flavour news and super fans, not price: answer price cuts with limited editions and member bundles.',
        '以新口味和超级粉丝而不是价格守住领先：用限定款和会员组合装回应降价。',
      ),
      swotItemIds: [ref('s.leader'), ref('s.limited'), ref('t.qingquan'), ref('t.chayu')],
    },
    {
      id: ref('tows.st2'),
      kind: 'ST',
      strategy: tx(
        'Compliance by design: every paid post labelled as an ad, claims checked against the labelling standard, KOLs vetted for real fans.',
        '合规前置：所有付费内容标明“广告”，声称对照标签标准审核，KOL 经真实粉丝核查。',
      ),
      swotItemIds: [ref('s.xhs'), ref('t.rules'), ref('t.kol')],
    },
    {
      id: ref('tows.wo'),
      kind: 'WO',
      strategy: tx(
        'Measure every week: tracked links and shop codes per KOL, a dashboard, and cut whatever does not sell.',
        '每周衡量：每个 KOL 专属链接和店铺口令、统一看板，不带货的就砍。',
      ),
      swotItemIds: [ref('w.measure'), ref('w.team'), ref('o.shoppable')],
    },
    {
      id: ref('tows.wt'),
      kind: 'WT',
      strategy: tx(
        'Follow proven social demand offline: gyms, offices and 8,000 convenience-store coolers in the cities where fans are.',
        '跟着已验证的社交需求走到线下：在粉丝集中的城市进入健身房、写字楼和 8,000 家便利店冰柜。',
      ),
      swotItemIds: [ref('w.distribution'), ref('w.price'), ref('t.qingquan')],
    },
  ];

  const forecastLines = [
    ...monthlyForecast(
      kit,
      'prod.oolong',
      tx('Oolong Sparkling Tea', '乌龙气泡茶'),
      year,
      thousand([1_500, 1_400, 1_700, 1_900, 2_300, 2_900, 3_300, 3_200, 2_500, 2_000, 2_100, 1_700]),
      3.3,
      1.55,
    ),
    ...monthlyForecast(
      kit,
      'prod.jasmine',
      tx('Jasmine Sparkling Tea', '茉莉气泡茶'),
      year,
      thousand([700, 650, 800, 950, 1_150, 1_450, 1_650, 1_600, 1_250, 950, 1_000, 800]),
      3.3,
      1.6,
    ),
    ...monthlyForecast(
      kit,
      'prod.longjing',
      tx('Longjing Spring Limited', '明前龙井春季限定'),
      year,
      thousand([0, 0, 600, 900, 500, 0, 0, 0, 0, 0, 0, 0]),
      4.6,
      2.1,
    ),
    ...monthlyForecast(
      kit,
      'prod.giftbox',
      tx('Osmanthus Gift Box', '桂花中秋礼盒'),
      year,
      thousand([0, 0, 0, 0, 0, 0, 0, 60, 180, 40, 90, 30]),
      58,
      26,
    ),
  ];
  const revenueTargets = revenueByMonth(forecastLines, year);

  const owner = {
    ceo: tx('Ruan Qi, Co-founder and CEO', '阮琪（联合创始人、CEO）'),
    brand: tx('Zhao Xin, Brand Director', '赵欣（品牌总监）'),
    social: tx('Pan Yue, Social Media Lead', '潘悦（社交媒体负责人）'),
    ecom: tx('Jiang Hao, E-commerce Director', '蒋浩（电商总监）'),
    sales: tx('Kong Lei, Head of Retail Sales', '孔磊（零售渠道负责人）'),
    product: tx('Yu Tong, Product Manager', '余彤（产品经理）'),
    finance: tx('Shi Ning, Finance Manager', '施宁（财务经理）'),
  };

  const objectives: Objective[] = [
    {
      id: ref('obj.revenue'),
      kind: 'financial',
      metric: 'revenue',
      title: tx('Grow net sales from CNY 128 million to CNY 163 million', '净销售额从 1.28 亿元增长到 1.63 亿元'),
      baseline: 128_000_000,
      target: revenueTargets.reduce((x, y) => x + y, 0),
      unit: tx('CNY', '元'),
      deadline: '2027-12-31',
      owner: owner.ceo,
    },
    {
      id: ref('obj.awareness'),
      kind: 'marketing',
      metric: 'awareness',
      title: tx(
        'Raise aided awareness among 18–30-year-olds in tier-1 and tier-2 cities from 22% to 35%',
        '一二线城市 18–30 岁人群的提示认知度从 22% 提升到 35%',
      ),
      baseline: 22,
      target: 35,
      unit: '%',
      deadline: '2027-12-31',
      owner: owner.brand,
    },
    {
      id: ref('obj.share'),
      kind: 'marketing',
      metric: 'marketShare',
      title: tx('Keep category leadership: sparkling-tea share from 31% to 34%', '保持品类领先：气泡茶份额从 31% 提升到 34%'),
      baseline: 31,
      target: 34,
      unit: '%',
      deadline: '2027-12-31',
      owner: owner.sales,
    },
    {
      id: ref('obj.roas'),
      kind: 'financial',
      metric: 'roi',
      title: tx('Return CNY 2.5 of social-commerce sales for every CNY 1 of campaign media', '每 1 元活动媒体投放带来 2.5 元社交电商销售额'),
      baseline: 1.6,
      target: 2.5,
      unit: tx('CNY per CNY', '元/元'),
      deadline: '2027-12-31',
      owner: owner.ecom,
    },
    {
      id: ref('obj.followers'),
      kind: 'marketing',
      metric: 'other',
      title: tx('Grow followers across platforms from 420,000 to 1 million', '全平台关注者从 42 万增长到 100 万'),
      baseline: 420_000,
      target: 1_000_000,
      unit: tx('followers', '人'),
      deadline: '2027-12-31',
      owner: owner.social,
    },
  ];

  const issues: PlanIssue[] = [
    {
      id: ref('issue.offline'),
      statement: tx(
        'Social buzz is wasted where the can is not in the cooler; can retail sales keep up with the summer challenge?',
        '冰柜里没有货，社交热度就白费了；零售铺货能否跟上夏季挑战？',
      ),
      objectiveIds: [ref('obj.revenue'), ref('obj.share')],
    },
    {
      id: ref('issue.attribution'),
      statement: tx('Store sales driven by social content cannot be tracked; how will we credit them?', '社交内容带动的门店销售无法追踪，如何归因？'),
      objectiveIds: [ref('obj.roas')],
    },
    {
      id: ref('issue.team'),
      statement: tx(
        'Can a team of five produce five posts a week on four platforms and still review every Monday?',
        '5 人团队能否每周在 4 个平台发 5 条内容，同时坚持每周一复盘？',
      ),
      objectiveIds: [ref('obj.followers'), ref('obj.awareness')],
    },
    {
      id: ref('issue.frost'),
      statement: tx(
        'A late frost could halve the Longjing harvest and the spring campaign’s hero product.',
        '倒春寒可能使龙井减产一半，影响春季活动的主推产品。',
      ),
      objectiveIds: [ref('obj.revenue')],
    },
  ];

  const segmentScores: SegmentScore[] = [
    { id: ref('score.office'), segmentId: ref('seg.office'), size: 5, growth: 3, intensity: 4, fit: 5, targeted: true },
    { id: ref('score.fitness'), segmentId: ref('seg.fitness'), size: 3, growth: 5, intensity: 3, fit: 5, targeted: true },
    { id: ref('score.students'), segmentId: ref('seg.students'), size: 4, growth: 2, intensity: 5, fit: 3, targeted: false },
    { id: ref('score.gifts'), segmentId: ref('seg.gifts'), size: 5, growth: 1, intensity: 4, fit: 2, targeted: false },
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
      'act.audit',
      tx('Step 1–2: audit of our followers, competitors’ content and each platform’s audience', '第 1–2 步：盘点我们的粉丝、竞品内容和各平台受众'),
      '2027-01-04',
      '2027-01-22',
      owner.social,
      180_000,
      ['obj.awareness', 'obj.followers'],
      'promotion',
      'done',
    ),
    a(
      'act.team',
      tx(
        'Step 5: hire two content creators and a community manager; weekly Monday review',
        '第 5 步：招聘 2 名内容创作者和 1 名社群经理；建立每周一复盘',
      ),
      '2027-01-04',
      '2027-02-26',
      owner.brand,
      420_000,
      ['obj.followers'],
      'promotion',
      'done',
    ),
    a(
      'act.listening',
      tx('Social listening and a dashboard joining platform data with shop sales', '社交聆听与看板：打通平台数据和店铺销售'),
      '2027-01-11',
      '2027-12-31',
      owner.ecom,
      240_000,
      ['obj.roas'],
      'promotion',
      'inProgress',
    ),
    a(
      'act.longjing',
      tx('Longjing limited edition: tea-garden sourcing and can design', '龙井春季限定：茶园采购与罐身设计'),
      '2027-01-11',
      '2027-02-26',
      owner.product,
      1_200_000,
      ['obj.revenue', 'obj.share'],
      'product',
      'done',
    ),
    a(
      'act.calendar',
      tx(
        'Always-on content calendar: five posts a week, 40% brand and 60% audience content',
        '常态化内容日历：每周 5 条，40% 品牌内容、60% 用户内容',
      ),
      '2027-01-25',
      '2027-12-31',
      owner.social,
      1_800_000,
      ['obj.followers', 'obj.awareness'],
      'promotion',
      'inProgress',
      ['act.audit'],
    ),
    a(
      'act.private',
      tx('WeCom fan community of 60,000 with a monthly new-flavour tasting', '6 万人企业微信粉丝社群，每月新口味试饮'),
      '2027-02-01',
      '2027-12-31',
      owner.social,
      900_000,
      ['obj.revenue', 'obj.followers'],
      'place',
      'inProgress',
    ),
    a(
      'act.spring',
      tx(
        'Campaign 1 “Spring Tea”: 300 KOC notes and 12 KOLs in the tea gardens on Xiaohongshu',
        '第一波“春茶季”：小红书 300 篇 KOC 笔记 + 12 位 KOL 茶园探访',
      ),
      '2027-03-01',
      '2027-04-15',
      owner.social,
      3_200_000,
      ['obj.awareness', 'obj.followers', 'obj.revenue'],
      'promotion',
      'inProgress',
      ['act.longjing', 'act.audit'],
    ),
    a(
      'act.springlive',
      tx('Live stream from the Meijiawu tea garden on Douyin and WeChat Channels', '在抖音和视频号进行梅家坞茶园直播'),
      '2027-03-20',
      '2027-03-27',
      owner.ecom,
      600_000,
      ['obj.roas', 'obj.revenue'],
      'promotion',
      'done',
      ['act.longjing'],
    ),
    a(
      'act.review1',
      tx('Campaign 1 review: quantity, quality and return', '第一波复盘：数量、质量和回报'),
      '2027-04-16',
      '2027-04-23',
      owner.social,
      40_000,
      ['obj.roas'],
      'promotion',
      'planned',
      ['act.spring'],
    ),
    a(
      'act.coolers',
      tx(
        'Summer cooler doors in 8,000 convenience stores in the ten cities with most fans',
        '在粉丝最多的 10 个城市，于 8,000 家便利店投放夏季冰柜门',
      ),
      '2027-05-15',
      '2027-08-31',
      owner.sales,
      3_600_000,
      ['obj.share', 'obj.revenue'],
      'place',
      'planned',
    ),
    a(
      'act.summer',
      tx(
        'Campaign 2 “Summer Fizz Challenge” on Douyin: hashtag, branded effect, 20 KOLs from fitness and office life',
        '第二波“夏日开罐挑战”（抖音）：话题、品牌特效、20 位健身和职场 KOL',
      ),
      '2027-06-01',
      '2027-08-15',
      owner.social,
      6_800_000,
      ['obj.awareness', 'obj.followers', 'obj.share'],
      'promotion',
      'planned',
      ['act.review1'],
    ),
    a(
      'act.summerads',
      tx('Douyin performance ads boosting the best challenge videos to the shop', '抖音效果广告为最佳挑战视频加热并引流到店铺'),
      '2027-06-01',
      '2027-08-15',
      owner.ecom,
      4_500_000,
      ['obj.roas', 'obj.revenue'],
      'promotion',
      'planned',
      ['act.review1'],
    ),
    a(
      'act.ugcprize',
      tx('UGC prize: the best 100 challenge videos win a year of tea', 'UGC 奖励：最佳 100 条挑战视频获全年茶饮'),
      '2027-07-01',
      '2027-08-15',
      owner.social,
      300_000,
      ['obj.followers'],
      'promotion',
      'planned',
      ['act.review1'],
    ),
    a(
      'act.review2',
      tx('Campaign 2 review and the decision on autumn spend', '第二波复盘并决定秋季投入'),
      '2027-08-16',
      '2027-08-25',
      owner.social,
      40_000,
      ['obj.roas'],
      'promotion',
      'planned',
      ['act.summer'],
    ),
    a(
      'act.giftbox',
      tx('Osmanthus gift box co-designed with a Hangzhou museum', '与杭州一家博物馆联名设计桂花礼盒'),
      '2027-05-10',
      '2027-07-30',
      owner.product,
      900_000,
      ['obj.revenue'],
      'product',
      'planned',
    ),
    a(
      'act.giftsale',
      tx('Tmall and JD gift-box pre-sale with a corporate gifting desk', '天猫、京东礼盒预售，设立企业团购专席'),
      '2027-08-01',
      '2027-09-14',
      owner.ecom,
      1_000_000,
      ['obj.revenue'],
      'place',
      'planned',
      ['act.giftbox'],
    ),
    a(
      'act.midautumn',
      tx('Campaign 3 “Mid-Autumn”: WeChat Moments ads and Channels live gifting', '第三波“中秋”：朋友圈广告与视频号直播送礼'),
      '2027-08-15',
      '2027-09-15',
      owner.brand,
      2_200_000,
      ['obj.revenue', 'obj.awareness'],
      'promotion',
      'planned',
      ['act.giftbox', 'act.review1'],
    ),
    a(
      'act.double11',
      tx(
        'Campaign 4 “Double 11”: Tmall and Douyin live with a top host, “stock up for winter” bundles',
        '第四波“双 11”：天猫和抖音头部主播直播，“冬日囤货”组合装',
      ),
      '2027-10-20',
      '2027-11-11',
      owner.ecom,
      3_900_000,
      ['obj.revenue', 'obj.roas'],
      'promotion',
      'planned',
      ['act.midautumn'],
    ),
    a(
      'act.bundle',
      tx('Member bundle: 24-can case at CNY 79 during Double 11', '双 11 会员组合装：24 罐整箱 79 元'),
      '2027-10-20',
      '2027-11-11',
      owner.ecom,
      1_200_000,
      ['obj.revenue', 'obj.share'],
      'price',
      'planned',
    ),
    a(
      'act.review4',
      tx('Campaign 4 and annual review; social plan for 2028', '第四波及年度复盘；制定 2028 年社媒计划'),
      '2027-11-20',
      '2027-12-10',
      owner.brand,
      60_000,
      ['obj.roas', 'obj.awareness'],
      'promotion',
      'planned',
      ['act.double11'],
    ),
  ];

  const budgetLines: BudgetLine[] = [
    {
      id: ref('bl.agency1'),
      label: tx('Creative agency retainer, first half', '创意代理服务费（上半年）'),
      month: '2027-01',
      amount: minor(600_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.agency2'),
      label: tx('Creative agency retainer, second half', '创意代理服务费（下半年）'),
      month: '2027-07',
      amount: minor(600_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.sampling'),
      label: tx('Sampling at marathons and trail races', '马拉松与越野赛派样'),
      month: '2027-04',
      amount: minor(800_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.shoot'),
      label: tx('Summer photo and video shoot', '夏季平面与视频拍摄'),
      month: '2027-05',
      amount: minor(500_000),
      mixElement: 'promotion',
    },
  ];

  const kpis: Kpi[] = [
    {
      id: ref('kpi.sales'),
      metric: tx('Net sales', '净销售额'),
      objectiveId: ref('obj.revenue'),
      owner: owner.finance,
      unit: tx('CNY', '元'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx(
        'Two weeks below target: move boost budget from the weakest platform to the shop page of the best one.',
        '连续两周低于目标：把最弱平台的加热预算转到最强平台的店铺页。',
      ),
      periods: monthlyPeriods(year, revenueTargets, [
        Math.round(revenueTargets[0]! * 0.97),
        Math.round(revenueTargets[1]! * 1.04),
        Math.round(revenueTargets[2]! * 0.99),
      ]),
    },
    {
      id: ref('kpi.followers'),
      metric: tx('Followers across platforms', '全平台关注者'),
      objectiveId: ref('obj.followers'),
      owner: owner.social,
      unit: tx('followers', '人'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx(
        'Reuse the best-performing format of the month on the two weakest platforms.',
        '把当月表现最好的内容形式复用到最弱的两个平台。',
      ),
      periods: monthlyPeriods(
        year,
        [440_000, 460_000, 510_000, 560_000, 580_000, 660_000, 760_000, 840_000, 870_000, 900_000, 960_000, 1_000_000],
        [446_000, 458_000, 522_000],
      ),
    },
    {
      id: ref('kpi.quality'),
      metric: tx('Qualified interactions (saves, purchase-intent comments, UGC posts)', '有效互动（收藏、有购买意向的评论、UGC 帖子）'),
      objectiveId: ref('obj.awareness'),
      owner: owner.social,
      unit: tx('interactions', '次'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'efficiency',
      correctiveAction: tx(
        'Drop KOLs whose comments are mostly emoji or bots; brief the next ones on a question to ask.',
        '停用评论多为表情或机器人的 KOL；给下一批 KOL 设计一个引导提问。',
      ),
      periods: monthlyPeriods(
        year,
        [60_000, 60_000, 140_000, 150_000, 80_000, 210_000, 260_000, 240_000, 150_000, 110_000, 180_000, 90_000],
        [63_500, 57_200, 151_000],
      ),
    },
    {
      id: ref('kpi.awareness'),
      metric: tx('Aided awareness, 18–30 in tier-1 and tier-2 cities (survey)', '一二线城市 18–30 岁提示认知度（调研）'),
      objectiveId: ref('obj.awareness'),
      owner: owner.brand,
      unit: '%',
      periodKind: 'quarter',
      direction: 'higherIsBetter',
      controlKind: 'strategic',
      correctiveAction: tx(
        'If awareness lags, shift part of the Double 11 budget to reach media in the weakest cities.',
        '认知度落后时，把部分双 11 预算转投最弱城市的曝光媒体。',
      ),
      periods: quarterlyPeriods(year, [25, 29, 32, 35], [26]),
    },
    {
      id: ref('kpi.share'),
      metric: tx('Share of sparkling-tea sales (retail panel)', '气泡茶销售份额（零售监测）'),
      objectiveId: ref('obj.share'),
      owner: owner.sales,
      unit: '%',
      periodKind: 'quarter',
      direction: 'higherIsBetter',
      controlKind: 'strategic',
      correctiveAction: tx(
        'If share drops in a city, add cooler doors there before adding media.',
        '某城市份额下滑时，先增加冰柜门，再增加媒体投放。',
      ),
      periods: quarterlyPeriods(year, [31.5, 32.5, 33.5, 34], [31.2]),
    },
    {
      id: ref('kpi.roas'),
      metric: tx('Social-commerce sales per CNY of campaign media (per campaign quarter)', '每 1 元活动媒体带来的社交电商销售额（按活动季度）'),
      objectiveId: ref('obj.roas'),
      owner: owner.ecom,
      unit: tx('CNY per CNY', '元/元'),
      periodKind: 'quarter',
      direction: 'higherIsBetter',
      controlKind: 'profitability',
      correctiveAction: tx(
        'After each campaign, stop the placements under 1.5 and double the ones above 3.',
        '每波活动结束后，停掉低于 1.5 的投放，加倍高于 3 的投放。',
      ),
      periods: quarterlyPeriods(year, [2.0, 2.3, 2.5, 2.8], [2.1]),
    },
    {
      id: ref('kpi.cpe'),
      metric: tx('Cost per engaged user', '单个互动用户成本'),
      objectiveId: ref('obj.roas'),
      owner: owner.social,
      unit: tx('CNY', '元'),
      periodKind: 'month',
      direction: 'lowerIsBetter',
      controlKind: 'efficiency',
      correctiveAction: tx(
        'Above CNY 9, pause paid boosts for a week and test three new hooks organically.',
        '超过 9 元时，暂停付费加热一周，用自然流量测试 3 个新开头。',
      ),
      periods: monthlyPeriods(year, [8, 8, 7.5, 7.5, 7.5, 7, 7, 7, 7, 7, 6.5, 6.5], [7.6, 8.3, 7.4]),
    },
  ];

  const plan: Plan = {
    meta: planMeta(kit, {
      name: tx('Shanqi Sparkling Tea — 2027 social-media campaign plan', '山气气泡茶 2027 年社交媒体营销活动计划'),
      client: tx('Hangzhou Shanqi Beverage Co., Ltd.', '杭州山气饮品有限公司'),
      author: owner.social,
      currency,
      year,
      now,
    }),
    fields: {
      summary: { narrative: doc() },
      situation: {
        marketSize: minor(900_000_000),
        marketGrowthPct: 28,
        market: doc(
          p(
            tx('Sparkling tea is a young category inside zero-sugar tea drinks: about ', '气泡茶是无糖茶饮中的新兴品类：零售规模约 '),
            bold(tx('CNY 900 million at retail', '9 亿元')),
            tx(
              ', growing 28% a year. Sales peak from May to August and around the Mid-Autumn Festival and Double 11.',
              '，年增长 28%。销售高峰在 5–8 月，以及中秋和双 11 前后。',
            ),
          ),
          ul(
            tx(
              'Young office workers drink it at the desk; fitness and outdoor fans after exercise.',
              '年轻白领在工位上喝；健身和户外爱好者在运动后喝。',
            ),
            tx(
              'Discovery happens on Xiaohongshu and Douyin; the purchase happens in convenience stores and online shops.',
              '在小红书和抖音上被种草；在便利店和线上店铺完成购买。',
            ),
          ),
        ),
        buyingBehaviour: {
          cultural: tx(
            'Tea is part of Chinese identity; “new Chinese style” makes tea fashionable again.',
            '茶是中国人身份的一部分；“新中式”让喝茶重新时髦起来。',
          ),
          social: tx(
            'Friends’ posts and KOCs on Xiaohongshu decide what to try; sharing a photogenic can is part of the pleasure.',
            '朋友和小红书 KOC 的分享决定尝试什么；分享一罐好看的饮料本身就是乐趣。',
          ),
          personal: tx('Aged 20–32, urban, health-aware, buys two to four cans a week.', '20–32 岁，城市居民，注重健康，每周买 2–4 罐。'),
          psychological: tx(
            'Wants a treat without guilt; curious about new flavours; dislikes “fake” tea taste.',
            '想要没有负罪感的犒赏；对新口味好奇；讨厌“假”茶味。',
          ),
          buyingRoles: tx(
            'The drinker decides and buys; office admins and gym managers buy by the case.',
            '饮用者自己决定并购买；行政和健身房经理整箱采购。',
          ),
          decisionStages: tx(
            'Sees a post → saves it → spots the can in a cooler or the shop → tries one → buys a case online → posts about it.',
            '看到帖子 → 收藏 → 在冰柜或店铺看到 → 买一罐尝试 → 线上买一箱 → 自己发帖。',
          ),
        },
        product: doc(
          p(
            tx('Oolong and Jasmine carry the brand; the ', '乌龙和茉莉是品牌的支柱；'),
            bold(tx('Longjing spring limited edition', '明前龙井春季限定')),
            tx(' and the ', '和'),
            bold(tx('osmanthus Mid-Autumn gift box', '桂花中秋礼盒')),
            tx(' create news for the spring and autumn campaigns.', '为春季和秋季活动制造话题。'),
          ),
        ),
        competition: doc(
          p(
            tx('We lead sparkling tea with 31%, so we are the ', '我们以 31% 的份额领先气泡茶，是'),
            bold(tx('market leader', '市场领先者')),
            tx(' of a small category that bigger players have just discovered.', '，但这个小品类刚刚被更大的玩家发现。'),
          ),
          ul(
            tx('Qingquan: the biggest threat, with one million outlets and price cuts.', '清泉：最大的威胁，拥有百万终端并在降价。'),
            tx('Cha Yu: fans and IP co-brands, but thin retail distribution.', '茶语：有粉丝和 IP 联名，但零售铺货薄弱。'),
            tx('Bottled-tea makers: distribution and price, but sugar and an old image.', '传统瓶装茶：渠道和价格有优势，但含糖、形象老旧。'),
          ),
        ),
        ourPosition: 'leader',
        distribution: doc(
          p(
            tx(
              'Convenience stores sell 34%, online shops 28%, supermarkets 18%, restaurants 12% and gyms, offices and vending 8%. Our 60,000 outlets are mostly in East China, so social demand elsewhere often finds no cooler.',
              '便利店占 34%，线上店铺 28%，商超 18%，餐饮 12%，健身房、写字楼和售货机 8%。我们的 6 万个终端主要在华东，其他地区的社交需求常常找不到冰柜。',
            ),
          ),
        ),
        macro: doc(
          p(
            tx(
              'Zero sugar and tea culture are on our side; shoppable content shortens the path from post to purchase; ad-labelling and claim rules set the limits of what KOLs may say.',
              '无糖和茶文化对我们有利；可购物内容缩短了从内容到购买的路径；广告标识和声称规则限定了 KOL 能说什么。',
            ),
          ),
        ),
        customers: doc(
          p(
            tx(
              '12,000 super fans post about us without pay; 180,000 repeat online buyers; 260,000 engaged followers who have not yet bought online.',
              '1.2 万名超级粉丝自发为我们发帖；18 万线上复购客户；26 万有互动但尚未线上购买的关注者。',
            ),
          ),
          ol(
            tx('Reward super fans with first tastes of every new flavour.', '让超级粉丝第一时间尝到每款新口味。'),
            tx('Move engaged followers to a first online case.', '推动有互动的关注者在线上买第一箱。'),
            tx('Keep repeat buyers with member bundles.', '用会员组合装留住复购客户。'),
          ),
        ),
      },
      strategy: {
        positioning: {
          forWhom: tx('Young office workers in tier-1 and tier-2 cities and fitness and outdoor enthusiasts', '一二线城市年轻白领和健身与户外爱好者'),
          need: tx('want a refreshing drink without sugar or guilt', '想要一款不含糖、没有负罪感的清爽饮品'),
          category: tx('sparkling tea brewed from real tea leaves', '真茶叶冷萃的气泡茶'),
          benefit: tx('zero sugar and zero calories with the taste of the tea garden', '零糖零卡，喝得到茶园的味道'),
          unlikeWhom: tx('sugary sodas and flat bottled teas', '含糖汽水和不带气的瓶装茶'),
          statement: tx(
            'For young office workers in tier-1 and tier-2 cities and fitness and outdoor enthusiasts who want a refreshing drink without sugar or guilt, Shanqi is the sparkling tea brewed from real tea leaves, with zero sugar and zero calories and the taste of the tea garden — unlike sugary sodas and flat bottled teas.',
            '面向一二线城市年轻白领和健身与户外爱好者，他们想要一款不含糖、没有负罪感的清爽饮品；山气是真茶叶冷萃的气泡茶，零糖零卡，喝得到茶园的味道——不同于含糖汽水和不带气的瓶装茶。',
          ),
        },
        differentiation: {
          product: tx('Real tea leaves, cold-brewed; seasonal limited editions from named gardens.', '真茶叶冷萃；来自具名茶园的季节限定。'),
          service: tx('A fan community that tastes new flavours first.', '粉丝社群优先试饮新口味。'),
          channel: tx('Gyms, offices and coolers in the cities where our fans are.', '在粉丝所在的城市进入健身房、写字楼和冰柜。'),
          image: tx('“A breath of the mountains”: calm, green, photogenic.', '“一口山气”：安静、清新、上镜。'),
        },
        competitiveStrategy: doc(
          p(
            tx('As the ', '作为'),
            bold(tx('market leader', '市场领先者')),
            tx(
              ', we grow the whole category (more people trying sparkling tea), defend our position with flavour news and fans rather than price, and add share where distribution follows demand.',
              '，我们扩大整个品类（让更多人尝试气泡茶），用新口味和粉丝而不是价格守住地位，并在铺货跟上需求的地方扩大份额。',
            ),
          ),
          ul(
            tx('Expand demand: new occasions — desk, gym, trail.', '扩大需求：新场景——工位、健身房、山路。'),
            tx('Position defence: limited editions every season.', '阵地防御：每季都有限定款。'),
            tx('Flanking defence: a CNY 79 member case against price cuts.', '侧翼防御：以 79 元会员整箱应对降价。'),
          ),
        ),
        product: {
          line: tx(
            'Oolong and Jasmine (core), Longjing spring limited, Osmanthus Mid-Autumn gift box.',
            '乌龙和茉莉（核心款）、明前龙井春季限定、桂花中秋礼盒。',
          ),
          features: tx('Cold-brewed tea, light carbonation, zero sugar, zero calories, no preservatives.', '冷萃茶汤、微气泡、零糖零卡、无防腐剂。'),
          quality: tx('Tea from named gardens with batch tests for pesticide residues.', '茶叶来自具名茶园，每批次检测农残。'),
          brand: tx('Shanqi — “A breath of the mountains”.', '山气——“一口山气”。'),
          packaging: tx(
            'Slim 330 ml cans with ink-wash landscapes; a seasonal colour each campaign.',
            '330 毫升细长罐，水墨山水设计；每波活动一个季节色。',
          ),
          services: tx('Fan community, corporate and gym delivery, gift-box personalisation.', '粉丝社群、企业和健身房配送、礼盒定制。'),
          lifeCycleStrategy: tx(
            'Grow Oolong and Jasmine (growth) with new occasions; use limited editions (introduction) to create news each season and retire them after eight weeks.',
            '乌龙和茉莉处于成长期，以新场景扩大消费；用处于引入期的限定款为每季制造话题，八周后下架。',
          ),
        },
        price: {
          objective: tx(
            'Hold the premium of CNY 5.9 a can; never lead with discounts on social media.',
            '守住每罐 5.9 元的溢价；社交媒体上从不以折扣为主打。',
          ),
          method: 'valueBased',
          listPrice: minor(5.9),
          discounts: tx(
            'Cases of 24 online at CNY 119; corporate accounts 10% off by the pallet.',
            '线上 24 罐整箱 119 元；企业客户按托盘采购 9 折。',
          ),
          promotionalPricing: tx(
            'Member case at CNY 79 during Double 11 only; UGC prizes instead of coupons.',
            '仅在双 11 期间推出 79 元会员整箱；以 UGC 奖励代替优惠券。',
          ),
        },
        place: {
          design: 'omnichannel',
          coverage: tx(
            '60,000 outlets in 2026, 68,000 by the end of 2027; cooler doors in the ten fan cities; Tmall, JD and Douyin shops.',
            '2026 年 6 万个终端，2027 年底达 6.8 万；在 10 个粉丝城市投放冰柜门；天猫、京东、抖音店铺。',
          ),
          logistics: tx(
            'Co-packer in Hangzhou; regional warehouses in Shanghai, Guangzhou and Chengdu deliver in 48 hours.',
            '杭州代工厂生产；上海、广州、成都区域仓 48 小时送达。',
          ),
          management: tx(
            'One price list online and offline; social codes credit store sales to campaigns where possible.',
            '线上线下统一价目表；尽可能用社交口令把门店销售归因到活动。',
          ),
        },
        promotion: {
          audience: tx(
            'Young office workers in tier-1 and tier-2 cities and fitness and outdoor enthusiasts on Xiaohongshu, Douyin, Weibo and WeChat Channels.',
            '小红书、抖音、微博和视频号上的一二线城市年轻白领和健身与户外爱好者。',
          ),
          objectives: tx(
            'Awareness 35%; 1 million followers; 2.5 of social-commerce sales per CNY of campaign media.',
            '认知度 35%；100 万关注者；每 1 元活动媒体带来 2.5 元社交电商销售额。',
          ),
          message: tx('Real tea, real fizz, zero sugar — a breath of the mountains.', '真茶、真气泡、零糖——一口山气。'),
          media: ['advertising', 'salesPromotion', 'publicRelations', 'directDigital'],
          budget: null,
        },
      },
      budget: { marketingBudget: null, fixedCosts: minor(42_000_000) },
      control: {
        annualPlan: doc(
          p(
            tx(
              'Monthly: net sales, followers and share against the plan. Every campaign has a go/no-go point two weeks in.',
              '每月：对照计划检查净销售额、关注者和份额。每波活动在开始两周后设一个继续或调整的决策点。',
            ),
          ),
        ),
        profitability: doc(
          p(
            tx(
              'After each campaign: sales per CNY of media by platform and KOL; placements under 1.5 are not repeated.',
              '每波活动结束后：按平台和 KOL 计算每 1 元媒体带来的销售额；低于 1.5 的投放不再重复。',
            ),
          ),
        ),
        efficiency: doc(
          p(bold(tx('Every Monday', '每周一')), tx(', the social team reviews the week on three levels:', '，社媒团队从三个层面复盘上周：')),
          ol(
            tx('Quantity: reach, views, new followers.', '数量：触达、播放、新增关注。'),
            tx('Quality: saves, purchase-intent comments, UGC posts.', '质量：收藏、有购买意向的评论、UGC 帖子。'),
            tx('Return: shop visits, orders and sales per CNY of media.', '回报：进店、订单以及每 1 元媒体带来的销售额。'),
          ),
        ),
        strategic: doc(
          p(
            tx(
              'Twice a year: awareness and share against Qingquan and Cha Yu, whether “real tea” still sets us apart, and whether the fitness occasion deserves its own product.',
              '每半年：对比清泉和茶语的认知度和份额，“真茶”是否仍是我们的差异点，以及健身场景是否值得推出专属产品。',
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
      ...socialCampaignScenarios(kit),
      kpis,
      actualSales: [],
      actualSpend: [],
      actionResults: [],
    },
  };

  // In progress: the year's first three months are reported (as the KPIs' actuals are).
  addSampleActuals(plan, kit, {
    revenueFactors: [0.97, 1.04, 0.99],
    results: [{ action: 'act.spring', result: ['KOC notes published', '已发布的 KOC 笔记'], target: 300, perMonth: [0, 0, 164] }],
  });

  return finishPlan(plan, (budget) =>
    doc(
      p(
        tx(
          'Shanqi leads sparkling tea, a small category that bigger brands have just entered. In 2027 four social-media campaigns — Spring Tea, Summer Fizz, Mid-Autumn and Double 11 — grow the category and defend our lead, judged every week and after each campaign.',
          '山气领先气泡茶这个刚被大品牌盯上的小品类。2027 年的四波社交媒体活动——春茶季、夏日开罐、中秋和双 11——扩大品类、守住领先，并按周和按活动评估。',
        ),
      ),
      p(bold(tx('Top objectives', '主要目标'))),
      ol(objectives[0]!.title, objectives[1]!.title, objectives[2]!.title),
      p(
        tx('The marketing budget is ', '营销预算合计 '),
        bold(kit.money(budget.totals.marketing, currency)),
        tx(
          `, ${((budget.totals.marketing / budget.totals.revenue) * 100).toFixed(1)}% of net sales; the summer challenge and its ads take the largest share.`,
          `，占净销售额的 ${((budget.totals.marketing / budget.totals.revenue) * 100).toFixed(1)}%；夏日开罐挑战及其广告占比最大。`,
        ),
      ),
      ul(
        tx('Link every post to the shop and review every Monday.', '每条内容都链接店铺，每周一复盘。'),
        tx('Answer price cuts with flavour news, not discounts.', '用新口味而不是折扣回应降价。'),
        tx('Put coolers where the fans are before the summer campaign.', '在夏季活动前把冰柜放到粉丝所在的地方。'),
      ),
    ),
  );
}
