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
  saveVersion: string;
  versions: string;
  export: string;
  exportDocx: string;
  exportPdf: string;
  exportPlanFile: string;
  /** File → Prepare for Class…: one plan file per participant. */
  prepareClass: string;
  /** File → Publish to Team…: the open plan (or the library's selected one) to the team library. */
  teamPublish: string;
  /** File → Sync with Team: every linked plan, both ways. */
  teamSync: string;
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
  /** View → Present: the open plan full screen (F5). */
  present: string;
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
  checkForUpdates: string;
  updates: UpdateLabels;
};

/** What Help → Check for Updates… says at each step. */
export type UpdateLabels = {
  title: string;
  onlyInstalled: string;
  checking: string;
  upToDate: (version: string) => string;
  available: (version: string, current: string) => string;
  download: string;
  later: string;
  downloaded: (version: string) => string;
  restartNow: string;
  failed: (reason: string) => string;
};

export const MENU_LABELS: Record<Language, MenuLabels> = {
  en: {
    appName: 'Planwright',
    file: '&File',
    newPlan: 'New Plan',
    importPlan: 'Import Plan…',
    saveVersion: 'Save Version…',
    versions: 'Versions…',
    export: 'Export',
    exportDocx: 'Word…',
    exportPdf: 'PDF…',
    exportPlanFile: 'Plan File…',
    prepareClass: 'Prepare for Class…',
    teamPublish: 'Publish to Team…',
    teamSync: 'Sync with Team',
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
    present: 'Present',
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
    checkForUpdates: 'Check for Updates…',
    updates: {
      title: 'Software Update',
      onlyInstalled: 'Updates are checked by the installed app. This copy runs from source: update it with git pull and npm install.',
      checking: 'Checking for updates…',
      upToDate: (v) => `Planwright ${v} is the latest version.`,
      available: (v, current) => `Planwright ${v} is available (you have ${current}). Download and install it?`,
      download: 'Download',
      later: 'Later',
      downloaded: (v) => `Planwright ${v} has been downloaded. Restart now to install it? Your plans are saved.`,
      restartNow: 'Restart Now',
      failed: (reason) => `Could not check for updates: ${reason}. Nothing was changed; you can try again later.`,
    },
  },
  'zh-CN': {
    appName: 'Planwright',
    file: '文件(&F)',
    newPlan: '新建计划',
    importPlan: '导入计划…',
    saveVersion: '保存版本…',
    versions: '版本…',
    export: '导出',
    exportDocx: 'Word 文档…',
    exportPdf: 'PDF…',
    exportPlanFile: '计划文件…',
    prepareClass: '准备课堂材料…',
    teamPublish: '发布到团队…',
    teamSync: '与团队同步',
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
    present: '演示',
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
    checkForUpdates: '检查更新…',
    updates: {
      title: '软件更新',
      onlyInstalled: '只有安装版会检查更新。当前是从源代码运行的副本：请用 git pull 和 npm install 更新。',
      checking: '正在检查更新…',
      upToDate: (v) => `Planwright ${v} 已是最新版本。`,
      available: (v, current) => `Planwright ${v} 已发布（当前为 ${current}）。要下载并安装吗？`,
      download: '下载',
      later: '以后再说',
      downloaded: (v) => `Planwright ${v} 已下载。现在重新启动以完成安装吗？您的计划均已保存。`,
      restartNow: '立即重新启动',
      failed: (reason) => `无法检查更新：${reason}。没有做任何更改，您可以稍后再试。`,
    },
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
