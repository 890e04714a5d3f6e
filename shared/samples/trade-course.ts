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
import { tradeCourseScenarios } from './scenarios';
import { bold, doc, ol, p, ul } from './rich';

/**
 * Case 3 of the domain file: a training company selling a foreign-trade online-marketing course
 * to business owners, with a zero-risk guarantee and limited seats. A Ningbo academy in a niche,
 * whose 3-day bootcamp is sold through live streams, webinars, chambers of commerce and alumni.
 */
export function buildTradeCourse(kit: Kit, now: string): Plan {
  const { tx, ref } = kit;
  const year = 2027;
  const currency = 'CNY';

  const segments: Segment[] = [
    {
      id: ref('seg.owners'),
      name: tx('Export-factory owners', '外贸工厂老板'),
      size: 68_000,
      growthPct: 3,
      needs: tx(
        'Factories with CNY 20–200 million in sales that want their own overseas buyers instead of depending on trade fairs and paid platform rankings; a method their own staff can run.',
        '年销售额 2,000 万至 2 亿元的工厂，希望拥有自己的海外买家，而不是依赖展会和平台付费排名；需要自己员工就能执行的方法。',
      ),
    },
    {
      id: ref('seg.successors'),
      name: tx('Second-generation factory successors', '工厂二代接班人'),
      size: 15_000,
      growthPct: 6,
      needs: tx(
        'Taking over from their parents; want modern digital marketing, a brand abroad and a peer network of other successors.',
        '正从父辈手中接班；需要现代数字营销、海外品牌和同为接班人的同伴圈子。',
      ),
    },
    {
      id: ref('seg.traders'),
      name: tx('Small trading-company owners', '小型外贸公司老板'),
      size: 120_000,
      growthPct: -2,
      needs: tx(
        'Cheap leads and quick wins; very price-sensitive; often no product of their own to show.',
        '要便宜的线索和立竿见影的效果；对价格非常敏感；往往没有自己的产品可展示。',
      ),
    },
    {
      id: ref('seg.b2c'),
      name: tx('Cross-border e-commerce sellers', '跨境电商卖家'),
      size: 200_000,
      growthPct: 8,
      needs: tx(
        'Amazon and TikTok Shop advertising, consumer branding; a different skill set from B2B inquiry generation.',
        '亚马逊和 TikTok Shop 广告、面向消费者的品牌；与 B2B 询盘获客是不同的技能。',
      ),
    },
  ];

  const products: Product[] = [
    {
      id: ref('prod.bootcamp'),
      name: tx('Foreign-Trade Online Marketing Bootcamp (3 days + 90-day coaching)', '外贸网络营销实战营（3 天集训 + 90 天陪跑）'),
      salesVolume: 310,
      price: minor(19_800),
      marginPct: 64,
      stage: 'growth',
    },
    {
      id: ref('prod.starter'),
      name: tx('Starter course, 12 recorded lessons', '入门视频课（12 讲）'),
      salesVolume: 4_800,
      price: minor(399),
      marginPct: 88,
      stage: 'maturity',
    },
    {
      id: ref('prod.club'),
      name: tx('Annual Growth Club for alumni', '校友年度增长俱乐部'),
      salesVolume: 20,
      price: minor(49_800),
      marginPct: 58,
      stage: 'introduction',
    },
    {
      id: ref('prod.dwy'),
      name: tx('Done-with-you website and ads setup', '陪跑式建站与广告搭建服务'),
      salesVolume: 45,
      price: minor(36_000),
      marginPct: 35,
      stage: 'growth',
    },
  ];

  const competitors: Competitor[] = [
    {
      id: ref('comp.platform'),
      name: tx('B2B platform training programs', 'B2B 平台官方培训'),
      sharePct: 25,
      strategy: tx(
        'Free or cheap training that teaches sellers to buy more ranking and ads on the platform.',
        '免费或低价培训，教卖家在平台上购买更多排名和广告。',
      ),
      objectives: tx('Keep exporters spending on the platform.', '让外贸企业持续在平台上投入。'),
      strengths: tx('Free, official, large audiences at every trade hub.', '免费、官方、在各外贸重镇都有大量听众。'),
      weaknesses: tx(
        'Teaches dependence on one platform; nothing on an own website, Google or LinkedIn.',
        '教的是对单一平台的依赖；不涉及独立站、谷歌或领英。',
      ),
      likelyReaction: tx('More free webinars in the cities where we run roadshows.', '在我们做路演的城市加开免费讲座。'),
    },
    {
      id: ref('comp.hailang'),
      name: tx('Hailang Business School (national business training)', '海浪商学院（全国性企业培训公司）'),
      sharePct: 18,
      strategy: tx(
        'Big-ticket “boss courses” at CNY 39,800 with a foreign-trade module, sold at large events.',
        '以 39,800 元的“老板课”为主，含外贸模块，在大型会销现场成交。',
      ),
      objectives: tx('Upsell owners into multi-year programs.', '把老板追销进多年期项目。'),
      strengths: tx('A large sales force, famous speakers, events in 40 cities.', '庞大的销售团队、知名讲师、40 个城市的活动。'),
      weaknesses: tx(
        'Generic content, hype, no hands-on setup; many owners feel oversold.',
        '内容泛泛、夸大宣传、不动手落地；很多老板觉得被过度推销。',
      ),
      likelyReaction: tx('May copy our guarantee and cut the trade module’s price.', '可能模仿我们的承诺并降低外贸模块价格。'),
    },
    {
      id: ref('comp.creators'),
      name: tx('Independent trainers and video creators', '独立讲师与自媒体博主'),
      sharePct: 20,
      strategy: tx('Video courses at CNY 99–999 on Douyin, Bilibili and Xiaohongshu.', '在抖音、B 站和小红书销售 99–999 元的视频课。'),
      objectives: tx('Volume of cheap courses.', '走量卖低价课。'),
      strengths: tx('Cheap, entertaining, up to date on platform tricks.', '便宜、有趣、紧跟平台技巧。'),
      weaknesses: tx('No coaching, no accountability, results rarely shown.', '没有陪跑、不对结果负责，很少展示成果。'),
      likelyReaction: tx(
        'Little direct reaction; their content keeps prices low at the entry level.',
        '直接反应不大；但他们的内容压低了入门课价格。',
      ),
    },
    {
      id: ref('comp.agencies'),
      name: tx('Website and ads agencies for exporters', '外贸建站与推广代运营公司'),
      sharePct: 22,
      strategy: tx(
        'Done-for-you websites and Google Ads management on annual contracts of CNY 30,000–80,000.',
        '以每年 3 万至 8 万元的合同提供建站和谷歌广告代运营。',
      ),
      objectives: tx('Recurring management fees.', '获取持续的代运营费用。'),
      strengths: tx('No effort for the owner; technical skills.', '老板不用费心；技术能力强。'),
      weaknesses: tx('The owner stays dependent and cannot judge the results.', '老板始终依赖代运营，也无法判断效果。'),
      likelyReaction: tx('Will bundle “free training” with their contracts.', '会在合同里捆绑“免费培训”。'),
    },
  ];

  const channels: Channel[] = [
    {
      id: ref('ch.live'),
      name: tx('WeChat Channels live streams and private traffic', '视频号直播与私域'),
      sharePct: 34,
      trend: 'rising',
      conflicts: tx('Live-stream offers clash with prices quoted by advisors on calls.', '直播间优惠与顾问电话报价不一致。'),
    },
    {
      id: ref('ch.webinar'),
      name: tx('Free webinars with advisor calls', '免费线上讲座 + 顾问电话'),
      sharePct: 22,
      trend: 'rising',
      conflicts: tx('Half the registrants never attend; advisors call too late.', '一半报名者从不到场；顾问回访太晚。'),
    },
    {
      id: ref('ch.alumni'),
      name: tx('Alumni referrals', '校友转介绍'),
      sharePct: 20,
      trend: 'rising',
      conflicts: tx('Referral rewards were paid inconsistently in 2026.', '2026 年转介绍奖励发放不一致。'),
    },
    {
      id: ref('ch.chambers'),
      name: tx('Chambers of commerce and industry associations', '商会与行业协会'),
      sharePct: 14,
      trend: 'stable',
      conflicts: tx('Associations ask for a revenue share on seats sold at their events.', '协会要求对其活动中售出的席位分成。'),
    },
    {
      id: ref('ch.ads'),
      name: tx('Search and short-video ads (Baidu, Douyin)', '搜索与短视频广告（百度、抖音）'),
      sharePct: 10,
      trend: 'falling',
      conflicts: tx('Cost per lead doubled since 2024.', '单条线索成本比 2024 年翻了一倍。'),
    },
  ];

  const macroForces: MacroForce[] = [
    {
      id: ref('macro.demo'),
      force: 'demographic',
      finding: tx(
        'First-generation owners born in the 1960s and 1970s are handing factories to children who grew up online.',
        '1960、70 年代出生的第一代老板正把工厂交给在互联网中长大的子女。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.econ'),
      force: 'economic',
      finding: tx(
        'New tariffs push factories to find buyers in South-East Asia, the Middle East, Latin America and Africa, while cash is tight.',
        '新一轮关税促使工厂开拓东南亚、中东、拉美和非洲买家，同时资金偏紧。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.nature'),
      force: 'natural',
      finding: tx(
        'Shipping disruptions and carbon rules such as the EU CBAM make buyers ask for lead times and carbon data up front.',
        '航运中断和欧盟碳边境调节机制等规则，让买家在询盘时就要求交期和碳数据。',
      ),
      effect: 'neutral',
    },
    {
      id: ref('macro.tech'),
      force: 'technological',
      finding: tx(
        'AI search changes how buyers find suppliers; AI translation lets a team of two publish in ten languages.',
        'AI 搜索改变了买家寻找供应商的方式；AI 翻译让两人团队就能用十种语言发布内容。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.law'),
      force: 'politicalLegal',
      finding: tx(
        'The Advertising Law forbids training ads from guaranteeing results; a guarantee must be a refund policy, never a promise of orders.',
        '《广告法》禁止培训广告对效果作保证性承诺；承诺只能是退款政策，不能承诺订单。',
      ),
      effect: 'threat',
    },
    {
      id: ref('macro.social'),
      force: 'socioCultural',
      finding: tx(
        'Owners trust peers and hands-on proof; hyped “boss courses” have made many wary of training.',
        '老板信任同行和实操证据；被夸大的“老板课”让很多人对培训心存戒备。',
      ),
      effect: 'threat',
    },
  ];

  const customerTiers: CustomerTier[] = [
    {
      id: ref('tier.champions'),
      tier: 'opinionLeader',
      name: tx('Alumni champions (chamber officers, published cases)', '校友标杆（商会骨干、公开案例）'),
      customers: 36,
      recencyDays: 40,
      frequency: 2.1,
      monetary: minor(38_000),
      notes: tx('Each brought 3.4 referrals on average in 2026.', '2026 年平均每人带来 3.4 个转介绍。'),
    },
    {
      id: ref('tier.club'),
      tier: 'keyAccount',
      name: tx('Growth Club members', '增长俱乐部会员'),
      customers: 22,
      recencyDays: 20,
      frequency: 12,
      monetary: minor(49_800),
      notes: tx('Renewal decision in month 11; all 20 of 2026 attend monthly.', '第 11 个月决定是否续费；2026 年的 20 位会员每月都参加。'),
    },
    {
      id: ref('tier.alumni'),
      tier: 'smallMid',
      name: tx('Bootcamp alumni', '实战营校友'),
      customers: 780,
      recencyDays: 150,
      frequency: 1.1,
      monetary: minor(19_800),
      notes: tx('86% got a qualified inquiry within 90 days; 12% buy the setup service.', '86% 在 90 天内获得有效询盘；12% 购买了搭建服务。'),
    },
    {
      id: ref('tier.starter'),
      tier: 'intending',
      name: tx('Starter-course buyers and webinar attendees who booked a call', '已购入门课或听过讲座并预约电话的客户'),
      customers: 2_400,
      recencyDays: 30,
      frequency: 1,
      monetary: minor(399),
      notes: tx('Only 6% moved on to the bootcamp in 2026.', '2026 年只有 6% 升级到实战营。'),
    },
    {
      id: ref('tier.followers'),
      tier: 'potential',
      name: tx('Live-stream followers and private-traffic contacts', '直播关注者与私域联系人'),
      customers: 38_000,
      recencyDays: null,
      frequency: 0,
      monetary: 0,
      notes: tx('About 60% are factory owners or managers, by their WeChat tags.', '按微信标签，约 60% 是工厂老板或经理。'),
    },
  ];

  const swotItems: SwotItem[] = [
    {
      id: ref('s.guarantee'),
      kind: 'S',
      statement: tx(
        'A zero-risk guarantee backed by results: 86% of alumni got a qualified inquiry within 90 days; refunds were 3.1%.',
        '有成果支撑的零风险承诺：86% 的校友在 90 天内获得有效询盘；退款率 3.1%。',
      ),
      impact: 5,
      likelihood: null,
      evidence: { kind: 'product', id: ref('prod.bootcamp') },
    },
    {
      id: ref('s.practice'),
      kind: 'S',
      statement: tx('Trainers run export websites and ads for real factories every day.', '讲师每天都在为真实工厂运营外贸网站和广告。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'competitor', id: ref('comp.hailang') },
    },
    {
      id: ref('s.alumni'),
      kind: 'S',
      statement: tx('780 alumni, 36 of them champions active in chambers of commerce.', '780 名校友，其中 36 位标杆活跃在各地商会。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.champions') },
    },
    {
      id: ref('s.seats'),
      kind: 'S',
      statement: tx(
        'Limited seats (40 a cohort) keep coaching personal and create real urgency.',
        '限额招生（每期 40 人）保证陪跑到人，也带来真实的紧迫感。',
      ),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'product', id: ref('prod.bootcamp') },
    },
    {
      id: ref('w.founder'),
      kind: 'W',
      statement: tx('The founder is the only star trainer; cohorts depend on his calendar.', '创始人是唯一的明星讲师；开班取决于他的日程。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'product', id: ref('prod.club') },
    },
    {
      id: ref('w.upgrade'),
      kind: 'W',
      statement: tx('Only 6% of starter-course buyers move on to the bootcamp.', '入门课学员只有 6% 升级到实战营。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.starter') },
    },
    {
      id: ref('w.cases'),
      kind: 'W',
      statement: tx('Few success cases outside textiles, hardware and furniture.', '纺织、五金、家具以外的成功案例很少。'),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'segment', id: ref('seg.owners') },
    },
    {
      id: ref('w.followup'),
      kind: 'W',
      statement: tx('Five advisors cannot call every webinar attendee within a day.', '5 名顾问无法在一天内回访每位讲座参与者。'),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'channel', id: ref('ch.webinar') },
    },
    {
      id: ref('o.tariffs'),
      kind: 'O',
      statement: tx('Tariff shifts push factories to find buyers in new markets now.', '关税变化促使工厂立即开拓新市场买家。'),
      impact: 5,
      likelihood: 4,
      evidence: { kind: 'macroForce', id: ref('macro.econ') },
    },
    {
      id: ref('o.successors'),
      kind: 'O',
      statement: tx('Successors taking over want digital methods and a peer group.', '接班人希望掌握数字化方法并有同伴圈子。'),
      impact: 4,
      likelihood: 4,
      evidence: { kind: 'macroForce', id: ref('macro.demo') },
    },
    {
      id: ref('o.ai'),
      kind: 'O',
      statement: tx('AI tools cut the cost of content in ten languages for a small team.', 'AI 工具让小团队以很低成本产出十种语言的内容。'),
      impact: 4,
      likelihood: 5,
      evidence: { kind: 'macroForce', id: ref('macro.tech') },
    },
    {
      id: ref('t.law'),
      kind: 'T',
      statement: tx(
        'Training ads may not guarantee results; a careless guarantee invites fines and complaints.',
        '培训广告不得保证效果；措辞不当的承诺会招致罚款和投诉。',
      ),
      impact: 4,
      likelihood: 5,
      evidence: { kind: 'macroForce', id: ref('macro.law') },
    },
    {
      id: ref('t.copy'),
      kind: 'T',
      statement: tx('Hailang may copy the guarantee and undercut the price.', '海浪商学院可能模仿承诺并压低价格。'),
      impact: 3,
      likelihood: 3,
      evidence: { kind: 'competitor', id: ref('comp.hailang') },
    },
    {
      id: ref('t.agencies'),
      kind: 'T',
      statement: tx('Agencies bundle “free training” into their contracts.', '代运营公司在合同里捆绑“免费培训”。'),
      impact: 3,
      likelihood: 4,
      evidence: { kind: 'competitor', id: ref('comp.agencies') },
    },
    {
      id: ref('t.wary'),
      kind: 'T',
      statement: tx('Owners burned by hyped boss courses distrust any training offer.', '被夸大的老板课伤过的老板不信任任何培训。'),
      impact: 4,
      likelihood: 4,
      evidence: { kind: 'macroForce', id: ref('macro.social') },
    },
    {
      id: ref('t.cash'),
      kind: 'T',
      statement: tx('Owners short of cash cut training first when orders fall.', '订单下滑时，资金紧张的老板首先砍培训预算。'),
      impact: 4,
      likelihood: 3,
      evidence: { kind: 'macroForce', id: ref('macro.econ') },
    },
  ];

  const towsStrategies: TowsStrategy[] = [
    {
      id: ref('tows.so'),
      kind: 'SO',
      strategy: tx(
        '“New markets in 90 days”: take the guarantee and alumni champions to chambers of commerce hit by tariffs.',
        '“90 天开拓新市场”：带着零风险承诺和校友标杆走进受关税影响的商会。',
      ),
      swotItemIds: [ref('s.guarantee'), ref('s.alumni'), ref('o.tariffs')],
    },
    {
      id: ref('tows.so2'),
      kind: 'SO',
      strategy: tx('A successor cohort that builds content in ten languages with AI tools.', '开设接班人专班，用 AI 工具产出十种语言的内容。'),
      swotItemIds: [ref('s.practice'), ref('o.successors'), ref('o.ai')],
    },
    {
      id: ref('tows.st'),
      kind: 'ST',
      strategy: tx(
        'Frame the guarantee as a written refund policy with clear conditions and show audited alumni results; never promise orders.',
        '把承诺写成条件清晰的退款政策，并展示经审计的校友成果；绝不承诺订单。',
      ),
      swotItemIds: [ref('s.guarantee'), ref('t.law'), ref('t.wary')],
    },
    {
      id: ref('tows.st2'),
      kind: 'ST',
      strategy: tx(
        'Against agencies and copycats: teach the owner’s own team, publish results per cohort, and offer done-with-you setup.',
        '应对代运营和模仿者：教会老板自己的团队，按期公布成果，并提供陪跑式搭建。',
      ),
      swotItemIds: [ref('s.practice'), ref('s.seats'), ref('t.copy'), ref('t.agencies')],
    },
    {
      id: ref('tows.wo'),
      kind: 'WO',
      strategy: tx(
        'Certify three more trainers and use AI-assisted coaching so the founder is no longer the bottleneck.',
        '再认证 3 位讲师并引入 AI 辅助陪跑，让创始人不再是瓶颈。',
      ),
      swotItemIds: [ref('w.founder'), ref('o.ai')],
    },
    {
      id: ref('tows.wt'),
      kind: 'WT',
      strategy: tx(
        'A low-risk first step for cash-tight owners: the CNY 399 starter course, instalments for the bootcamp, a call within 24 hours.',
        '为资金紧张的老板提供低风险的第一步：399 元入门课、实战营分期、24 小时内电话回访。',
      ),
      swotItemIds: [ref('w.upgrade'), ref('w.followup'), ref('t.cash')],
    },
  ];

  const forecastLines = [
    ...monthlyForecast(kit, 'prod.bootcamp', tx('Bootcamp', '实战营'), year, [0, 36, 38, 20, 38, 38, 36, 36, 38, 20, 40, 20], 19_800, 7_100),
    ...monthlyForecast(
      kit,
      'prod.starter',
      tx('Starter course', '入门视频课'),
      year,
      [500, 420, 560, 520, 540, 560, 520, 500, 580, 520, 560, 520],
      399,
      48,
    ),
    ...monthlyForecast(kit, 'prod.club', tx('Growth Club', '增长俱乐部'), year, [3, 3, 4, 4, 5, 5, 5, 5, 6, 6, 7, 7], 49_800, 20_900),
    ...monthlyForecast(kit, 'prod.dwy', tx('Done-with-you setup', '陪跑式搭建服务'), year, [3, 3, 4, 4, 4, 5, 4, 4, 5, 5, 5, 4], 36_000, 23_400),
  ];
  const revenueTargets = revenueByMonth(forecastLines, year);

  const owner = {
    founder: tx('Lu Yuanfan, Founder and Lead Trainer', '陆远帆（创始人、首席讲师）'),
    growth: tx('Shen Yi, Growth Director', '沈怡（增长总监）'),
    sales: tx('Fang Jun, Head of Enrolment', '方俊（招生主管）'),
    content: tx('Ye Qing, Content Lead', '叶青（内容主管）'),
    service: tx('Tang Min, Student Success Manager', '唐敏（学员成功经理）'),
    finance: tx('Wu Hui, Finance Manager', '吴慧（财务经理）'),
  };

  const objectives: Objective[] = [
    {
      id: ref('obj.revenue'),
      kind: 'financial',
      metric: 'revenue',
      title: tx('Grow revenue from CNY 10.9 million to CNY 14.4 million', '营业收入从 1,090 万元增长到 1,443 万元'),
      baseline: 10_900_000,
      target: revenueTargets.reduce((x, y) => x + y, 0),
      unit: tx('CNY', '元'),
      deadline: '2027-12-31',
      owner: owner.founder,
    },
    {
      id: ref('obj.seats'),
      kind: 'marketing',
      metric: 'newCustomers',
      title: tx('Fill 360 of the 400 bootcamp seats (310 in 2026)', '实战营 400 个席位售出 360 个（2026 年为 310 个）'),
      baseline: 310,
      target: 360,
      unit: tx('seats', '席'),
      deadline: '2027-12-31',
      owner: owner.sales,
    },
    {
      id: ref('obj.conv'),
      kind: 'marketing',
      metric: 'conversion',
      title: tx('Move 9% of starter-course buyers on to the bootcamp (6% in 2026)', '入门课学员升级实战营的比例达到 9%（2026 年为 6%）'),
      baseline: 6,
      target: 9,
      unit: '%',
      deadline: '2027-12-31',
      owner: owner.sales,
    },
    {
      id: ref('obj.club'),
      kind: 'marketing',
      metric: 'retention',
      title: tx('Bring 60 alumni into the annual Growth Club (20 in 2026)', '60 位校友加入年度增长俱乐部（2026 年为 20 位）'),
      baseline: 20,
      target: 60,
      unit: tx('members', '人'),
      deadline: '2027-12-31',
      owner: owner.service,
    },
    {
      id: ref('obj.reach'),
      kind: 'marketing',
      metric: 'awareness',
      title: tx('Grow WeChat Channels followers from 38,000 to 80,000', '视频号关注者从 3.8 万增长到 8 万'),
      baseline: 38_000,
      target: 80_000,
      unit: tx('followers', '人'),
      deadline: '2027-12-31',
      owner: owner.content,
    },
    {
      id: ref('obj.profit'),
      kind: 'financial',
      metric: 'profit',
      title: tx('Reach an operating profit of CNY 1.28 million', '经营利润达到 128 万元'),
      baseline: 620_000,
      target: 1_281_300,
      unit: tx('CNY', '元'),
      deadline: '2027-12-31',
      owner: owner.finance,
    },
  ];

  const issues: PlanIssue[] = [
    {
      id: ref('issue.founder'),
      statement: tx(
        'Ten cohorts need ten of the founder’s weekends unless new trainers are certified by May.',
        '若 5 月前新讲师未认证，十期课就要占用创始人十个周末。',
      ),
      objectiveIds: [ref('obj.seats'), ref('obj.revenue')],
    },
    {
      id: ref('issue.wording'),
      statement: tx(
        'Can the guarantee keep its pull once it is worded as a refund policy rather than a promise?',
        '承诺改为退款政策的措辞后，还能保持吸引力吗？',
      ),
      objectiveIds: [ref('obj.conv'), ref('obj.seats')],
    },
    {
      id: ref('issue.refunds'),
      statement: tx('If refunds rise above 5% in a downturn, the profit objective is at risk.', '经济下行时退款率若超过 5%，利润目标将受到威胁。'),
      objectiveIds: [ref('obj.profit')],
    },
    {
      id: ref('issue.club'),
      statement: tx(
        'Does the Growth Club need a second trainer to serve 60 members each month?',
        '增长俱乐部每月服务 60 位会员，是否需要第二位讲师？',
      ),
      objectiveIds: [ref('obj.club')],
    },
    {
      id: ref('issue.reach'),
      statement: tx(
        'Live-stream reach depends on the platform’s algorithm; how much should we pay to boost?',
        '直播触达取决于平台算法；应花多少钱加热？',
      ),
      objectiveIds: [ref('obj.reach')],
    },
  ];

  const segmentScores: SegmentScore[] = [
    { id: ref('score.owners'), segmentId: ref('seg.owners'), size: 4, growth: 3, intensity: 3, fit: 5, targeted: true },
    { id: ref('score.successors'), segmentId: ref('seg.successors'), size: 2, growth: 4, intensity: 2, fit: 5, targeted: true },
    { id: ref('score.traders'), segmentId: ref('seg.traders'), size: 5, growth: 2, intensity: 5, fit: 2, targeted: false },
    { id: ref('score.b2c'), segmentId: ref('seg.b2c'), size: 5, growth: 4, intensity: 5, fit: 1, targeted: false },
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
      'act.terms',
      tx('Rewrite the guarantee as a refund policy with clear conditions; legal review', '将零风险承诺改写为条件清晰的退款政策，并做法律审核'),
      '2027-01-04',
      '2027-01-29',
      owner.founder,
      40_000,
      ['obj.conv', 'obj.seats'],
      'product',
      'done',
    ),
    a(
      'act.casebook',
      tx('Case book: 30 alumni factories with audited inquiry numbers, in print and PDF', '案例集：30 家校友工厂及经审计的询盘数据（印刷版和 PDF）'),
      '2027-02-01',
      '2027-03-05',
      owner.content,
      60_000,
      ['obj.conv', 'obj.seats'],
      'promotion',
      'done',
      ['act.terms'],
    ),
    a(
      'act.live',
      tx('WeChat Channels live streams twice a week: “From zero to the first inquiry”', '视频号每周两场直播：“从零到第一个询盘”'),
      '2027-01-06',
      '2027-12-29',
      owner.content,
      180_000,
      ['obj.reach', 'obj.seats'],
      'promotion',
      'inProgress',
    ),
    a(
      'act.shorts',
      tx('Short-video case stories of alumni factories on Douyin and Bilibili', '在抖音和 B 站发布校友工厂案例短视频'),
      '2027-01-15',
      '2027-12-15',
      owner.content,
      220_000,
      ['obj.reach'],
      'promotion',
      'inProgress',
    ),
    a(
      'act.webinars',
      tx(
        'Monthly free webinar “Three mistakes exporters make on Google”, with lead ads',
        '每月免费讲座“外贸企业做谷歌最常犯的三个错误”，配合线索广告',
      ),
      '2027-02-01',
      '2027-12-15',
      owner.growth,
      380_000,
      ['obj.seats', 'obj.conv'],
      'promotion',
      'inProgress',
      ['act.terms'],
    ),
    a(
      'act.crm',
      tx('CRM with a 24-hour call rule for every webinar attendee and starter buyer', '上线 CRM：每位讲座参与者和入门课学员 24 小时内电话回访'),
      '2027-01-18',
      '2027-02-26',
      owner.sales,
      96_000,
      ['obj.conv'],
      'place',
      'done',
    ),
    a(
      'act.pricetest',
      tx('Starter-course price test: CNY 399 against CNY 199 with a bootcamp credit', '入门课价格测试：399 元 vs 199 元（可抵扣实战营学费）'),
      '2027-03-01',
      '2027-04-30',
      owner.growth,
      30_000,
      ['obj.conv'],
      'price',
      'inProgress',
      ['act.crm'],
    ),
    a(
      'act.search',
      tx('Baidu and WeChat search ads on “foreign-trade customer acquisition”', '百度和微信搜一搜“外贸获客”关键词广告'),
      '2027-02-15',
      '2027-11-30',
      owner.growth,
      160_000,
      ['obj.seats'],
      'promotion',
      'inProgress',
    ),
    a(
      'act.roadshow',
      tx(
        'Roadshows with chambers of commerce in 10 export cities (Ningbo, Yiwu, Yongkang, Foshan, Dongguan…)',
        '与商会合作在 10 个外贸城市路演（宁波、义乌、永康、佛山、东莞……）',
      ),
      '2027-03-08',
      '2027-11-30',
      owner.founder,
      240_000,
      ['obj.seats', 'obj.revenue'],
      'promotion',
      'inProgress',
      ['act.casebook'],
    ),
    a(
      'act.trainers',
      tx('Certify three more trainers; AI-assisted coaching checklists for the 90 days', '再认证 3 位讲师；为 90 天陪跑制定 AI 辅助辅导清单'),
      '2027-02-01',
      '2027-05-31',
      owner.founder,
      150_000,
      ['obj.seats', 'obj.profit'],
      'product',
      'inProgress',
    ),
    a(
      'act.cantonspring',
      tx('Spring Canton Fair side event: “Meet the trainers” breakfast for exhibitors', '春季广交会场外活动：参展商“与讲师见面”早餐会'),
      '2027-04-15',
      '2027-05-05',
      owner.founder,
      150_000,
      ['obj.seats', 'obj.reach'],
      'promotion',
      'planned',
      ['act.casebook'],
    ),
    a(
      'act.earlybird',
      tx('Early-bird seats: CNY 16,800 for the first 10 seats of each cohort', '早鸟席位：每期前 10 个席位 16,800 元'),
      '2027-02-01',
      '2027-11-30',
      owner.sales,
      300_000,
      ['obj.seats', 'obj.revenue'],
      'price',
      'inProgress',
    ),
    a(
      'act.referral',
      tx('Alumni referral reward: CNY 2,000 for each referred owner who enrols', '校友转介绍奖励：每推荐一位老板报名奖励 2,000 元'),
      '2027-03-01',
      '2027-12-31',
      owner.service,
      300_000,
      ['obj.seats', 'obj.revenue'],
      'price',
      'inProgress',
    ),
    a(
      'act.curriculum',
      tx('Curriculum update for AI search, LinkedIn and new markets (Middle East, Latin America)', '课程更新：AI 搜索、领英和新市场（中东、拉美）'),
      '2027-03-01',
      '2027-05-15',
      owner.founder,
      90_000,
      ['obj.conv', 'obj.club'],
      'product',
      'inProgress',
    ),
    a(
      'act.clublaunch',
      tx('Growth Club launch evenings in Hangzhou and Shenzhen for alumni', '在杭州和深圳为校友举办增长俱乐部发布晚宴'),
      '2027-05-18',
      '2027-06-30',
      owner.service,
      200_000,
      ['obj.club', 'obj.revenue'],
      'product',
      'planned',
      ['act.curriculum'],
    ),
    a(
      'act.successor',
      tx('Successor cohort: a bootcamp for second-generation owners, recruited through chambers', '接班人专班：通过商会招募工厂二代'),
      '2027-07-01',
      '2027-09-30',
      owner.growth,
      150_000,
      ['obj.seats', 'obj.revenue'],
      'product',
      'planned',
      ['act.trainers'],
    ),
    a(
      'act.retarget',
      tx('Retargeting ads for webinar no-shows and starter buyers', '针对讲座缺席者和入门课学员的再营销广告'),
      '2027-04-01',
      '2027-12-15',
      owner.growth,
      110_000,
      ['obj.conv'],
      'promotion',
      'planned',
      ['act.crm'],
    ),
    a(
      'act.cantonautumn',
      tx('Autumn Canton Fair side event with alumni success talks', '秋季广交会场外活动：校友成功分享'),
      '2027-10-15',
      '2027-11-04',
      owner.founder,
      150_000,
      ['obj.seats', 'obj.reach'],
      'promotion',
      'planned',
      ['act.cantonspring'],
    ),
    a(
      'act.alumniday',
      tx('Alumni day and awards for the biggest inquiry growth', '校友日暨询盘增长奖颁奖'),
      '2027-12-04',
      '2027-12-12',
      owner.service,
      120_000,
      ['obj.club', 'obj.reach'],
      'promotion',
      'planned',
    ),
  ];

  const budgetLines: BudgetLine[] = [
    {
      id: ref('bl.print'),
      label: tx('Seat maps, workbooks and brochures', '座位图、学员手册与宣传册'),
      month: '2027-02',
      amount: minor(45_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.studio'),
      label: tx('Live-stream studio rental (annual)', '直播间租赁（全年）'),
      month: '2027-01',
      amount: minor(60_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.photo'),
      label: tx('Photography and video at cohorts', '各期现场摄影与摄像'),
      month: '2027-06',
      amount: minor(35_000),
      mixElement: 'promotion',
    },
  ];

  const kpis: Kpi[] = [
    {
      id: ref('kpi.revenue'),
      metric: tx('Revenue', '营业收入'),
      objectiveId: ref('obj.revenue'),
      owner: owner.finance,
      unit: tx('CNY', '元'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx(
        'If a cohort is under 30 seats three weeks out, add a live stream with an alumni case and call every starter buyer.',
        '开课前三周报名不足 30 席时，加开一场校友案例直播并回访所有入门课学员。',
      ),
      periods: monthlyPeriods(year, revenueTargets, [
        Math.round(revenueTargets[0]! * 1.05),
        Math.round(revenueTargets[1]! * 0.95),
        Math.round(revenueTargets[2]! * 1.01),
      ]),
    },
    {
      id: ref('kpi.seats'),
      metric: tx('Bootcamp seats sold', '实战营售出席位'),
      objectiveId: ref('obj.seats'),
      owner: owner.sales,
      unit: tx('seats', '席'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx('Open the early-bird price again for five seats, only for chamber members.', '仅向商会会员再开放 5 个早鸟席位。'),
      periods: monthlyPeriods(year, [0, 36, 38, 20, 38, 38, 36, 36, 38, 20, 40, 20], [0, 34, 38]),
    },
    {
      id: ref('kpi.conv'),
      metric: tx('Starter buyers moving on to the bootcamp', '入门课学员升级实战营比例'),
      objectiveId: ref('obj.conv'),
      owner: owner.sales,
      unit: '%',
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'efficiency',
      correctiveAction: tx(
        'Listen to ten calls a week; rewrite the script around the refund policy and the case book.',
        '每周抽听 10 通电话；围绕退款政策和案例集重写话术。',
      ),
      periods: monthlyPeriods(year, [6.5, 7, 7, 7.5, 8, 8, 8.5, 8.5, 9, 9, 9, 9], [6.8, 6.4, 7.6]),
    },
    {
      id: ref('kpi.club'),
      metric: tx('Growth Club members (cumulative)', '增长俱乐部会员（累计）'),
      objectiveId: ref('obj.club'),
      owner: owner.service,
      unit: tx('members', '人'),
      periodKind: 'quarter',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx('Invite the ten alumni with the most inquiries to a free club month.', '邀请询盘最多的 10 位校友免费体验一个月俱乐部。'),
      periods: quarterlyPeriods(year, [10, 23, 39, 60], [11]),
    },
    {
      id: ref('kpi.followers'),
      metric: tx('WeChat Channels followers', '视频号关注者'),
      objectiveId: ref('obj.reach'),
      owner: owner.content,
      unit: tx('followers', '人'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'strategic',
      correctiveAction: tx('Replace the weakest weekly topic with an alumni factory tour.', '把每周表现最差的选题换成校友工厂探访。'),
      periods: monthlyPeriods(
        year,
        [41_000, 44_000, 47_500, 51_000, 54_500, 58_000, 61_500, 65_000, 68_500, 72_000, 76_000, 80_000],
        [41_800, 43_600, 48_300],
      ),
    },
    {
      id: ref('kpi.cps'),
      metric: tx('Marketing spend per bootcamp seat', '每个实战营席位的营销费用'),
      objectiveId: ref('obj.seats'),
      owner: owner.growth,
      unit: tx('CNY', '元'),
      periodKind: 'quarter',
      direction: 'lowerIsBetter',
      controlKind: 'efficiency',
      correctiveAction: tx(
        'Pause the search ad group with the highest cost per seat; shift money to chamber roadshows.',
        '暂停单席位成本最高的搜索广告组，把预算转到商会路演。',
      ),
      periods: quarterlyPeriods(year, [9_800, 11_400, 6_550, 9_100], [10_300]),
    },
    {
      id: ref('kpi.refunds'),
      metric: tx('Refund claims under the guarantee', '按承诺申请退款的比例'),
      objectiveId: ref('obj.profit'),
      owner: owner.service,
      unit: '%',
      periodKind: 'quarter',
      direction: 'lowerIsBetter',
      controlKind: 'strategic',
      correctiveAction: tx(
        'Call every student without an inquiry by day 45 and add a one-to-one site review.',
        '第 45 天仍无询盘的学员逐一致电，并增加一对一网站诊断。',
      ),
      periods: quarterlyPeriods(year, [4, 4, 4, 4], [2.9]),
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
        'Merge under-filled cohorts and hold the early-bird price to the first 10 seats.',
        '合并不满员的班期，早鸟价严格限于前 10 席。',
      ),
      periods: quarterlyPeriods(year, [-800, 112_800, 714_500, 454_800], [18_400]),
    },
  ];

  const plan: Plan = {
    meta: planMeta(kit, {
      name: tx('Yuanfan Trade Academy — 2027 bootcamp marketing plan', '远帆外贸学院 2027 年实战营营销计划'),
      client: tx('Ningbo Yuanfan Trade Academy', '宁波远帆外贸学院'),
      author: owner.growth,
      currency,
      year,
      now,
    }),
    fields: {
      summary: { narrative: doc() },
      situation: {
        marketSize: minor(240_000_000),
        marketGrowthPct: 12,
        market: doc(
          p(
            tx('Export SMEs in the Yangtze and Pearl River deltas spend about ', '长三角和珠三角的外贸中小企业每年在网络营销培训和陪跑上花费约 '),
            bold(tx('CNY 240 million a year', '2.4 亿元')),
            tx(
              ' on online-marketing training and coaching, growing 12% as tariffs push them to find buyers beyond their usual markets and platforms.',
              '，随着关税促使它们在原有市场和平台之外寻找买家，每年增长 12%。',
            ),
          ),
          ul(
            tx(
              'Buying peaks after Chinese New Year (February–March) and after each Canton Fair (May, November).',
              '购买高峰在春节后（2–3 月）和每届广交会之后（5 月、11 月）。',
            ),
            tx('Owners decide; their sales manager attends and must be convinced too.', '老板拍板；业务经理参加课程，也必须被说服。'),
          ),
        ),
        buyingBehaviour: {
          cultural: tx(
            'Practical, results-first manufacturing culture; “show me a factory like mine that did it.”',
            '务实、结果导向的制造业文化：“给我看一家和我一样的工厂做成了。”',
          ),
          social: tx(
            'Chambers of commerce, industry WeChat groups and peers at trade fairs shape opinions.',
            '商会、行业微信群和展会上的同行左右看法。',
          ),
          personal: tx(
            'Owners aged 40–58, often without English; successors aged 25–35 with overseas study.',
            '老板 40–58 岁，多数不懂英语；接班人 25–35 岁，不少有留学经历。',
          ),
          psychological: tx(
            'Fear of being oversold by another “boss course”; the guarantee and limited seats lower the perceived risk.',
            '害怕又被“老板课”忽悠；零风险承诺和限额招生降低了感知风险。',
          ),
          buyingRoles: tx(
            'Owner decides and pays; sales manager attends and implements; successor often initiates.',
            '老板决策并付款；业务经理参课并执行；接班人常常是发起者。',
          ),
          decisionStages: tx(
            'Sees a live stream or case → buys the CNY 399 starter course → attends a webinar → call with an advisor → visits a roadshow → reserves a seat → pays before the cohort fills.',
            '看到直播或案例 → 购买 399 元入门课 → 参加讲座 → 与顾问通话 → 参加路演 → 预留席位 → 在满员前付款。',
          ),
        },
        product: doc(
          p(
            tx('The ', ''),
            bold(tx('bootcamp', '实战营')),
            tx(
              ' is the core: three days in person building the factory’s website, Google and LinkedIn set-up, then 90 days of coaching with weekly reviews. The starter course feeds it; the Growth Club and the done-with-you service keep alumni.',
              '是核心产品：3 天线下集训，现场搭建工厂网站、谷歌和领英，之后 90 天每周复盘陪跑。入门课为它引流；增长俱乐部和陪跑式搭建服务留住校友。',
            ),
          ),
        ),
        competition: doc(
          p(
            tx(
              'Competition comes from four directions; none combines hands-on setup, coaching and a refund guarantee. We are a ',
              '竞争来自四个方向，但没有一家同时做到现场落地、陪跑和退款承诺。我们是',
            ),
            bold(tx('nicher', '市场补缺者')),
            tx(' with about 4.5% of the regional market.', '，约占区域市场 4.5%。'),
          ),
          ul(
            tx('Platform training: free, but teaches dependence on one platform.', '平台官方培训：免费，但教的是依赖单一平台。'),
            tx('Hailang: big events and big tickets, little hands-on work.', '海浪商学院：大型会销、高客单价，几乎不落地。'),
            tx('Agencies: do it for the owner, who stays dependent.', '代运营公司：替老板做，老板始终依赖。'),
          ),
        ),
        ourPosition: 'nicher',
        distribution: doc(
          p(
            tx(
              'We sell directly. Live streams and private traffic bring a third of enrolments, webinars 22%, alumni referrals 20%, chambers of commerce 14% and paid search and short-video ads 10%, whose cost per lead has doubled.',
              '我们直接销售。直播和私域带来三分之一的报名，讲座 22%，校友转介绍 20%，商会 14%，付费搜索和短视频广告 10%（其线索成本已翻倍）。',
            ),
          ),
        ),
        macro: doc(
          p(
            tx(
              'Tariffs and the hand-over to successors create demand; the Advertising Law sets the limits of how we may talk about results: ',
              '关税和代际交接带来需求；《广告法》规定了我们谈论效果的边界：',
            ),
            bold(tx('a refund policy, never a promise of orders.', '只能是退款政策，绝不承诺订单。')),
          ),
        ),
        customers: doc(
          p(
            tx(
              '780 alumni; 86% got a qualified inquiry within 90 days. 36 champions bring most referrals; 22 are in the Growth Club. 2,400 starter buyers and attendees wait to be converted.',
              '780 名校友，86% 在 90 天内获得有效询盘。36 位标杆带来大部分转介绍；22 位在增长俱乐部。2,400 位入门课学员和讲座参与者有待转化。',
            ),
          ),
          ol(
            tx('Champions: invite to speak at roadshows.', '标杆：邀请到路演上分享。'),
            tx('Alumni: offer the Growth Club at day 90.', '校友：在第 90 天推荐增长俱乐部。'),
            tx('Starter buyers: call within 24 hours.', '入门课学员：24 小时内电话回访。'),
          ),
        ),
      },
      strategy: {
        positioning: {
          forWhom: tx('Export-factory owners and second-generation factory successors', '外贸工厂老板和工厂二代接班人'),
          need: tx('want their own overseas buyers instead of paying more for platform rankings', '希望拥有自己的海外买家，而不是为平台排名花更多钱'),
          category: tx('hands-on foreign-trade online-marketing bootcamp', '落地型外贸网络营销实战营'),
          benefit: tx(
            'your website, Google and LinkedIn set up in three days and your team coached for 90 days',
            '3 天搭好你的网站、谷歌和领英，90 天陪跑你的团队',
          ),
          unlikeWhom: tx('video courses, boss courses and agencies', '视频课、老板课和代运营公司'),
          statement: tx(
            'For export-factory owners and second-generation factory successors who want their own overseas buyers instead of paying more for platform rankings, the Yuanfan bootcamp is the hands-on foreign-trade online-marketing course that sets up your website, Google and LinkedIn in three days and coaches your team for 90 days — unlike video courses, boss courses and agencies, we limit each cohort to 40 seats and refund the fee under our written policy if you receive no qualified inquiry in 90 days.',
            '面向外贸工厂老板和工厂二代接班人，他们希望拥有自己的海外买家，而不是为平台排名花更多钱；远帆实战营是落地型外贸网络营销课程，3 天搭好你的网站、谷歌和领英，90 天陪跑你的团队——与视频课、老板课和代运营公司不同，我们每期限 40 席，并按书面退款政策承诺：90 天内没有有效询盘，全额退款。',
          ),
        },
        differentiation: {
          product: tx(
            'Built live on the owner’s own website and ad accounts, not on examples.',
            '在老板自己的网站和广告账户上现场搭建，而不是讲案例。',
          ),
          service: tx(
            '90 days of weekly coaching; one coach for ten students; a written refund policy.',
            '90 天每周陪跑；每 10 名学员一位教练；书面退款政策。',
          ),
          channel: tx('Chambers of commerce and alumni, not mass events.', '通过商会和校友，而不是大型会销。'),
          image: tx('“Practitioners, not speakers”: trainers who run export marketing every day.', '“实战派，不是演讲家”：讲师每天都在做外贸营销。'),
        },
        competitiveStrategy: doc(
          p(
            tx('As a ', '作为'),
            bold(tx('nicher', '市场补缺者')),
            tx(
              ', we stay in the niche the big players cannot serve well — owners who want to run their own export marketing — and specialise by customer (factories, not traders), by service (coaching, refund policy) and by region (the two deltas).',
              '，我们守住大玩家服务不好的细分市场——想自己做外贸营销的工厂老板——并在客户（工厂而非贸易商）、服务（陪跑、退款政策）和区域（两大三角洲）上做专做精。',
            ),
          ),
          ul(
            tx('Do not follow Hailang into big events and big tickets.', '不跟随海浪商学院做大型会销和高客单。'),
            tx('Protect the niche with published results per cohort.', '以按期公布成果守住细分市场。'),
          ),
        ),
        product: {
          line: tx(
            'Starter course (CNY 399) → Bootcamp (CNY 19,800) → Growth Club (CNY 49,800 a year); done-with-you setup (CNY 36,000) on the side.',
            '入门课（399 元）→ 实战营（19,800 元）→ 增长俱乐部（每年 49,800 元）；另有陪跑式搭建服务（36,000 元）。',
          ),
          features: tx(
            'Website, Google Ads and LinkedIn built on the owner’s accounts; inquiry-handling scripts; AI content in ten languages.',
            '在老板自己的账户上搭建网站、谷歌广告和领英；询盘处理话术；十种语言的 AI 内容。',
          ),
          quality: tx('Published results per cohort; refunds tracked and reported quarterly.', '按期公布成果；退款情况每季度跟踪并公开。'),
          brand: tx('Yuanfan — “Your own buyers, in 90 days”.', '远帆——“90 天，拥有自己的买家”。'),
          packaging: tx(
            'Cohorts of 40 named after the host city; a workbook and a 90-day tracker.',
            '每期 40 人，以承办城市命名；学员手册和 90 天进度表。',
          ),
          services: tx(
            'Weekly coaching, site audits, an alumni group and monthly masterclasses for club members.',
            '每周陪跑、网站诊断、校友群，俱乐部会员每月一次大师课。',
          ),
          lifeCycleStrategy: tx(
            'Grow the bootcamp and the setup service (growth); keep the starter course as the low-price entry (maturity); build the club (introduction) from alumni.',
            '实战营和搭建服务处于成长期，加大投入；入门课处于成熟期，作为低价入口；俱乐部处于引入期，从校友中培育。',
          ),
        },
        price: {
          objective: tx('Price for value and scarcity; protect the CNY 19,800 list price.', '按价值和稀缺性定价；守住 19,800 元标价。'),
          method: 'valueBased',
          listPrice: minor(19_800),
          discounts: tx(
            'Early-bird CNY 16,800 for the first 10 seats of a cohort; instalments over three months; chamber members get the early-bird price until 30 days before.',
            '每期前 10 席早鸟价 16,800 元；可分 3 个月付款；商会会员在开课前 30 天内均享早鸟价。',
          ),
          promotionalPricing: tx(
            'Starter-course fee credited against the bootcamp; CNY 2,000 referral reward to alumni.',
            '入门课费用可抵扣实战营学费；校友转介绍奖励 2,000 元。',
          ),
        },
        place: {
          design: 'direct',
          coverage: tx(
            'Ten cohorts a year in Ningbo, Yiwu, Hangzhou, Foshan and Shenzhen; coaching online.',
            '每年十期，在宁波、义乌、杭州、佛山和深圳开班；陪跑在线上进行。',
          ),
          logistics: tx(
            'Hotel conference rooms booked six months ahead; coaches work from the Ningbo office.',
            '提前半年预订酒店会议室；教练在宁波办公室远程陪跑。',
          ),
          management: tx(
            'Chambers receive a 10% fee per seat sold at their events; advisors are paid on seats and on refunds avoided.',
            '商会活动售出的席位按 10% 支付费用；顾问按席位和避免的退款计酬。',
          ),
        },
        promotion: {
          audience: tx(
            'Export-factory owners and second-generation factory successors in Zhejiang, Jiangsu and Guangdong.',
            '浙江、江苏和广东的外贸工厂老板和工厂二代接班人。',
          ),
          objectives: tx(
            '80,000 followers; 12 webinars; 360 seats; 9% upgrade from the starter course.',
            '8 万关注者；12 场讲座；360 个席位；入门课升级率 9%。',
          ),
          message: tx(
            'Your own buyers in 90 days — or your money back under our written refund policy.',
            '90 天拥有自己的买家——否则按书面退款政策全额退款。',
          ),
          media: ['advertising', 'salesPromotion', 'publicRelations', 'personalSelling', 'directDigital'],
          budget: null,
        },
      },
      budget: { marketingBudget: null, fixedCosts: minor(4_600_000) },
      control: {
        annualPlan: doc(
          p(
            tx(
              'Seats sold per cohort are checked weekly from eight weeks before the start; revenue and club members monthly against the plan.',
              '从开课前八周起每周检查各期售出席位；收入和俱乐部会员每月对照计划。',
            ),
          ),
        ),
        profitability: doc(
          p(
            tx(
              'Margin per cohort after venue, coaching and refunds; a cohort that falls below 30 seats is merged with the next one.',
              '扣除场地、陪跑和退款后的每期毛利；不足 30 席的班期与下一期合并。',
            ),
          ),
        ),
        efficiency: doc(
          p(tx('Weekly funnel review:', '每周漏斗复盘：')),
          ul(
            tx('Live-stream viewers → starter buyers → calls within 24 hours → seats.', '直播观看 → 入门课购买 → 24 小时内回访 → 席位。'),
            tx('Cost per seat by channel; pause any channel above CNY 12,000 per seat.', '按渠道计算单席位成本；超过 12,000 元的渠道暂停。'),
          ),
        ),
        strategic: doc(
          p(
            tx(
              'Every half year: results per cohort, refund rate, competitor moves on guarantees, and whether the successor cohort should become a product of its own.',
              '每半年：各期成果、退款率、竞争对手在承诺上的动作，以及接班人专班是否应成为独立产品。',
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
      ...tradeCourseScenarios(kit),
      kpis,
      actualSales: [],
      actualSpend: [],
      actionResults: [],
    },
  };

  // In progress: the year's first three months are reported (as the KPIs' actuals are).
  addSampleActuals(plan, kit, {
    revenueFactors: [1.05, 0.95, 1.01],
    results: [
      { action: 'act.webinars', result: ['webinar attendees', '直播课到场人数'], target: 2_400, perMonth: [0, 176, 238] },
      { action: 'act.search', result: ['enquiries', '询盘'], target: 1_500, perMonth: [0, 52, 141] },
    ],
  });

  return finishPlan(plan, (budget) =>
    doc(
      p(
        tx(
          'Yuanfan is a niche academy for export-factory owners. In 2027 it grows by filling ten cohorts of 40 seats and keeping alumni in the Growth Club.',
          '远帆是服务外贸工厂老板的细分市场培训机构。2027 年靠填满十期、每期 40 席的实战营，并把校友留在增长俱乐部来实现增长。',
        ),
      ),
      p(bold(tx('Top objectives', '主要目标'))),
      ol(objectives[0]!.title, objectives[1]!.title, objectives[2]!.title),
      p(
        tx('The marketing budget is ', '营销预算合计 '),
        bold(kit.money(budget.totals.marketing, currency)),
        tx(
          `, ${((budget.totals.marketing / budget.totals.revenue) * 100).toFixed(1)}% of revenue, led by webinars, referral rewards, early-bird seats and chamber roadshows.`,
          `，占营业收入的 ${((budget.totals.marketing / budget.totals.revenue) * 100).toFixed(1)}%，主要用于讲座、转介绍奖励、早鸟席位和商会路演。`,
        ),
      ),
      ul(
        tx('Word the guarantee as a written refund policy; publish results per cohort.', '把承诺写成书面退款政策；按期公布成果。'),
        tx('Call every starter buyer within 24 hours.', '24 小时内回访每位入门课学员。'),
        tx('Certify three trainers by May so cohorts no longer wait for the founder.', '5 月前认证 3 位讲师，开班不再受制于创始人。'),
      ),
    ),
  );
}
