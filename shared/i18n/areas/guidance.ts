import type { LocaleShape } from '../types';

/**
 * The planner's brief on each part page: tips on doing the part well, and a label for each
 * completeness item of shared/logic/completeness.ts (the "3/5" of the step navigator).
 */
export const guidanceEn = {
  tips: {
    summary: {
      a: 'Write it last, when the other parts are drafted: it condenses them, it does not add to them.',
      b: 'Lead with the two or three objectives that matter most, each with its target and deadline.',
      c: 'Name the target segments, the positioning and the few actions that carry the plan.',
      d: 'State the total marketing budget and the result it should buy.',
      e: 'Keep it to one page: management may read nothing else.',
    },
    situation: {
      a: 'Use numbers wherever you can: market size, growth, shares and prices make later targets credible.',
      b: 'Describe segments by their needs, not only by who they are; the strategy will choose among them.',
      c: 'For each competitor, note how they are likely to react to your moves: it shapes your strategy.',
      d: 'Cover all six macro forces, even briefly; a force left out is often where the next threat comes from.',
      e: 'Findings here become the evidence for your SWOT items, so keep each one specific.',
    },
    swot: {
      a: 'Strengths and weaknesses are internal and relative to competitors; opportunities and threats are external.',
      b: 'Score impact and likelihood from 1 to 5 so the biggest threats and opportunities stand out.',
      c: 'Link each item to a finding of the situation analysis as its evidence.',
      d: 'Turn the analysis into cross strategies: SO and ST use strengths, WO and WT fix weaknesses.',
    },
    objectives: {
      a: 'Make every objective SMART: a metric, a baseline, a target, a unit, a deadline and an owner.',
      b: 'Set financial objectives (revenue, profit, ROI) and the marketing objectives that deliver them.',
      c: 'Fewer, sharper objectives beat a long wish list.',
      d: 'List the issues that could block an objective, so the strategy and actions can address them.',
    },
    strategy: {
      a: 'Score each segment on size, growth, competitive intensity and fit before choosing targets.',
      b: 'Write the positioning as one sentence: for whom, which need, which category, which benefit, unlike whom.',
      c: 'Choose a competitive strategy that fits your market position (leader, challenger, follower or nicher).',
      d: 'Keep the 4P consistent with the positioning: price, channel and message should tell the same story.',
    },
    actions: {
      a: 'Each action needs an owner, a start and end date, and a cost.',
      b: 'Link every action to the objectives it serves; an action that serves none is a candidate to drop.',
      c: 'Assign each action to a mix element so the budget can be read by 4P.',
      d: 'Record dependencies so that late actions show what they hold up.',
      e: 'Following a proven method (social media in 7 steps, omnichannel precision marketing, the customer life cycle…)? Attach its playbook under Plan details: each step shows whether the plan covers it and offers suggested actions, KPIs and segments to insert.',
    },
    budget: {
      a: 'Forecast revenue as units × price per month, product by product.',
      b: 'Marketing spend is rolled up from the actions; add manual lines only for costs no action carries.',
      c: 'Compare the total with the budget you were granted and explain the difference.',
      d: 'Check the break-even point: when does the contribution cover the fixed costs?',
    },
    control: {
      a: 'Give each objective at least one KPI, with a target per month or quarter.',
      b: 'Enter actuals as they come in; the variance and status follow.',
      c: 'For every KPI off track, write the cause and the corrective action.',
      d: 'Use the four control kinds: annual-plan, profitability, efficiency and strategic control.',
    },
  },
  items: {
    summary: { narrative: 'Executive summary written' },
    situation: {
      market: 'Market size or description',
      segments: 'At least one segment',
      products: 'At least one product',
      competitors: 'Competitors and our market position',
      channels: 'At least one channel',
      macroForces: 'Macro-environment forces',
      customers: 'Customer base',
    },
    swot: {
      internal: 'Strengths and weaknesses',
      external: 'Opportunities and threats',
      tows: 'At least one TOWS strategy',
    },
    objectives: {
      financial: 'A financial objective',
      marketing: 'A marketing objective',
      issues: 'Issues listed',
    },
    strategy: {
      targeting: 'Target segments chosen',
      positioning: 'Positioning statement',
      product: 'Product decisions',
      price: 'Pricing method or list price',
      place: 'Channel design',
      promotion: 'Promotion audience and message',
    },
    actions: { actions: 'At least one action' },
    budget: { forecast: 'Revenue forecast', marketingBudget: 'Marketing budget granted' },
    control: { kpis: 'At least one KPI', targets: 'KPI targets set' },
  },
} as const;

export const guidanceZhCN: LocaleShape<typeof guidanceEn> = {
  tips: {
    summary: {
      a: '最后再写：等其他部分起草完成后，它是对全文的浓缩，而不是补充。',
      b: '开头先写最重要的两三个目标，每个都写明目标值和期限。',
      c: '写明目标市场、市场定位以及支撑计划的几项关键行动。',
      d: '写明营销预算总额以及预期取得的成果。',
      e: '控制在一页以内：管理层可能只读这一页。',
    },
    situation: {
      a: '尽量用数字说话：市场规模、增长率、份额和价格让后面的目标更可信。',
      b: '描述细分市场时写清他们的需求，而不只是他们是谁；战略部分要在其中做出选择。',
      c: '对每个竞争者，写下他们对我们的举措可能作出的反应：这会影响我们的战略。',
      d: '六种宏观环境因素都要涉及，哪怕只写一句；被忽略的因素往往就是下一个威胁的来源。',
      e: '这里的发现会成为 SWOT 条目的依据，所以每一条都要具体。',
    },
    swot: {
      a: '优势和劣势是内部的、相对于竞争者而言的；机会和威胁来自外部。',
      b: '用 1–5 分评估影响程度和发生可能性，让最大的威胁和机会凸显出来。',
      c: '把每个条目关联到市场营销现状中的一项发现，作为依据。',
      d: '把分析转化为交叉战略：SO 和 ST 发挥优势，WO 和 WT 弥补劣势。',
    },
    objectives: {
      a: '每个目标都要符合 SMART 原则：指标、基准值、目标值、单位、期限和负责人。',
      b: '设定财务目标（收入、利润、投资回报率）以及实现它们的营销目标。',
      c: '少而精的目标胜过一长串愿望清单。',
      d: '列出可能阻碍目标实现的问题，让战略和行动能够加以应对。',
    },
    strategy: {
      a: '先按规模、增长、竞争强度和匹配度给每个细分市场打分，再选择目标市场。',
      b: '用一句话写出定位：为谁、满足什么需求、属于哪个品类、带来什么利益、与谁不同。',
      c: '选择与市场地位（领先者、挑战者、追随者或补缺者）相符的竞争战略。',
      d: '营销组合（4P）要与定位一致：价格、渠道和信息应讲述同一个故事。',
    },
    actions: {
      a: '每项行动都要有负责人、开始和结束日期以及费用。',
      b: '把每项行动关联到它服务的目标；不服务任何目标的行动可以考虑删去。',
      c: '为每项行动指定所属的营销组合要素，以便按 4P 查看预算。',
      d: '记录行动之间的依赖关系，这样延误的行动会显示它拖住了哪些行动。',
      e: '在使用成熟的方法（社交媒体营销七步法、全渠道精准营销、客户生命周期……）？在“计划详情”中附加对应的方法手册：每一步显示计划是否已覆盖，并提供可插入的建议行动、关键指标和细分市场。',
    },
    budget: {
      a: '按产品逐月预测收入：销量 × 单价。',
      b: '营销费用由行动汇总而来；只有没有行动承担的费用才需要手工添加。',
      c: '将总额与批准的预算比较，并说明差额。',
      d: '检查盈亏平衡点：贡献毛益何时能覆盖固定成本？',
    },
    control: {
      a: '每个目标至少设一个 KPI，并按月或按季度设定目标值。',
      b: '随时录入实际值，偏差和状态会自动得出。',
      c: '对每个偏离轨道的 KPI，写明原因和纠正措施。',
      d: '运用四种控制类型：年度计划控制、盈利能力控制、效率控制和战略控制。',
    },
  },
  items: {
    summary: { narrative: '已撰写计划实施概要' },
    situation: {
      market: '市场规模或市场描述',
      segments: '至少一个细分市场',
      products: '至少一个产品',
      competitors: '竞争者及我们的市场地位',
      channels: '至少一个渠道',
      macroForces: '宏观环境因素',
      customers: '客户情况',
    },
    swot: {
      internal: '优势和劣势',
      external: '机会和威胁',
      tows: '至少一项 TOWS 交叉战略',
    },
    objectives: {
      financial: '一个财务目标',
      marketing: '一个营销目标',
      issues: '已列出问题',
    },
    strategy: {
      targeting: '已选择目标市场',
      positioning: '定位陈述',
      product: '产品决策',
      price: '定价方法或标价',
      place: '渠道设计',
      promotion: '促销对象和信息',
    },
    actions: { actions: '至少一项行动' },
    budget: { forecast: '收入预测', marketingBudget: '已批准的营销预算' },
    control: { kpis: '至少一个 KPI', targets: '已设定 KPI 目标值' },
  },
};
