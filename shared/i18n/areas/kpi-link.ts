import type { LocaleShape } from '../types';

/** A KPI's targets linked to the revenue forecast (Control part): linking, the linked state, unlinking. */
export const kpiLinkEn = {
  mode: 'How',
  modes: { copy: 'Copy the values as they are now', link: 'Link: the targets follow the forecast' },
  linkHint: 'A linked KPI’s targets change whenever the forecast does; they are never typed or stored.',
  submitLink: 'Link the targets',
  linkedDone: 'The targets now follow the forecast.',
  linked: 'Targets linked to the forecast: {{measure}} of {{scope}}.',
  measures: { units: 'units sold', revenue: 'revenue' },
  allProducts: 'all products',
  unlink: 'Unlink and keep the current values',
  unlinkedDone: 'Unlinked: the forecast’s current targets were copied in.',
  tag: 'Linked',
  targetLinked: '{{label}} (follows the forecast)',
} as const;

export const kpiLinkZhCN: LocaleShape<typeof kpiLinkEn> = {
  mode: '方式',
  modes: { copy: '按当前数值复制', link: '关联：目标值随预测变化' },
  linkHint: '关联后，KPI 的目标值随收入预测自动变化，不需要也不会单独保存。',
  submitLink: '关联目标值',
  linkedDone: '目标值现已随预测变化。',
  linked: '目标值已关联收入预测：{{scope}}的{{measure}}。',
  measures: { units: '销量', revenue: '收入' },
  allProducts: '全部产品',
  unlink: '取消关联并保留当前数值',
  unlinkedDone: '已取消关联：预测的当前目标值已复制。',
  tag: '已关联',
  targetLinked: '{{label}}（随预测变化）',
};
