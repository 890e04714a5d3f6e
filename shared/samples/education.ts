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
import { minor, monthlyForecast, monthlyPeriods, planMeta, finishPlan, quarterlyPeriods, revenueByMonth, type Kit } from './kit';
import { educationScenarios } from './scenarios';
import { bold, doc, ol, p, ul } from './rich';

/**
 * Case 1 of the domain file: an education institution recruiting new students and renewing
 * existing ones through social-messaging communities (WeChat/WeCom parent groups) and local ads.
 * A three-campus children's STEM and coding centre in Hefei, the local challenger.
 */
export function buildEducation(kit: Kit, now: string): Plan {
  const { tx, ref } = kit;
  const year = 2027;
  const currency = 'CNY';

  const segments: Segment[] = [
    {
      id: ref('seg.lower'),
      name: tx('Parents of children aged 6–9', '6–9 岁孩子家长'),
      size: 96_000,
      growthPct: 1.5,
      needs: tx(
        'Logical thinking through play, safe weekend and after-school slots near home, visible progress they can share in the class group.',
        '在玩中培养逻辑思维；离家近的周末和放学后时段、接送安全；能晒到班级群里的可见进步。',
      ),
    },
    {
      id: ref('seg.upper'),
      name: tx('Parents of children aged 10–14', '10–14 岁孩子家长'),
      size: 78_000,
      growthPct: 2.8,
      needs: tx(
        'A serious Python and algorithms pathway, whitelisted competition awards and a portfolio for science-specialist admission to junior and senior high school.',
        '系统的 Python 与算法进阶路径；白名单赛事获奖；为初高中科技特长生招生准备作品集。',
      ),
    },
    {
      id: ref('seg.kinder'),
      name: tx('Parents of children aged 4–6', '4–6 岁幼儿家长'),
      size: 58_000,
      growthPct: -7.5,
      needs: tx(
        'Hands-on building and early robotics, short lessons, a teacher who manages small children well.',
        '动手搭建与启蒙机器人；课时短；老师善于带低龄孩子。',
      ),
    },
    {
      id: ref('seg.binhu'),
      name: tx('New families in Binhu district', '滨湖新区新入住家庭'),
      size: 34_000,
      growthPct: 9,
      needs: tx(
        'Newly moved in, no local network yet; look for trusted providers through compound groups and Dianping reviews.',
        '刚搬入，本地人脉少；主要通过小区业主群和大众点评评价寻找可信的机构。',
      ),
    },
  ];

  const products: Product[] = [
    {
      id: ref('prod.scratch'),
      name: tx('Scratch Creative Coding (ages 6–9), 48 lessons', 'Scratch 创意编程（6–9 岁）48 课时'),
      salesVolume: 700,
      price: minor(6_480),
      marginPct: 58,
      stage: 'growth',
    },
    {
      id: ref('prod.python'),
      name: tx('Python & Algorithms (ages 10–14), 48 lessons', 'Python 与算法（10–14 岁）48 课时'),
      salesVolume: 290,
      price: minor(8_880),
      marginPct: 61,
      stage: 'growth',
    },
    {
      id: ref('prod.robotics'),
      name: tx('Robotics & Engineering (ages 5–8), 48 lessons', '机器人与工程搭建（5–8 岁）48 课时'),
      salesVolume: 430,
      price: minor(5_980),
      marginPct: 52,
      stage: 'maturity',
    },
    {
      id: ref('prod.camp'),
      name: tx('AI & Robotics Holiday Camp, 5 days', 'AI 与机器人假期营（5 天）'),
      salesVolume: 520,
      price: minor(2_980),
      marginPct: 45,
      stage: 'introduction',
    },
  ];

  const competitors: Competitor[] = [
    {
      id: ref('comp.codefuture'),
      name: tx('CodeFuture Academy (national chain, 2 centres)', '码上未来编程（全国连锁，本地 2 家中心）'),
      sharePct: 18,
      strategy: tx(
        'Brand advertising and hard-sell annual packages of 96 lessons at CNY 12,800, split into two payments to satisfy the prepaid-fee rules.',
        '品牌广告加强力销售：96 课时年卡 12,800 元，为符合预收费规定拆成两次付款。',
      ),
      objectives: tx('Defend market leadership in Hefei; open a third centre in Binhu in 2027.', '守住合肥市场领先地位；2027 年在滨湖开第三家中心。'),
      strengths: tx(
        'National brand, polished curriculum, strong competition record, large advertising budget.',
        '全国性品牌、课程体系成熟、竞赛成绩强、广告预算大。',
      ),
      weaknesses: tx(
        'Classes of 12, high teacher turnover, pushy sales that parents complain about on Dianping.',
        '12 人大班、老师流动率高、销售推得紧，家长在大众点评上多有抱怨。',
      ),
      likelyReaction: tx(
        'Will answer our CNY 9.9 trial with free trials and September discounts of up to 20%.',
        '会以免费试听和 9 月最高 8 折回应我们的 9.9 元体验课。',
      ),
    },
    {
      id: ref('comp.littlebull'),
      name: tx('Little Bull Robotics (6 local studios)', '小牛机器人（本地 6 家门店）'),
      sharePct: 14,
      strategy: tx('Low price (CNY 99 a lesson) and studios right at school gates.', '低价（每课时 99 元），门店紧贴校门口。'),
      objectives: tx('Volume: fill weekday after-school slots.', '冲量：填满工作日放学后的时段。'),
      strengths: tx('Convenient locations, low price, pick-up service from school.', '位置便利、价格低、提供放学接送。'),
      weaknesses: tx('No path beyond robotics kits; no Python; ageing equipment.', '只有搭建课，没有 Python 进阶；设备老旧。'),
      likelyReaction: tx('More school-gate flyers and bundle discounts when we run ground promotion.', '我们地推时会加大校门口派单和套餐折扣。'),
    },
    {
      id: ref('comp.online'),
      name: tx('Online coding apps (national live-class platforms)', '在线少儿编程平台（全国性直播课）'),
      sharePct: 22,
      strategy: tx(
        'Live online small classes at about CNY 80 a lesson, heavy Douyin and WeChat Moments ads in February and September.',
        '在线直播小班课，每课时约 80 元；2 月和 9 月在抖音、朋友圈大量投放。',
      ),
      objectives: tx('National user growth; upsell annual packages.', '全国用户增长；追销年课。'),
      strengths: tx('Price, convenience, no commuting, polished app.', '价格、方便、不用接送、App 体验好。'),
      weaknesses: tx(
        'Screen-time worries, low completion, no hands-on robotics, no local community.',
        '家长担心屏幕时间、完课率低、没有动手搭建、没有本地社群。',
      ),
      likelyReaction: tx('Price-led ads aimed at Hefei during our spring and autumn pushes.', '在我们春秋两季推广时定向合肥投放价格广告。'),
    },
    {
      id: ref('comp.school'),
      name: tx('School after-school clubs (in-school services)', '校内课后服务社团'),
      sharePct: 12,
      strategy: tx(
        'Coding and robotics clubs inside schools at a token fee since the “double reduction” policy.',
        '“双减”后校内开设编程和机器人社团，仅收少量费用。',
      ),
      objectives: tx('Cover every pupil with some STEM exposure.', '让每个学生都接触科创。'),
      strengths: tx('Free or nearly free, no travel, trusted by parents.', '免费或近乎免费、不用接送、家长信任。'),
      weaknesses: tx('Large groups, shallow content, no competition coaching.', '人数多、内容浅、没有竞赛辅导。'),
      likelyReaction: tx(
        'Expands clubs; can be a partner for our competition squad rather than a rival.',
        '扩大社团；可以成为我们竞赛队的合作方而非对手。',
      ),
    },
  ];

  const channels: Channel[] = [
    {
      id: ref('ch.wechat'),
      name: tx('WeChat parent groups via WeCom (46 groups)', '企业微信家长社群（46 个群）'),
      sharePct: 38,
      trend: 'rising',
      conflicts: tx(
        'Groups are crowded with ads from other providers; campus advisors chase the same leads.',
        '群里其他机构广告多；各校区课程顾问抢同一批线索。',
      ),
    },
    {
      id: ref('ch.referral'),
      name: tx('Referrals from existing families', '老学员家庭转介绍'),
      sharePct: 24,
      trend: 'rising',
      conflicts: tx('No formal program yet; rewards promised case by case.', '尚无正式机制，奖励一事一议。'),
    },
    {
      id: ref('ch.douyin'),
      name: tx('Douyin local ads and Meituan-Dianping listings', '抖音本地推与美团·大众点评'),
      sharePct: 16,
      trend: 'rising',
      conflicts: tx('Parents compare our price per lesson with online apps side by side.', '家长把我们和在线平台的课时单价放在一起比较。'),
    },
    {
      id: ref('ch.ground'),
      name: tx('Ground promotion at school gates and malls', '校门口与商场地推'),
      sharePct: 14,
      trend: 'falling',
      conflicts: tx('Some schools now ban flyers at the gate; mall booths are costly.', '部分学校禁止门口派单；商场展位费用高。'),
    },
    {
      id: ref('ch.elevator'),
      name: tx('Elevator and community notice-board ads', '电梯广告与社区公告栏'),
      sharePct: 8,
      trend: 'stable',
      conflicts: tx('None; property managers sell slots by compound.', '无冲突；物业按小区出售广告位。'),
    },
  ];

  const macroForces: MacroForce[] = [
    {
      id: ref('macro.demo'),
      force: 'demographic',
      finding: tx(
        'Births in Anhui fell by about a quarter since 2019; kindergarten cohorts shrink about 8% a year while the 6–14 cohorts stay flat until 2029.',
        '安徽出生人口较 2019 年下降约四分之一；幼儿园年龄段每年减少约 8%，6–14 岁年龄段在 2029 年前基本持平。',
      ),
      effect: 'threat',
    },
    {
      id: ref('macro.econ'),
      force: 'economic',
      finding: tx(
        'Hefei’s electric-vehicle, display and AI industries keep bringing engineer families to the city; households spend carefully and compare price per lesson.',
        '合肥新能源汽车、显示面板和人工智能产业持续吸引工程师家庭落户；家庭消费谨慎，会比较课时单价。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.nature'),
      force: 'natural',
      finding: tx(
        'July heat and plum-rain storms cut weekday attendance by about 10%; camps need air-conditioned rooms and indoor pick-up.',
        '7 月高温和梅雨使工作日出勤下降约 10%；夏令营需要空调教室和室内接送点。',
      ),
      effect: 'neutral',
    },
    {
      id: ref('macro.tech'),
      force: 'technological',
      finding: tx(
        'AI education is entering primary and secondary school curricula; generative AI tools let children build real projects earlier.',
        '人工智能教育正进入中小学课程；生成式 AI 工具让孩子更早做出真实项目。',
      ),
      effect: 'opportunity',
    },
    {
      id: ref('macro.law'),
      force: 'politicalLegal',
      finding: tx(
        'Coding is a non-academic subject under the “double reduction” rules, but fees may cover at most 3 months or 60 lessons and must sit in a supervised account.',
        '“双减”规定下编程属于非学科类培训，但一次收费不得超过 3 个月或 60 课时，且须进入监管账户。',
      ),
      effect: 'threat',
    },
    {
      id: ref('macro.social'),
      force: 'socioCultural',
      finding: tx(
        'Parents choose together in WeChat class groups; “AI literacy” and whitelisted competitions are status topics, while screen time worries many.',
        '家长在班级微信群里一起做决定；“AI 素养”和白名单赛事是热门话题，同时很多人担心屏幕时间。',
      ),
      effect: 'opportunity',
    },
  ];

  const customerTiers: CustomerTier[] = [
    {
      id: ref('tier.leaders'),
      tier: 'opinionLeader',
      name: tx('Parent ambassadors (group admins, medal families)', '家长大使（群主、获奖家庭）'),
      customers: 45,
      recencyDays: 12,
      frequency: 3.2,
      monetary: minor(14_600),
      notes: tx(
        'Answer other parents’ questions in the groups; 41% of referrals trace back to them.',
        '在群里解答其他家长的问题；41% 的转介绍来自他们。',
      ),
    },
    {
      id: ref('tier.multi'),
      tier: 'keyAccount',
      name: tx('Multi-course families (2+ courses or siblings)', '多课程家庭（2 门以上或二孩）'),
      customers: 210,
      recencyDays: 25,
      frequency: 2.4,
      monetary: minor(11_800),
      notes: tx('Highest lifetime value; renew at 81%.', '生命周期价值最高；续费率 81%。'),
    },
    {
      id: ref('tier.single'),
      tier: 'smallMid',
      name: tx('Single-course active families', '单课程在读家庭'),
      customers: 1_195,
      recencyDays: 40,
      frequency: 1.3,
      monetary: minor(6_900),
      notes: tx('Renew at 58%; most drop-outs happen at the end of the first package.', '续费率 58%；多数流失发生在第一期课包结束时。'),
    },
    {
      id: ref('tier.trial'),
      tier: 'intending',
      name: tx('Trial-class attendees not yet enrolled', '已体验未报名家庭'),
      customers: 1_320,
      recencyDays: 35,
      frequency: 0,
      monetary: minor(9.9),
      notes: tx(
        'Converted at 28% in 2026; conversion halves when the first call comes after 3 days.',
        '2026 年转化率 28%；首次回访晚于 3 天转化率减半。',
      ),
    },
    {
      id: ref('tier.group'),
      tier: 'potential',
      name: tx('Group members without a trial', '未体验的社群成员'),
      customers: 8_600,
      recencyDays: null,
      frequency: 0,
      monetary: 0,
      notes: tx('Joined through compound groups and school-gate QR codes.', '通过小区群和校门口二维码入群。'),
    },
    {
      id: ref('tier.lapsed'),
      tier: 'other',
      name: tx('Lapsed families (no renewal for 6+ months)', '流失家庭（6 个月以上未续费）'),
      customers: 640,
      recencyDays: 210,
      frequency: 0,
      monetary: 0,
      notes: tx('Win back those with medals or 2+ packages first.', '优先召回有获奖记录或上过 2 期以上的家庭。'),
    },
  ];

  const swotItems: SwotItem[] = [
    {
      id: ref('s.small'),
      kind: 'S',
      statement: tx(
        'Classes of at most six children with certified teachers, against 12 at the leading chain.',
        '每班最多 6 人，老师均持证；领先连锁为 12 人班。',
      ),
      impact: 5,
      likelihood: null,
      evidence: { kind: 'competitor', id: ref('comp.codefuture') },
    },
    {
      id: ref('s.path'),
      kind: 'S',
      statement: tx(
        'A complete pathway from Scratch to Python and algorithms that no local rival offers.',
        '从 Scratch 到 Python 与算法的完整进阶路径，本地对手都没有。',
      ),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'product', id: ref('prod.python') },
    },
    {
      id: ref('s.groups'),
      kind: 'S',
      statement: tx('46 parent groups with 9,800 members across the three campuses.', '三个校区共 46 个家长群、9,800 名成员。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'channel', id: ref('ch.wechat') },
    },
    {
      id: ref('s.awards'),
      kind: 'S',
      statement: tx('38 provincial awards in whitelisted competitions in 2026.', '2026 年在白名单赛事中获得 38 个省级奖项。'),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.leaders') },
    },
    {
      id: ref('w.renew'),
      kind: 'W',
      statement: tx('Renewal rate of 62%, below the 70% benchmark of good chains.', '续费率 62%，低于优秀连锁 70% 的水平。'),
      impact: 5,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.single') },
    },
    {
      id: ref('w.followup'),
      kind: 'W',
      statement: tx(
        'Trial-to-enrolment conversion of 28%: advisors often call back after three days.',
        '体验课转化率仅 28%：顾问常在 3 天后才回访。',
      ),
      impact: 4,
      likelihood: null,
      evidence: { kind: 'customerTier', id: ref('tier.trial') },
    },
    {
      id: ref('w.online'),
      kind: 'W',
      statement: tx('Weak presence on Douyin and Dianping: 3.9 stars from 86 reviews.', '抖音和大众点评存在感弱：86 条评价、3.9 星。'),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'channel', id: ref('ch.douyin') },
    },
    {
      id: ref('w.teachers'),
      kind: 'W',
      statement: tx('Only five senior teachers can teach Python, capping it at about 60 groups.', '只有 5 位资深老师能教 Python，最多开约 60 个班。'),
      impact: 3,
      likelihood: null,
      evidence: { kind: 'product', id: ref('prod.python') },
    },
    {
      id: ref('o.ai'),
      kind: 'O',
      statement: tx(
        'AI education in the school curriculum makes coding a must-have for parents.',
        '人工智能教育进入校内课程，编程成为家长眼中的“必修”。',
      ),
      impact: 5,
      likelihood: 4,
      evidence: { kind: 'macroForce', id: ref('macro.tech') },
    },
    {
      id: ref('o.engineers'),
      kind: 'O',
      statement: tx('Engineer families moving to Hefei value STEM and pay for quality.', '来合肥的工程师家庭重视科创，愿为品质付费。'),
      impact: 4,
      likelihood: 4,
      evidence: { kind: 'macroForce', id: ref('macro.econ') },
    },
    {
      id: ref('o.referral'),
      kind: 'O',
      statement: tx('Referrals already bring 24% of enrolments with no program behind them.', '在没有任何机制的情况下，转介绍已贡献 24% 的报名。'),
      impact: 4,
      likelihood: 5,
      evidence: { kind: 'channel', id: ref('ch.referral') },
    },
    {
      id: ref('t.births'),
      kind: 'T',
      statement: tx('Falling births shrink the 4–6 cohort by about 8% a year.', '出生人口下降，4–6 岁年龄段每年减少约 8%。'),
      impact: 4,
      likelihood: 5,
      evidence: { kind: 'macroForce', id: ref('macro.demo') },
    },
    {
      id: ref('t.online'),
      kind: 'T',
      statement: tx(
        'Online apps at CNY 80 a lesson advertise heavily in February and September.',
        '在线平台以每课时 80 元的价格在 2 月和 9 月大举投放。',
      ),
      impact: 4,
      likelihood: 4,
      evidence: { kind: 'competitor', id: ref('comp.online') },
    },
    {
      id: ref('t.fees'),
      kind: 'T',
      statement: tx(
        'Prepaid-fee rules cap packages at 3 months or 60 lessons, so renewals come round more often.',
        '预收费规定把课包限制在 3 个月或 60 课时以内，续费节点更频繁。',
      ),
      impact: 3,
      likelihood: 5,
      evidence: { kind: 'macroForce', id: ref('macro.law') },
    },
    {
      id: ref('t.counter'),
      kind: 'T',
      statement: tx(
        'CodeFuture will counter our trial offer with free trials and 20% off in September.',
        '码上未来会用免费试听和 9 月 8 折反击我们的体验课。',
      ),
      impact: 3,
      likelihood: 3,
      evidence: { kind: 'competitor', id: ref('comp.codefuture') },
    },
  ];

  const towsStrategies: TowsStrategy[] = [
    {
      id: ref('tows.so'),
      kind: 'SO',
      strategy: tx(
        'Make “AI + coding” the message of all 46 parent groups: show the Scratch-to-Python pathway and let ambassadors invite friends.',
        '以“AI + 编程”为 46 个家长群的主线内容：展示从 Scratch 到 Python 的路径，并由家长大使邀请朋友。',
      ),
      swotItemIds: [ref('s.path'), ref('s.groups'), ref('o.ai'), ref('o.referral')],
    },
    {
      id: ref('tows.st'),
      kind: 'ST',
      strategy: tx(
        'Sell quality, not price: small classes and award portfolios on open days, no price war with online apps or CodeFuture.',
        '卖品质不卖低价：开放日展示小班课和获奖作品集，不与在线平台或码上未来打价格战。',
      ),
      swotItemIds: [ref('s.small'), ref('s.awards'), ref('t.online'), ref('t.counter')],
    },
    {
      id: ref('tows.wo'),
      kind: 'WO',
      strategy: tx(
        'Fix conversion and renewal: trial follow-up within 48 hours, progress reports after every lesson, and a formal referral program.',
        '补齐转化和续费短板：体验课 48 小时内回访、每节课后发学习报告、建立正式转介绍机制。',
      ),
      swotItemIds: [ref('w.followup'), ref('w.renew'), ref('o.referral'), ref('o.engineers')],
    },
    {
      id: ref('tows.wt'),
      kind: 'WT',
      strategy: tx(
        'Shift the mix to ages 6–14, sell 48-lesson packages inside the 60-lesson rule with a renewal rhythm, and train three more Python teachers.',
        '重心转向 6–14 岁；在 60 课时规定内销售 48 课时课包并形成续费节奏；再培养 3 位 Python 老师。',
      ),
      swotItemIds: [ref('t.births'), ref('t.fees'), ref('w.teachers'), ref('w.renew')],
    },
    {
      id: ref('tows.wo2'),
      kind: 'WO',
      strategy: tx(
        'Build reviews on Dianping and class clips on Douyin to reach engineer families new to the city.',
        '在大众点评积累评价、在抖音发布课堂短视频，触达新落户的工程师家庭。',
      ),
      swotItemIds: [ref('w.online'), ref('o.engineers')],
    },
  ];

  const forecastScratch = monthlyForecast(
    kit,
    'prod.scratch',
    tx('Scratch Creative Coding', 'Scratch 创意编程'),
    year,
    [58, 96, 84, 52, 48, 62, 70, 54, 104, 60, 50, 42],
    6_480,
    2_720,
  );
  const forecastPython = monthlyForecast(
    kit,
    'prod.python',
    tx('Python & Algorithms', 'Python 与算法'),
    year,
    [26, 40, 36, 22, 20, 26, 30, 22, 48, 28, 22, 20],
    8_880,
    3_460,
  );
  const forecastRobotics = monthlyForecast(
    kit,
    'prod.robotics',
    tx('Robotics & Engineering', '机器人与工程搭建'),
    year,
    [32, 52, 44, 28, 26, 34, 38, 30, 56, 32, 26, 22],
    5_980,
    2_870,
  );
  const forecastCamp = monthlyForecast(
    kit,
    'prod.camp',
    tx('AI & Robotics Holiday Camp', 'AI 与机器人假期营'),
    year,
    [70, 20, 0, 0, 10, 120, 210, 140, 0, 10, 20, 80],
    2_980,
    1_640,
  );
  const forecastLines = [...forecastScratch, ...forecastPython, ...forecastRobotics, ...forecastCamp];
  const revenueTargets = revenueByMonth(forecastLines, year);
  const revenueTarget = revenueTargets.reduce((a, b) => a + b, 0);

  const owner = {
    principal: tx('Zhou Jian, Principal', '周健（校长）'),
    marketing: tx('Lin Xiaoyu, Marketing Director', '林晓雨（市场总监）'),
    community: tx('Chen Hao, Community Lead', '陈浩（社群运营主管）'),
    admissions: tx('Wang Li, Head of Admissions', '王丽（课程顾问主管）'),
    academic: tx('Sun Qiang, Academic Director', '孙强（教学总监）'),
    finance: tx('Liu Fang, Finance Manager', '刘芳（财务经理）'),
  };

  const objectives: Objective[] = [
    {
      id: ref('obj.revenue'),
      kind: 'financial',
      metric: 'revenue',
      title: tx('Grow tuition revenue from CNY 9.8 million to CNY 12.6 million in 2027', '2027 年学费收入从 980 万元增长到 1,261 万元'),
      baseline: 9_800_000,
      target: revenueTarget,
      unit: tx('CNY', '元'),
      deadline: '2027-12-31',
      owner: owner.principal,
    },
    {
      id: ref('obj.new'),
      kind: 'marketing',
      metric: 'newCustomers',
      title: tx('Enrol 900 new students (720 in 2026)', '新招学员 900 人（2026 年为 720 人）'),
      baseline: 720,
      target: 900,
      unit: tx('students', '人'),
      deadline: '2027-12-31',
      owner: owner.admissions,
    },
    {
      id: ref('obj.renew'),
      kind: 'marketing',
      metric: 'retention',
      title: tx('Raise the package renewal rate from 62% to 72%', '课包续费率从 62% 提升到 72%'),
      baseline: 62,
      target: 72,
      unit: '%',
      deadline: '2027-12-31',
      owner: owner.academic,
    },
    {
      id: ref('obj.conv'),
      kind: 'marketing',
      metric: 'conversion',
      title: tx('Convert 35% of trial-class attendees (28% in 2026)', '体验课转化率达到 35%（2026 年为 28%）'),
      baseline: 28,
      target: 35,
      unit: '%',
      deadline: '2027-09-30',
      owner: owner.admissions,
    },
    {
      id: ref('obj.profit'),
      kind: 'financial',
      metric: 'profit',
      title: tx('Raise operating profit from CNY 1.15 million to CNY 1.69 million', '经营利润从 115 万元提升到 169 万元'),
      baseline: 1_150_000,
      target: 1_693_000,
      unit: tx('CNY', '元'),
      deadline: '2027-12-31',
      owner: owner.finance,
    },
  ];

  const issues: PlanIssue[] = [
    {
      id: ref('issue.capacity'),
      statement: tx(
        'Can four course advisors call every trial family back within 48 hours in the February and September peaks?',
        '2 月和 9 月高峰期，4 名课程顾问能否在 48 小时内回访每个体验家庭？',
      ),
      objectiveIds: [ref('obj.conv'), ref('obj.new')],
    },
    {
      id: ref('issue.discount'),
      statement: tx(
        'Will early-renewal gifts and sibling offers eat the margin the profit objective needs?',
        '提前续费礼品和二孩优惠会不会侵蚀利润目标所需的毛利？',
      ),
      objectiveIds: [ref('obj.renew'), ref('obj.profit')],
    },
    {
      id: ref('issue.python'),
      statement: tx(
        'Python demand may outgrow our five senior teachers before the new three are certified in June.',
        '在 6 月新培养的 3 位老师认证之前，Python 需求可能超出 5 位资深老师的承接能力。',
      ),
      objectiveIds: [ref('obj.revenue')],
    },
    {
      id: ref('issue.fatigue'),
      statement: tx(
        'More posts in the parent groups could raise mute and exit rates; where is the limit?',
        '家长群内容增多可能导致更多人屏蔽或退群，边界在哪里？',
      ),
      objectiveIds: [ref('obj.new'), ref('obj.renew')],
    },
  ];

  const segmentScores: SegmentScore[] = [
    { id: ref('score.lower'), segmentId: ref('seg.lower'), size: 5, growth: 3, intensity: 4, fit: 5, targeted: true },
    { id: ref('score.upper'), segmentId: ref('seg.upper'), size: 4, growth: 4, intensity: 3, fit: 5, targeted: true },
    { id: ref('score.kinder'), segmentId: ref('seg.kinder'), size: 3, growth: 1, intensity: 3, fit: 2, targeted: false },
    { id: ref('score.binhu'), segmentId: ref('seg.binhu'), size: 2, growth: 5, intensity: 2, fit: 3, targeted: false },
  ];

  const a = (
    key: string,
    title: string,
    start: string,
    end: string,
    ownerName: string,
    cost: number,
    objectiveKeys: string[],
    mixElement: Action['mixElement'],
    status: Action['status'],
    after: string[] = [],
  ): Action => ({
    id: ref(key),
    title,
    start,
    end,
    owner: ownerName,
    cost: minor(cost),
    objectiveIds: objectiveKeys.map(ref),
    mixElement,
    status,
    dependsOn: after.map(ref),
  });

  const actions: Action[] = [
    a(
      'act.wecom',
      tx(
        'Move all parent contacts to WeCom with SCRM tags by campus, age and course',
        '将全部家长联系人迁入企业微信，按校区、年龄、课程打 SCRM 标签',
      ),
      '2027-01-04',
      '2027-01-22',
      owner.community,
      36_000,
      ['obj.new', 'obj.conv'],
      'place',
      'done',
    ),
    a(
      'act.groups',
      tx(
        'Reorganise the 46 parent groups into a campus × age matrix with a weekly content calendar (40% brand, 60% parent content)',
        '将 46 个家长群重组为“校区 × 年龄”矩阵，制定每周内容日历（40% 品牌内容、60% 家长关心的内容）',
      ),
      '2027-01-25',
      '2027-02-12',
      owner.community,
      18_000,
      ['obj.new', 'obj.renew'],
      'promotion',
      'done',
      ['act.wecom'],
    ),
    a(
      'act.followup',
      tx('48-hour trial follow-up script and advisor training', '体验课 48 小时回访话术与顾问培训'),
      '2027-02-01',
      '2027-02-14',
      owner.admissions,
      15_000,
      ['obj.conv'],
      'promotion',
      'done',
    ),
    a(
      'act.trial',
      tx('Spring CNY 9.9 trial-class campaign in the parent groups', '春季 9.9 元体验课社群活动'),
      '2027-02-15',
      '2027-03-31',
      owner.admissions,
      68_000,
      ['obj.new', 'obj.conv'],
      'price',
      'done',
      ['act.groups', 'act.followup'],
    ),
    a(
      'act.elevator1',
      tx('Elevator ads in 40 compounds near the campuses, spring flight (4 weeks)', '校区周边 40 个小区电梯广告，春季投放（4 周）'),
      '2027-02-08',
      '2027-03-07',
      owner.marketing,
      120_000,
      ['obj.new'],
      'promotion',
      'done',
    ),
    a(
      'act.douyin1',
      tx('Douyin local-service ads with 30-second class clips, spring push', '抖音本地推：30 秒课堂短视频，春季投放'),
      '2027-02-15',
      '2027-03-31',
      owner.marketing,
      85_000,
      ['obj.new', 'obj.conv'],
      'promotion',
      'done',
    ),
    a(
      'act.referral',
      tx('Referral program: two free lessons for both families, ambassador leaderboard', '老带新计划：新老双方各送 2 课时，家长大使排行榜'),
      '2027-03-01',
      '2027-12-31',
      owner.community,
      156_000,
      ['obj.new', 'obj.revenue'],
      'price',
      'inProgress',
      ['act.wecom'],
    ),
    a(
      'act.dianping',
      tx(
        'Dianping listings for the three campuses: photos, verified reviews, 4.6-star goal',
        '三个校区大众点评店铺优化：实拍图、真实评价，目标 4.6 星',
      ),
      '2027-03-01',
      '2027-04-30',
      owner.marketing,
      24_000,
      ['obj.new', 'obj.conv'],
      'place',
      'inProgress',
    ),
    a(
      'act.python',
      tx('Train and certify three more Python teachers', '再培养并认证 3 位 Python 老师'),
      '2027-03-01',
      '2027-06-30',
      owner.academic,
      66_000,
      ['obj.revenue'],
      'product',
      'inProgress',
    ),
    a(
      'act.reports',
      tx(
        'Progress reports after every lesson: class clip and monthly portfolio sent through WeCom',
        '每节课后发学习报告：课堂视频 + 每月作品集，通过企业微信推送',
      ),
      '2027-01-25',
      '2027-12-31',
      owner.academic,
      72_000,
      ['obj.renew'],
      'product',
      'inProgress',
      ['act.wecom'],
    ),
    a(
      'act.ambassadors',
      tx('Parent ambassador program: 45 families, quarterly salon, early access to camps', '家长大使计划：45 个家庭，每季度沙龙，营期优先报名'),
      '2027-03-15',
      '2027-12-15',
      owner.community,
      54_000,
      ['obj.renew', 'obj.new'],
      'promotion',
      'inProgress',
    ),
    a(
      'act.renewspring',
      tx('Spring renewal season: robot kit (worth CNY 199) for renewing by 30 April', '春季续费季：4 月 30 日前续费赠送机器人套件（价值 199 元）'),
      '2027-04-01',
      '2027-04-30',
      owner.admissions,
      95_000,
      ['obj.renew'],
      'price',
      'planned',
      ['act.wecom'],
    ),
    a(
      'act.competition',
      tx('Competition squad for whitelisted contests, with an award ceremony in December', '白名单赛事竞赛队，12 月举办颁奖典礼'),
      '2027-04-01',
      '2027-12-10',
      owner.academic,
      110_000,
      ['obj.renew', 'obj.revenue'],
      'product',
      'planned',
    ),
    a(
      'act.winback',
      tx('Win back lapsed families: free portfolio review and a 3-lesson return pack', '流失家庭召回：免费作品点评 + 3 课时回归礼包'),
      '2027-05-10',
      '2027-06-20',
      owner.admissions,
      22_000,
      ['obj.renew'],
      'price',
      'planned',
      ['act.wecom'],
    ),
    a(
      'act.summercamp',
      tx('Summer AI & robotics camp: 24 places a week, pre-sale to group members', '暑期 AI 与机器人营：每周限 24 人，社群预售'),
      '2027-05-10',
      '2027-08-20',
      owner.marketing,
      86_000,
      ['obj.revenue', 'obj.new'],
      'product',
      'planned',
      ['act.groups'],
    ),
    a(
      'act.elevator2',
      tx('Elevator ads in 40 compounds, autumn flight (4 weeks)', '40 个小区电梯广告，秋季投放（4 周）'),
      '2027-08-06',
      '2027-09-02',
      owner.marketing,
      130_000,
      ['obj.new'],
      'promotion',
      'planned',
    ),
    a(
      'act.douyin2',
      tx('Douyin local-service ads, autumn push with summer-camp project videos', '抖音本地推秋季投放：夏令营项目作品视频'),
      '2027-08-21',
      '2027-09-30',
      owner.marketing,
      95_000,
      ['obj.new', 'obj.conv'],
      'promotion',
      'planned',
      ['act.summercamp'],
    ),
    a(
      'act.ground',
      tx('School-gate and compound ground promotion with a robot demo booth', '校门口与小区地推：机器人演示展位'),
      '2027-09-01',
      '2027-09-30',
      owner.admissions,
      48_000,
      ['obj.new'],
      'promotion',
      'planned',
    ),
    a(
      'act.openday',
      tx(
        'Open days with robot demos and a parent talk on AI literacy (3 campuses × 4 Saturdays)',
        '开放日：机器人演示 + “AI 素养”家长讲座（3 个校区 × 4 个周六）',
      ),
      '2027-09-04',
      '2027-09-25',
      owner.principal,
      36_000,
      ['obj.new', 'obj.conv'],
      'promotion',
      'planned',
      ['act.elevator2'],
    ),
    a(
      'act.renewautumn',
      tx('Autumn renewal and sibling offer: second child’s package at 15% off', '秋季续费与二孩优惠：第二个孩子课包 85 折'),
      '2027-10-08',
      '2027-11-15',
      owner.admissions,
      60_000,
      ['obj.renew', 'obj.profit'],
      'price',
      'planned',
      ['act.renewspring'],
    ),
    a(
      'act.wintercamp',
      tx('Winter camp pre-sale to existing families', '寒假营面向在读家庭预售'),
      '2027-11-15',
      '2027-12-20',
      owner.community,
      28_000,
      ['obj.revenue', 'obj.profit'],
      'promotion',
      'planned',
    ),
  ];

  const budgetLines: BudgetLine[] = [
    {
      id: ref('bl.print'),
      label: tx('Printed course guides and campus signage', '课程手册印刷与校区形象物料'),
      month: '2027-02',
      amount: minor(32_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.video'),
      label: tx('Photography and class-video production', '摄影与课堂视频制作'),
      month: '2027-08',
      amount: minor(24_000),
      mixElement: 'promotion',
    },
    {
      id: ref('bl.survey'),
      label: tx('Parent survey on the 2028 course line', '2028 课程线家长调研'),
      month: '2027-06',
      amount: minor(20_000),
      mixElement: 'product',
    },
  ];

  const newTargets = [60, 110, 95, 55, 50, 75, 95, 60, 130, 65, 55, 50];
  const kpis: Kpi[] = [
    {
      id: ref('kpi.revenue'),
      metric: tx('Tuition revenue', '学费收入'),
      objectiveId: ref('obj.revenue'),
      owner: owner.finance,
      unit: tx('CNY', '元'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx(
        'If a month is more than 10% short, bring the next renewal offer forward and add a weekend trial session at the weakest campus.',
        '某月缺口超过 10% 时，提前启动下一轮续费活动，并在最弱的校区加开周末体验课。',
      ),
      periods: monthlyPeriods(year, revenueTargets, [
        Math.round(revenueTargets[0]! * 1.03),
        Math.round(revenueTargets[1]! * 0.94),
        Math.round(revenueTargets[2]! * 0.97),
      ]),
    },
    {
      id: ref('kpi.new'),
      metric: tx('New students enrolled', '新报名学员数'),
      objectiveId: ref('obj.new'),
      owner: owner.admissions,
      unit: tx('students', '人'),
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx(
        'Shift Douyin budget to the campus with the largest gap and ask ambassadors for one introduction each.',
        '把抖音预算调给缺口最大的校区，并请每位家长大使推荐一位新家庭。',
      ),
      periods: monthlyPeriods(year, newTargets, [64, 98, 91]),
    },
    {
      id: ref('kpi.renew'),
      metric: tx('Renewal rate of packages ending in the month', '当月到期课包续费率'),
      objectiveId: ref('obj.renew'),
      owner: owner.academic,
      unit: '%',
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'annualPlan',
      correctiveAction: tx(
        'Teacher calls every family two weeks before the package ends; the academic director reviews classes below 60%.',
        '课包结束前两周由任课老师逐一致电；续费率低于 60% 的班级由教学总监复盘。',
      ),
      periods: monthlyPeriods(year, [64, 65, 66, 68, 68, 69, 70, 70, 71, 71, 72, 72], [63, 66, 65]),
    },
    {
      id: ref('kpi.conv'),
      metric: tx('Trial-to-enrolment conversion', '体验课转化率'),
      objectiveId: ref('obj.conv'),
      owner: owner.admissions,
      unit: '%',
      periodKind: 'month',
      direction: 'higherIsBetter',
      controlKind: 'efficiency',
      correctiveAction: tx(
        'Check the 48-hour call log weekly; pair slow advisors with the best converter for a week.',
        '每周检查 48 小时回访记录；转化慢的顾问跟随转化最好的顾问带教一周。',
      ),
      periods: monthlyPeriods(year, [30, 30, 31, 32, 32, 33, 33, 34, 35, 35, 35, 35], [29, 31, 30]),
    },
    {
      id: ref('kpi.cac'),
      metric: tx('Marketing cost per new student', '单个新学员获客成本'),
      objectiveId: ref('obj.new'),
      owner: owner.marketing,
      unit: tx('CNY', '元'),
      periodKind: 'quarter',
      direction: 'lowerIsBetter',
      controlKind: 'efficiency',
      correctiveAction: tx(
        'Pause the ad set with the highest cost per trial; move the money to referral rewards.',
        '暂停单个体验成本最高的广告组，把预算转到转介绍奖励。',
      ),
      periods: quarterlyPeriods(year, [1_650, 2_020, 1_750, 1_170], [1_720]),
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
        'Review gifts and discounts per course line; merge under-filled classes before the next term.',
        '按课程线复核礼品和折扣；下学期前合并不满班的班级。',
      ),
      periods: quarterlyPeriods(year, [580_400, 111_300, 804_200, 197_100], [551_000]),
    },
    {
      id: ref('kpi.nps'),
      metric: tx('Parent Net Promoter Score', '家长净推荐值（NPS）'),
      objectiveId: ref('obj.renew'),
      owner: owner.principal,
      unit: tx('points', '分'),
      periodKind: 'quarter',
      direction: 'higherIsBetter',
      controlKind: 'strategic',
      correctiveAction: tx(
        'Read every detractor comment at the campus meeting and answer the family within a week.',
        '在校区例会上逐条阅读贬损者意见，一周内回复家长。',
      ),
      periods: quarterlyPeriods(year, [45, 48, 50, 52], [47]),
    },
  ];

  const plan: Plan = {
    meta: planMeta(kit, {
      name: tx('Qihang Kids STEM — 2027 enrolment and renewal plan', '启航少儿科创 2027 年招生与续费营销计划'),
      client: tx('Qihang Kids STEM Centre, Hefei', '合肥启航少儿科创中心'),
      author: owner.marketing,
      currency,
      year,
      now,
    }),
    fields: {
      summary: { narrative: doc() },
      situation: {
        marketSize: minor(96_000_000),
        marketGrowthPct: 8.5,
        market: doc(
          p(
            tx(
              'Families within 5 km of our three campuses (Zhengwu, Binhu and Shushan) spend about ',
              '三个校区（政务区、滨湖、蜀山）周边 5 公里内的家庭，每年在少儿编程与科创课程上的花费约为 ',
            ),
            bold(tx('CNY 96 million a year', '9,600 万元')),
            tx(
              ' on children’s coding and STEM classes, growing 8.5% a year. Demand moves from robotics for the youngest to coding for ages 6–14, where AI education in schools now pulls parents in.',
              '，年增长 8.5%。需求正从低龄的搭建类课程转向 6–14 岁的编程课程，校内人工智能教育正在把家长拉进来。',
            ),
          ),
          ul(
            tx(
              'Peaks: spring term sign-up in February–March, camps in June–August, autumn term in September.',
              '旺季：2–3 月春季报名、6–8 月营期、9 月秋季报名。',
            ),
            tx(
              'Decisions are made by mothers in most families, after asking in class WeChat groups.',
              '多数家庭由妈妈决定，决定前会在班级微信群里打听。',
            ),
            tx(
              'Price per lesson is compared with online apps (about CNY 80) and school clubs (nearly free).',
              '家长会把课时单价和在线平台（约 80 元）、校内社团（近乎免费）比较。',
            ),
          ),
        ),
        buyingBehaviour: {
          cultural: tx(
            'Education is the family’s first investment; “not losing at the starting line” still shapes choices, now framed as AI literacy.',
            '教育是家庭的第一投资；“不输在起跑线上”仍影响选择，如今表现为对 AI 素养的重视。',
          ),
          social: tx(
            'Class WeChat groups and compound owner groups set opinions; a recommendation from a medal family weighs more than any ad.',
            '班级群和业主群左右口碑；获奖家庭的推荐比任何广告都有分量。',
          ),
          personal: tx(
            'Dual-income parents aged 32–42, many engineers; time for pick-up is scarce, so distance matters.',
            '32–42 岁双职工家长，工程师较多；接送时间紧张，距离很重要。',
          ),
          psychological: tx(
            'Fear of screen time versus fear of missing the AI wave; they want proof of progress, not promises.',
            '既担心屏幕时间，又怕错过 AI 浪潮；要看到进步的证据，而不是承诺。',
          ),
          buyingRoles: tx(
            'Mother decides and pays; the child tries and vetoes; father checks the curriculum; grandparents do pick-up and influence the slot.',
            '妈妈决策并付款；孩子体验并有一票否决；爸爸看课程体系；祖辈接送并影响上课时段。',
          ),
          decisionStages: tx(
            'Hears about us in a group → joins a trial class → compares with two rivals → asks other parents → buys a 48-lesson package → renews after seeing progress.',
            '在群里听说 → 参加体验课 → 与两家对手比较 → 问其他家长 → 购买 48 课时课包 → 看到进步后续费。',
          ),
        },
        product: doc(
          p(
            tx('Four lines cover ages 5–14. ', '四条课程线覆盖 5–14 岁。'),
            bold(tx('Scratch Creative Coding', 'Scratch 创意编程')),
            tx(' is the entry point and biggest seller; ', '是入门课和销量最大的课程；'),
            bold(tx('Python & Algorithms', 'Python 与算法')),
            tx(
              ' carries the best margin (61%) and the competition results; robotics is mature; the holiday camp is new and seasonal.',
              '毛利最高（61%），也是竞赛成绩的来源；机器人搭建已进入成熟期；假期营是新产品，季节性强。',
            ),
          ),
          p(
            tx(
              'All courses are sold as 48-lesson packages, within the 60-lesson limit on prepaid fees.',
              '全部课程按 48 课时课包销售，符合预收费 60 课时上限。',
            ),
          ),
        ),
        competition: doc(
          p(
            tx(
              'The local market is fragmented. CodeFuture leads with 18%, online apps together take 22%, and we are third with about 10% — a ',
              '本地市场较分散：码上未来以 18% 领先，在线平台合计 22%，我们以约 10% 位列第三，是',
            ),
            bold(tx('challenger', '市场挑战者')),
            tx(' with a better product and a weaker voice.', '：产品更好，声量较弱。'),
          ),
          ul(
            tx(
              'CodeFuture: brand and competition record, but classes of 12 and a hard sell.',
              '码上未来：品牌和竞赛成绩强，但 12 人大班、销售强推。',
            ),
            tx('Little Bull: cheap and at the school gate, but no Python path.', '小牛机器人：便宜、在校门口，但没有 Python 路径。'),
            tx('Online apps: cheapest per lesson, but no hands-on work and low completion.', '在线平台：课时单价最低，但没有动手实践、完课率低。'),
          ),
        ),
        ourPosition: 'challenger',
        distribution: doc(
          p(
            tx('We sell directly at the three campuses. Leads come from the ', '我们在三个校区直营销售。线索主要来自'),
            bold(tx('WeChat parent groups (38%)', '家长微信群（38%）')),
            tx(
              ', referrals (24%), Douyin and Dianping (16%), ground promotion (14%) and elevator ads (8%). Ground promotion is losing ground as schools ban flyers; groups and referrals grow.',
              '、转介绍（24%）、抖音和大众点评（16%）、地推（14%）和电梯广告（8%）。学校禁止派单，地推在下降；社群和转介绍在增长。',
            ),
          ),
        ),
        macro: doc(
          p(
            tx('Two forces matter most: ', '最重要的两股力量：'),
            bold(tx('falling births', '出生人口下降')),
            tx(' shrink the preschool market, and ', '使学前市场萎缩；'),
            bold(tx('AI education in schools', '校内人工智能教育')),
            tx(
              ' raises demand for coding at 6–14. The prepaid-fee rules set the rhythm of renewals.',
              '提升了 6–14 岁的编程需求。预收费规定决定了续费节奏。',
            ),
          ),
        ),
        customers: doc(
          p(
            tx(
              '1,450 active families at the end of 2026. Value by RFM shows a small core — 45 ambassador families and 210 multi-course families — that brings most referrals and renews at 81%, while single-course families renew at only 58%.',
              '2026 年底在读家庭 1,450 个。按 RFM 分析，45 个家长大使家庭和 210 个多课程家庭构成核心，贡献了大部分转介绍、续费率 81%；单课程家庭续费率只有 58%。',
            ),
          ),
          ol(
            tx('Keep the core: ambassadors and multi-course families.', '守住核心：家长大使和多课程家庭。'),
            tx('Grow single-course families into a second course or a camp.', '让单课程家庭增购第二门课或假期营。'),
            tx(
              'Convert trial families within 48 hours; win back lapsed families with medals first.',
              '体验家庭 48 小时内转化；优先召回有获奖记录的流失家庭。',
            ),
          ),
        ),
      },
      strategy: {
        positioning: {
          forWhom: tx('Parents of children aged 6–9 and parents of children aged 10–14 in Hefei', '合肥的 6–9 岁孩子家长和 10–14 岁孩子家长'),
          need: tx(
            'want their child to think logically and build real projects with AI, not just watch a screen',
            '希望孩子学会逻辑思考、用 AI 做出真实作品，而不只是盯着屏幕',
          ),
          category: tx('small-class coding and STEM centre', '小班制少儿编程与科创中心'),
          benefit: tx(
            'a clear path from Scratch to Python and competition awards, with a progress report after every lesson',
            '从 Scratch 到 Python 再到竞赛获奖的清晰路径，每节课后都有学习报告',
          ),
          unlikeWhom: tx('large-class chains and online apps', '大班连锁机构和在线平台'),
          statement: tx(
            'For parents of children aged 6–9 and parents of children aged 10–14 in Hefei who want their child to think logically and build real projects with AI, Qihang is the small-class coding and STEM centre that takes every child from Scratch to Python and competition awards, with a progress report after every lesson — unlike large-class chains and online apps, no class has more than six children.',
            '面向合肥的 6–9 岁孩子家长和 10–14 岁孩子家长，他们希望孩子学会逻辑思考、用 AI 做出真实作品；启航是小班制少儿编程与科创中心，带每个孩子从 Scratch 走到 Python 和竞赛获奖，每节课后都有学习报告——与大班连锁机构和在线平台不同，我们每班不超过 6 人。',
          ),
        },
        differentiation: {
          product: tx(
            'The only local pathway from Scratch to Python, algorithms and whitelisted competitions.',
            '本地唯一从 Scratch 到 Python、算法和白名单赛事的完整路径。',
          ),
          service: tx(
            'Six children per class, a progress report after each lesson, a teacher call before every renewal.',
            '每班 6 人、每节课后学习报告、每次续费前老师致电沟通。',
          ),
          channel: tx(
            'Campus-based parent groups run by our own community team, not by sales staff.',
            '由自己的社群团队（而非销售）运营的校区家长群。',
          ),
          image: tx(
            '“Real projects, real progress”: children’s own apps and robots are the advertising.',
            '“真作品，真进步”：孩子自己做的程序和机器人就是广告。',
          ),
        },
        competitiveStrategy: doc(
          p(
            tx('As the ', '作为'),
            bold(tx('challenger', '市场挑战者')),
            tx(
              ', we attack the leader where it is weak — class size and hard selling — rather than on price. We flank the online apps with hands-on work and local community, and leave the youngest ages to Little Bull.',
              '，我们从领先者的弱点——大班和强推——发起进攻，而不是打价格战；用动手实践和本地社群侧翼包抄在线平台；把最低龄市场留给小牛机器人。',
            ),
          ),
          ul(
            tx('Frontal on quality: small-class demo lessons next to CodeFuture’s centres.', '品质上正面竞争：在码上未来中心附近开展小班示范课。'),
            tx('No price war: gifts and extra lessons instead of discounts on the list price.', '不打价格战：用礼品和赠课代替降低标价。'),
            tx('Defend the core: ambassadors get early camp access before any public campaign.', '守住核心：家长大使在公开活动前优先报名营期。'),
          ),
        ),
        product: {
          line: tx(
            'Scratch Creative Coding (6–9), Python & Algorithms (10–14), Robotics & Engineering (5–8), AI & Robotics Holiday Camp.',
            'Scratch 创意编程（6–9 岁）、Python 与算法（10–14 岁）、机器人与工程搭建（5–8 岁）、AI 与机器人假期营。',
          ),
          features: tx(
            'Project-based lessons of 90 minutes; each term ends with a demo day; AI tools introduced from level 3.',
            '每节 90 分钟项目式课程；每学期以作品展示日结束；从第 3 级开始引入 AI 工具。',
          ),
          quality: tx(
            'Certified teachers, at most six children, lesson videos reviewed weekly by the academic director.',
            '老师持证上岗，每班不超过 6 人，教学总监每周抽查课堂视频。',
          ),
          brand: tx('Qihang Kids STEM — “Real projects, real progress”.', '启航少儿科创——“真作品，真进步”。'),
          packaging: tx('A starter kit and a project passport that records every badge earned.', '入学礼包和记录每枚徽章的“项目护照”。'),
          services: tx(
            'Progress reports, parent classroom every month, competition coaching, make-up lessons within two weeks.',
            '学习报告、每月家长课堂、竞赛辅导、两周内补课。',
          ),
          lifeCycleStrategy: tx(
            'Grow Scratch and Python (growth), harvest Robotics (maturity) with fewer new classes, and build the camp (introduction) as the summer entry point.',
            'Scratch 和 Python 处于成长期，加大投入；机器人搭建进入成熟期，少开新班、以收获为主；假期营处于引入期，打造为暑期入口产品。',
          ),
        },
        price: {
          objective: tx('Hold list prices; win on value and renewal rather than discounts.', '维持标价；靠价值和续费取胜，而不是打折。'),
          method: 'valueBased',
          listPrice: minor(6_480),
          discounts: tx(
            'Sibling package 15% off; renewal gifts instead of price cuts; no package beyond 48 lessons.',
            '二孩课包 85 折；续费送礼品而不降价；课包不超过 48 课时。',
          ),
          promotionalPricing: tx(
            'CNY 9.9 trial class; two free lessons for both families in a referral.',
            '9.9 元体验课；转介绍新老双方各送 2 课时。',
          ),
        },
        place: {
          design: 'direct',
          coverage: tx('Three campuses covering a 5 km radius each; no new campus in 2027.', '三个校区，各覆盖 5 公里半径；2027 年不新开校区。'),
          logistics: tx(
            'Weekday slots from 16:30, weekend slots all day; walking pick-up from four partner schools.',
            '工作日 16:30 起、周末全天排课；与 4 所合作学校之间步行接送。',
          ),
          management: tx(
            'Leads are shared in WeCom by campus; advisors are paid on enrolments and on renewals of their families.',
            '线索按校区在企业微信中分配；顾问提成同时看新报名和所负责家庭的续费。',
          ),
        },
        promotion: {
          audience: tx(
            'Parents of children aged 6–9 and parents of children aged 10–14 within 5 km of the campuses, reached through their class and compound groups.',
            '校区 5 公里内的 6–9 岁孩子家长和 10–14 岁孩子家长，通过班级群和小区群触达。',
          ),
          objectives: tx(
            'Awareness in 120 compounds; 3,200 trial classes; 35% conversion; 72% renewal.',
            '覆盖 120 个小区；3,200 人次体验课；转化率 35%；续费率 72%。',
          ),
          message: tx(
            'Real projects, real progress: see what a child builds in six weeks with us.',
            '真作品，真进步：看看孩子在这里六周能做出什么。',
          ),
          media: ['advertising', 'salesPromotion', 'publicRelations', 'personalSelling', 'directDigital'],
          budget: null,
        },
      },
      budget: { marketingBudget: null, fixedCosts: minor(3_800_000) },
      control: {
        annualPlan: doc(
          p(
            tx(
              'Each month the marketing director compares revenue, new students and renewal rate with the targets; any gap above 10% gets a cause and a corrective action at the monthly meeting.',
              '市场总监每月对照收入、新报名和续费率目标；缺口超过 10% 的指标须在月度会议上说明原因并给出纠正措施。',
            ),
          ),
        ),
        profitability: doc(
          p(
            tx(
              'Gross margin is reviewed per course line and campus each quarter; gifts and discounts are charged to the line that uses them.',
              '每季度按课程线和校区复核毛利；礼品和折扣计入使用它们的课程线。',
            ),
          ),
        ),
        efficiency: doc(
          p(
            tx(
              'Weekly: cost per trial and per new student by channel, 48-hour follow-up rate, group mute and exit rates.',
              '每周：按渠道统计单个体验成本和获客成本、48 小时回访率、社群屏蔽率和退群率。',
            ),
          ),
          ul(
            tx('Pause any ad set above CNY 600 per trial.', '单个体验成本超过 600 元的广告组暂停。'),
            tx('Move money to the channel with the lowest cost per enrolment.', '预算转向获客成本最低的渠道。'),
          ),
        ),
        strategic: doc(
          p(
            tx(
              'Twice a year the principal reviews whether the positioning still holds: NPS, competitor moves, the birth-rate outlook, and whether a fourth campus in Binhu should enter the 2028 plan.',
              '校长每半年复核定位是否仍然成立：NPS、竞争对手动向、出生人口趋势，以及滨湖第四个校区是否进入 2028 年计划。',
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
      ...educationScenarios(kit),
      kpis,
      actualSales: [],
      actualSpend: [],
      actionResults: [],
    },
  };

  // In progress: the year's first three months are reported (as the KPIs' actuals are).
  addSampleActuals(plan, kit, {
    revenueFactors: [1.03, 0.94, 0.97],
    results: [
      { action: 'act.trial', result: ['trial-class sign-ups', '体验课报名'], target: 420, perMonth: [0, 168, 231] },
      { action: 'act.douyin1', result: ['enquiries', '咨询'], target: 900, perMonth: [0, 260, 388] },
    ],
    // The trial follow-up ran over (more advisor hours than planned): the health flags it.
    overruns: ['act.followup'],
  });

  return finishPlan(plan, (budget) =>
    doc(
      p(
        tx(
          'Qihang is the local challenger in children’s coding and STEM in Hefei. In 2027 we grow by converting and keeping more families rather than by cutting prices.',
          '启航是合肥少儿编程与科创市场的挑战者。2027 年我们靠更高的转化和续费增长，而不是降价。',
        ),
      ),
      p(bold(tx('Top objectives', '主要目标'))),
      ol(objectives[0]!.title, objectives[1]!.title, objectives[2]!.title),
      p(
        tx('The marketing budget is ', '营销预算合计 '),
        bold(kit.money(budget.totals.marketing, currency)),
        tx(
          ` (${((budget.totals.marketing / budget.totals.revenue) * 100).toFixed(1)}% of forecast revenue), spent mostly on parent communities, referrals and two local-ad flights in February and August.`,
          `（占预测收入的 ${((budget.totals.marketing / budget.totals.revenue) * 100).toFixed(1)}%），主要用于家长社群、转介绍以及 2 月和 8 月两轮本地广告投放。`,
        ),
      ),
      ul(
        tx('Follow up every trial family within 48 hours.', '体验家庭 48 小时内回访。'),
        tx('Send a progress report after every lesson; call before every renewal.', '每节课后发学习报告；每次续费前致电沟通。'),
        tx('Turn 45 ambassador families into a referral engine.', '把 45 个家长大使家庭变成转介绍引擎。'),
      ),
    ),
  );
}
