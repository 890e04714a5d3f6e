import type { LocaleShape } from '../types';

/** The Executive summary part's editor (计划实施概要): the narrative, its checks, and the draft from the plan. */
export const summaryEditorEn = {
  narrative: 'Executive summary',
  narrativePlaceholder: 'The main goals and recommendations, on one page, for management to skim…',
  narrativeHint: 'Write it last, once the other parts are drafted.',
  checks: {
    title: 'What management looks for',
    met: 'met',
    notMet: 'not met yet',
    objectives: 'Names the top objectives',
    objectivesNone: 'There are no objectives yet to name.',
    objective: '“{{title}}”',
    budget: 'States the total budget',
    budgetAmount: 'The total budget: {{amount}}',
    budgetNone: 'There is no budget yet to state.',
    empty: 'The summary is empty: write it or insert the draft.',
  },
  draft: {
    title: 'Draft from the plan',
    lead: 'Built from the top objectives, the targets and positioning, the total budget and the key actions. Insert it, then make it your own.',
    language: 'Written in the plan’s language: {{language}}.',
    preview: 'Draft preview',
    insert: 'Insert at end',
    replace: 'Replace',
    replaceTitle: 'Replace the executive summary?',
    replaceBody: 'What you have written will be replaced by the draft. You can undo this.',
    replaceConfirm: 'Replace summary',
    inserted: 'The draft was added at the end of the summary. Undo takes it out again.',
    replacedDone: 'The summary was replaced by the draft. Undo brings back what you had.',
  },
} as const;

export const summaryEditorZhCN: LocaleShape<typeof summaryEditorEn> = {
  narrative: '计划实施概要',
  narrativePlaceholder: '用一页篇幅写明主要目标和建议，方便管理层快速浏览……',
  narrativeHint: '最后再写：等其他部分起草完成后再来。',
  checks: {
    title: '管理层关注的要点',
    met: '已满足',
    notMet: '尚未满足',
    objectives: '写明了最重要的目标',
    objectivesNone: '还没有可写明的目标。',
    objective: '“{{title}}”',
    budget: '写明了总预算',
    budgetAmount: '总预算：{{amount}}',
    budgetNone: '还没有可写明的预算。',
    empty: '概要为空：请撰写，或插入草稿。',
  },
  draft: {
    title: '根据计划生成的草稿',
    lead: '由最重要的目标、目标市场与定位、总预算和主要行动生成。插入后再按需修改。',
    language: '以计划的语言撰写：{{language}}。',
    preview: '草稿预览',
    insert: '插入到末尾',
    replace: '替换',
    replaceTitle: '替换计划实施概要？',
    replaceBody: '已撰写的内容将被草稿替换。此操作可以撤销。',
    replaceConfirm: '替换概要',
    inserted: '草稿已添加到概要末尾。撤销即可移除。',
    replacedDone: '概要已替换为草稿。撤销即可恢复原来的内容。',
  },
};
