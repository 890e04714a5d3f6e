import type { LocaleShape } from '../types';

/**
 * Present mode. `slides` are words of the plan's content and are read in the plan's language;
 * the rest is the presentation's chrome, in the UI's.
 */
export const presentEn = {
  button: 'Present',
  buttonTitle: 'Present this plan full screen (F5)',
  label: 'Presentation of “{{name}}”',
  slideRole: 'slide',
  slideLabel: 'Slide {{number}} of {{total}}',
  counter: '{{number}} / {{total}}',
  more: '+{{count}} more',
  blank: 'Screen blanked. Press any key to come back.',
  notes: 'Notes',
  notesTitle: 'Presenter notes',
  notesShow: 'Show presenter notes (N)',
  notesHide: 'Hide presenter notes (N)',
  notesWindowShow: 'Open the presenter notes window (N)',
  notesWindowHide: 'Close the presenter notes window (N)',
  notesWaiting: 'The notes of the slide being shown appear here.',
  notesSlide: 'Slide {{number}} of {{total}}: {{title}}',
  guidance: 'Guidance for this part',
  health: 'Plan health for this part',
  healthClear: 'No problems or warnings in this part.',
  leave: 'Leave the presentation (Esc)',
  previous: 'Previous slide',
  next: 'Next slide',
  keysHint: '← → move · 1–8 part · B blank · N notes · Esc leave',
  zoom: 'Zoom {{percent}}',
  noPlan: 'Open a plan to present it.',
  slides: {
    quarter: 'Quarter',
  },
};

export const presentZhCN: LocaleShape<typeof presentEn> = {
  button: '演示',
  buttonTitle: '全屏演示此计划（F5）',
  label: '“{{name}}”的演示',
  slideRole: '幻灯片',
  slideLabel: '第 {{number}} 页，共 {{total}} 页',
  counter: '{{number}} / {{total}}',
  more: '另有 {{count}} 项',
  blank: '屏幕已变黑。按任意键返回。',
  notes: '备注',
  notesTitle: '演讲者备注',
  notesShow: '显示演讲者备注（N）',
  notesHide: '隐藏演讲者备注（N）',
  notesWindowShow: '打开演讲者备注窗口（N）',
  notesWindowHide: '关闭演讲者备注窗口（N）',
  notesWaiting: '正在演示的幻灯片的备注会显示在这里。',
  notesSlide: '第 {{number}} 页，共 {{total}} 页：{{title}}',
  guidance: '本部分的写作指导',
  health: '本部分的计划健康检查',
  healthClear: '本部分没有问题或警告。',
  leave: '退出演示（Esc）',
  previous: '上一页',
  next: '下一页',
  keysHint: '← → 翻页 · 1–8 跳到部分 · B 黑屏 · N 备注 · Esc 退出',
  zoom: '缩放 {{percent}}',
  noPlan: '请先打开一个计划，再演示它。',
  slides: {
    quarter: '季度',
  },
};
