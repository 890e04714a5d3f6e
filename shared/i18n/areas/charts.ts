import type { LocaleShape } from '../types';

/**
 * Series, axis and legend names of the charts (shared/charts), and the text alternative each
 * chart carries: the app reads it to screen readers and the Word report uses it as alt text.
 */
export const chartsEn = {
  mix: { product: 'Product', price: 'Price', place: 'Place', promotion: 'Promotion', unassigned: 'Unassigned' },
  actionStatus: { planned: 'Planned', inProgress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
  kpiStatus: { onTrack: 'On track', atRisk: 'At risk', offTrack: 'Off track', noData: 'No data' },
  series: {
    marketing: 'Marketing spend',
    revenue: 'Revenue',
    cogs: 'Cost of goods sold',
    grossMargin: 'Gross margin',
    contribution: 'Contribution',
    target: 'Target',
    plan: 'Plan',
    actual: 'Actual',
    fixedCosts: 'Fixed costs',
    profit: 'Profit',
  },
  breakEven: 'Break-even',
  notWithinPeriod: 'not within the plan period',
  quarter: 'Q{{n}} {{year}}',
  metricWithUnit: '{{metric}} ({{unit}})',
  item: '{{label}}: {{value}}',
  none: 'none',
  timelineMore_one: '{{count}} more action is not shown.',
  timelineMore_other: '{{count}} more actions are not shown.',
  tooltipCost: 'Cost',
  description: {
    budgetByMix: 'Bar chart of marketing spend by marketing-mix element: {{items}}. Total {{total}}.',
    monthlySpend:
      'Stacked bar chart of marketing spend per month, {{first}} to {{last}}, by marketing-mix element. Total {{total}}; highest month {{peakMonth}} with {{peak}}.',
    revenueForecast:
      'Bar chart of revenue per month, {{first}} to {{last}}, split into cost of goods sold and gross margin, with contribution as a line. Revenue {{revenue}}, gross margin {{grossMargin}}, contribution {{contribution}}.',
    moneyOverTime:
      'Line chart of cumulative revenue, cost of goods sold, marketing spend and contribution, {{first}} to {{last}}. By the end: revenue {{revenue}}, contribution {{contribution}}. Break-even: {{breakEven}}.',
    timeline: 'Timeline of the actions from {{first}} to {{last}}, {{count}} in all: {{statuses}}.',
    timelineMore: 'Timeline of the actions from {{first}} to {{last}}, the first {{shown}} of {{count}}: {{statuses}}.',
    kpi: 'Chart of {{metric}}, target as a line and actual as bars per period: {{items}}.',
    kpiPeriod: '{{period}} target {{target}}, actual {{actual}} ({{status}})',
    statusCount: { planned: '{{count}} planned', inProgress: '{{count}} in progress', done: '{{count}} done', cancelled: '{{count}} cancelled' },
    scenarios: 'Bar chart of revenue, contribution and profit for the base case and each scenario: {{items}}.',
    scenarioItem: '{{name}}: revenue {{revenue}}, profit {{profit}}',
    empty: 'No data yet.',
  },
} as const;

export const chartsZhCN: LocaleShape<typeof chartsEn> = {
  mix: { product: '产品', price: '价格', place: '渠道', promotion: '促销', unassigned: '未分配' },
  actionStatus: { planned: '计划中', inProgress: '进行中', done: '已完成', cancelled: '已取消' },
  kpiStatus: { onTrack: '正常', atRisk: '有风险', offTrack: '落后', noData: '无数据' },
  series: {
    marketing: '营销费用',
    revenue: '收入',
    cogs: '销售成本',
    grossMargin: '毛利',
    contribution: '边际贡献',
    target: '目标',
    plan: '计划',
    actual: '实际',
    fixedCosts: '固定成本',
    profit: '利润',
  },
  breakEven: '盈亏平衡',
  notWithinPeriod: '计划期内未达到',
  quarter: '{{year}}年第{{n}}季度',
  metricWithUnit: '{{metric}}（{{unit}}）',
  item: '{{label}}：{{value}}',
  none: '无',
  timelineMore_one: '另有 {{count}} 项行动未显示。',
  timelineMore_other: '另有 {{count}} 项行动未显示。',
  tooltipCost: '成本',
  description: {
    budgetByMix: '条形图：按营销组合要素划分的营销费用，{{items}}。合计 {{total}}。',
    monthlySpend: '堆叠柱状图：{{first}}至{{last}}每月的营销费用，按营销组合要素划分。合计 {{total}}；最高为{{peakMonth}}，{{peak}}。',
    revenueForecast:
      '柱状图：{{first}}至{{last}}每月的收入，分为销售成本和毛利，折线为边际贡献。收入 {{revenue}}，毛利 {{grossMargin}}，边际贡献 {{contribution}}。',
    moneyOverTime:
      '折线图：{{first}}至{{last}}累计的收入、销售成本、营销费用和边际贡献。期末收入 {{revenue}}，边际贡献 {{contribution}}。盈亏平衡：{{breakEven}}。',
    timeline: '时间线：{{first}}至{{last}}的行动，共 {{count}} 项，{{statuses}}。',
    timelineMore: '时间线：{{first}}至{{last}}的行动，共 {{count}} 项，显示前 {{shown}} 项，{{statuses}}。',
    kpi: '{{metric}}图：折线为各期目标，柱为实际，{{items}}。',
    kpiPeriod: '{{period}}目标 {{target}}，实际 {{actual}}（{{status}}）',
    statusCount: { planned: '计划中 {{count}} 项', inProgress: '进行中 {{count}} 项', done: '已完成 {{count}} 项', cancelled: '已取消 {{count}} 项' },
    scenarios: '柱状图：基准情形和各情景的收入、边际贡献和利润，{{items}}。',
    scenarioItem: '{{name}}：收入 {{revenue}}，利润 {{profit}}',
    empty: '暂无数据。',
  },
};
