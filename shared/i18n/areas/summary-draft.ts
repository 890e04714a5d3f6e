import type { LocaleShape } from '../types';

/** The sentences of the drafted executive summary (shared/logic/summary-draft.ts). */
export const summaryDraftEn = {
  purpose: '{{name}}: the marketing plan for {{client}}, from {{start}} to {{end}}.',
  purposeNoClient: '{{name}}: the marketing plan from {{start}} to {{end}}.',
  objectivesHeading: 'Main objectives',
  objective: '{{title}}: {{target}} by {{deadline}}',
  objectiveTarget: '{{title}}: {{target}}',
  objectiveDeadline: '{{title}}, by {{deadline}}',
  targetWithUnit: '{{value}} {{unit}}',
  strategy: 'Strategy: we target {{segments}}. Positioning: {{statement}}',
  strategySegments: 'Strategy: we target {{segments}}.',
  strategyPositioning: 'Positioning: {{statement}}',
  budget: 'The marketing budget is {{budget}}; the actions and budget lines plan {{spend}}.',
  spend: 'Planned marketing spend totals {{spend}}.',
  forecast: 'Projected revenue is {{revenue}}, for a contribution of {{contribution}}.',
  actionsHeading: 'Key actions',
  action: '{{title}} ({{dates}}): {{cost}}',
  actionUndated: '{{title}} (no dates yet): {{cost}}',
  draft: 'Draft from the plan',
  replaceConfirm: 'Replace the current summary with a new draft?',
} as const;

export const summaryDraftZhCN: LocaleShape<typeof summaryDraftEn> = {
  purpose: '《{{name}}》：{{client}}的市场营销计划，期间为 {{start}} 至 {{end}}。',
  purposeNoClient: '《{{name}}》：市场营销计划，期间为 {{start}} 至 {{end}}。',
  objectivesHeading: '主要目标',
  objective: '{{title}}：{{deadline}}前达到 {{target}}',
  objectiveTarget: '{{title}}：达到 {{target}}',
  objectiveDeadline: '{{title}}，截止 {{deadline}}',
  targetWithUnit: '{{value}} {{unit}}',
  strategy: '市场营销战略：以{{segments}}为目标市场。市场定位：{{statement}}',
  strategySegments: '市场营销战略：以{{segments}}为目标市场。',
  strategyPositioning: '市场定位：{{statement}}',
  budget: '市场营销预算为 {{budget}}；行动方案和预算明细计划支出 {{spend}}。',
  spend: '计划市场营销支出合计 {{spend}}。',
  forecast: '预计销售收入 {{revenue}}，边际贡献 {{contribution}}。',
  actionsHeading: '主要行动',
  action: '{{title}}（{{dates}}）：{{cost}}',
  actionUndated: '{{title}}（尚无日期）：{{cost}}',
  draft: '根据计划起草',
  replaceConfirm: '用新的草稿替换当前概要吗？',
};
