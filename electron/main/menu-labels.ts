import type { Language } from '../../shared/domain/primitives';

/**
 * The native menu lives in the main process, out of reach of the renderer's i18n resources, so
 * its few strings are kept here. `&` marks the Alt-key mnemonic on Windows and Linux.
 */
export type MenuLabels = {
  appName: string;
  file: string;
  newPlan: string;
  importPlan: string;
  export: string;
  exportDocx: string;
  exportPdf: string;
  exportPlanFile: string;
  closeWindow: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  toggleDarkMode: string;
  reload: string;
  toggleDevTools: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  window: string;
  minimize: string;
  bringAllToFront: string;
  help: string;
  keyboardShortcuts: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  ok: string;
  aboutDetail: (info: { version: string; electron: string; chrome: string; node: string; dataDir: string }) => string;
  shortcutsIntro: string;
};

export const MENU_LABELS: Record<Language, MenuLabels> = {
  en: {
    appName: 'Planwright',
    file: '&File',
    newPlan: 'New Plan',
    importPlan: 'Import Plan…',
    export: 'Export',
    exportDocx: 'Word…',
    exportPdf: 'PDF…',
    exportPlanFile: 'Plan File…',
    closeWindow: 'Close Window',
    quit: 'Quit Planwright',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    toggleDarkMode: 'Toggle Dark Mode',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    window: '&Window',
    minimize: 'Minimize',
    bringAllToFront: 'Bring All to Front',
    help: '&Help',
    keyboardShortcuts: 'Keyboard Shortcuts',
    about: 'About Planwright',
    services: 'Services',
    hide: 'Hide Planwright',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    ok: 'OK',
    aboutDetail: (i) =>
      `Version ${i.version}\nOffline workbench for marketing plans.\n\nElectron ${i.electron} · Chromium ${i.chrome} · Node ${i.node}\nData folder: ${i.dataDir}`,
    shortcutsIntro: 'Shortcuts available everywhere in Planwright:',
  },
  'zh-CN': {
    appName: 'Planwright',
    file: '文件(&F)',
    newPlan: '新建计划',
    importPlan: '导入计划…',
    export: '导出',
    exportDocx: 'Word 文档…',
    exportPdf: 'PDF…',
    exportPlanFile: '计划文件…',
    closeWindow: '关闭窗口',
    quit: '退出 Planwright',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图(&V)',
    toggleDarkMode: '切换深色模式',
    reload: '重新加载',
    toggleDevTools: '切换开发者工具',
    actualSize: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '切换全屏',
    window: '窗口(&W)',
    minimize: '最小化',
    bringAllToFront: '全部置于顶层',
    help: '帮助(&H)',
    keyboardShortcuts: '键盘快捷键',
    about: '关于 Planwright',
    services: '服务',
    hide: '隐藏 Planwright',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
    ok: '确定',
    aboutDetail: (i) =>
      `版本 ${i.version}\n离线的营销计划工作台。\n\nElectron ${i.electron} · Chromium ${i.chrome} · Node ${i.node}\n数据文件夹：${i.dataDir}`,
    shortcutsIntro: '在 Planwright 中随处可用的快捷键：',
  },
};

/** macOS shows no mnemonics: drop "(&F)" and bare "&" markers. */
export function withoutMnemonic(label: string): string {
  return label.replace(/\(&.\)/g, '').replace(/&(.)/g, '$1');
}

/** The menu follows the app's language setting; "follow the system" means the OS locale. */
export function menuLanguage(settingLanguage: unknown, systemLocale: string): Language {
  if (settingLanguage === 'en' || settingLanguage === 'zh-CN') return settingLanguage;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
