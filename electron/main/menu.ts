import { BrowserWindow, Menu, dialog, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL } from '../../shared/contracts/commands';
import type { MenuCommand } from '../../shared/contracts/api';
import { withoutMnemonic, type MenuLabels } from './menu-labels';

export type MenuOptions = {
  labels: MenuLabels;
  platform: string;
  /** Reload and developer tools exist only when running from source. */
  isDev: boolean;
  send(command: MenuCommand): void;
  showShortcuts(): void;
  showAbout(): void;
  /** Only ever run from this menu item: the app makes no network request the user did not ask for. */
  checkForUpdates(): void;
};

type Accelerators = { newPlan: string; undo: string; redo: string };

function accelerators(platform: string): Accelerators {
  return {
    newPlan: 'CmdOrCtrl+N',
    undo: 'CmdOrCtrl+Z',
    // Each platform's habit: Shift+Cmd+Z on macOS, Ctrl+Y on Windows and Linux.
    redo: platform === 'darwin' ? 'Shift+Cmd+Z' : 'Ctrl+Y',
  };
}

/** The application menu as plain data, so its shape can be checked without Electron. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { labels: l, platform, isDev, send } = options;
  const mac = platform === 'darwin';
  const top = (label: string) => (mac ? withoutMnemonic(label) : label);
  const keys = accelerators(platform);
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const about: MenuItemConstructorOptions = { label: l.about, click: () => options.showAbout() };

  const appMenu: MenuItemConstructorOptions = {
    label: l.appName,
    submenu: [
      about,
      separator,
      { role: 'services', label: l.services },
      separator,
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.showAll },
      separator,
      { role: 'quit', label: l.quit },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: top(l.file),
    submenu: [
      { label: l.newPlan, accelerator: keys.newPlan, click: () => send('new-plan') },
      { label: l.importPlan, click: () => send('import-plan-file') },
      separator,
      { label: l.saveVersion, accelerator: 'CmdOrCtrl+Shift+S', click: () => send('save-version') },
      { label: l.versions, click: () => send('versions') },
      separator,
      {
        label: l.export,
        submenu: [
          { label: l.exportDocx, click: () => send('export-docx') },
          { label: l.exportPdf, click: () => send('export-pdf') },
          { label: l.exportPlanFile, click: () => send('export-plan-file') },
        ],
      },
      { label: l.prepareClass, click: () => send('prepare-class') },
      separator,
      { label: l.teamPublish, click: () => send('team-publish') },
      { label: l.teamSync, click: () => send('team-sync') },
      separator,
      { role: 'close', label: l.closeWindow },
      ...(mac ? [] : [{ role: 'quit', label: l.quit } as MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: top(l.edit),
    submenu: [
      // Not role-based: the renderer owns a plan-wide undo history, the field-level one would fight it.
      { label: l.undo, accelerator: keys.undo, click: () => send('undo') },
      { label: l.redo, accelerator: keys.redo, click: () => send('redo') },
      separator,
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: top(l.view),
    submenu: [
      { label: l.present, accelerator: 'F5', click: () => send('present') },
      separator,
      { label: l.toggleDarkMode, click: () => send('toggle-theme') },
      separator,
      ...(isDev
        ? ([{ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.toggleDevTools }, separator] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: l.actualSize },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      separator,
      { role: 'togglefullscreen', label: l.toggleFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: top(l.window),
    submenu: [{ role: 'minimize', label: l.minimize }, separator, { role: 'front', label: l.bringAllToFront }],
  };

  const help: MenuItemConstructorOptions = {
    label: top(l.help),
    // On macOS "About" sits in the app menu, as users expect it there.
    submenu: [
      { label: l.keyboardShortcuts, click: () => options.showShortcuts() },
      { label: l.checkForUpdates, click: () => options.checkForUpdates() },
      ...(mac ? [] : [separator, about]),
    ],
  };

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}

/** The shortcut list shown by Help → Keyboard Shortcuts, in the platform's notation. */
export function shortcutLines(labels: MenuLabels, platform: string): string[] {
  const mac = platform === 'darwin';
  const mod = mac ? '⌘' : 'Ctrl+';
  const shift = mac ? '⇧' : 'Shift+';
  return [
    `${labels.newPlan} — ${mod}N`,
    `${labels.undo} — ${mod}Z`,
    `${labels.redo} — ${mac ? `${shift}${mod}Z` : 'Ctrl+Y'}`,
    `${labels.cut} — ${mod}X`,
    `${labels.copy} — ${mod}C`,
    `${labels.paste} — ${mod}V`,
    `${labels.selectAll} — ${mod}A`,
    `${labels.zoomIn} — ${mod}+`,
    `${labels.zoomOut} — ${mod}-`,
    `${labels.actualSize} — ${mod}0`,
  ].map(withoutMnemonic);
}

/** Menu commands go to the window the user is working in. */
export function sendToFocusedWindow(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (target && !target.isDestroyed()) target.webContents.send(MENU_CHANNEL, command);
}

export function installMenu(options: Omit<MenuOptions, 'send'>): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ ...options, send: sendToFocusedWindow })));
}

export function showShortcutsDialog(labels: MenuLabels, platform: string): void {
  const options = {
    type: 'info' as const,
    title: withoutMnemonic(labels.keyboardShortcuts),
    message: labels.keyboardShortcuts,
    detail: `${labels.shortcutsIntro}\n\n${shortcutLines(labels, platform).join('\n')}`,
    buttons: [labels.ok],
  };
  const parent = BrowserWindow.getFocusedWindow();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

export function showAboutDialog(labels: MenuLabels, detail: string): void {
  const options = { type: 'info' as const, title: labels.about, message: labels.appName, detail, buttons: [labels.ok] };
  const parent = BrowserWindow.getFocusedWindow();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
