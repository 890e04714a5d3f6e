import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);

const { buildMenuTemplate, sendToFocusedWindow, shortcutLines } = await import('../../../../electron/main/menu');
const { MENU_LABELS, menuLanguage, withoutMnemonic } = await import('../../../../electron/main/menu-labels');

type Item = MenuItemConstructorOptions;

function template(platform = 'linux', isDev = false, language: 'en' | 'zh-CN' = 'en') {
  const send = vi.fn();
  const showShortcuts = vi.fn();
  const showAbout = vi.fn();
  const checkForUpdates = vi.fn();
  const menu = buildMenuTemplate({ labels: MENU_LABELS[language], platform, isDev, send, showShortcuts, showAbout, checkForUpdates });
  return { menu, send, showShortcuts, showAbout, checkForUpdates };
}

function find(items: Item[], label: string): Item {
  for (const item of items) {
    if (item.label === label) return item;
    if (Array.isArray(item.submenu)) {
      try {
        return find(item.submenu as Item[], label);
      } catch {
        // keep looking
      }
    }
  }
  throw new Error(`no menu item "${label}"`);
}

function click(item: Item) {
  (item.click as () => void)();
}

beforeEach(() => resetElectronMock());

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(template('win32').menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('has the app menu first and no mnemonics on macOS', () => {
    expect(template('darwin').menu.map((m) => m.label)).toEqual(['Planwright', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends each command to the renderer', () => {
    const { menu, send } = template();
    for (const [label, command] of [
      ['New Plan', 'new-plan'],
      ['Import Plan…', 'import-plan-file'],
      ['Save Version…', 'save-version'],
      ['Versions…', 'versions'],
      ['Word…', 'export-docx'],
      ['PDF…', 'export-pdf'],
      ['Plan File…', 'export-plan-file'],
      ['Prepare for Class…', 'prepare-class'],
      ['Publish to Team…', 'team-publish'],
      ['Sync with Team', 'team-sync'],
      ['Undo', 'undo'],
      ['Redo', 'redo'],
      ['Toggle Dark Mode', 'toggle-theme'],
      ['Present', 'present'],
    ]) {
      send.mockClear();
      click(find(menu, label!));
      expect(send.mock.calls, label).toEqual([[command]]);
    }
  });

  it('gives New Plan Ctrl/Cmd+N and leaves undo to the app, not to a role', () => {
    const { menu } = template();
    expect(find(menu, 'New Plan').accelerator).toBe('CmdOrCtrl+N');
    expect(find(menu, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(find(menu, 'Undo').role).toBeUndefined();
    expect(find(menu, 'Redo').role).toBeUndefined();
    expect(find(menu, 'Copy').role).toBe('copy');
  });

  it('gives View → Present the presenters’ F5', () => {
    const { menu } = template();
    expect(find(menu, 'Present').accelerator).toBe('F5');
  });

  it('offers reload and developer tools only in development', () => {
    const labels = (items: Item[]): string[] =>
      items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu as Item[]) : [])]);
    expect(labels(template('linux', false).menu)).not.toContain('Toggle Developer Tools');
    expect(labels(template('linux', false).menu)).not.toContain('Reload');
    expect(labels(template('linux', true).menu)).toEqual(expect.arrayContaining(['Toggle Developer Tools', 'Reload']));
  });

  it('opens the shortcuts and about dialogs from Help', () => {
    const { menu, showShortcuts, showAbout } = template();
    click(find(menu, 'Keyboard Shortcuts'));
    click(find(menu, 'About Planwright'));
    expect(showShortcuts).toHaveBeenCalledTimes(1);
    expect(showAbout).toHaveBeenCalledTimes(1);
  });

  it('checks for updates only when Help → Check for Updates… is clicked', () => {
    for (const platform of ['linux', 'darwin', 'win32']) {
      const { menu, checkForUpdates } = template(platform);
      expect(checkForUpdates).not.toHaveBeenCalled();
      click(find(menu, 'Check for Updates…'));
      expect(checkForUpdates, platform).toHaveBeenCalledTimes(1);
    }
  });

  it('is in Chinese when the language is zh-CN', () => {
    const { menu, send } = template('linux', false, 'zh-CN');
    expect(menu.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    click(find(menu, '新建计划'));
    expect(send).toHaveBeenCalledWith('new-plan');
  });

  it('sends menu commands to the focused window on the planwright:menu channel', () => {
    const other = new FakeBrowserWindow({});
    const focused = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = focused;
    sendToFocusedWindow('export-pdf');
    expect(focused.webContents.send.mock.calls).toEqual([['planwright:menu', 'export-pdf']]);
    expect(other.webContents.send).not.toHaveBeenCalled();
  });
});

describe('menu labels', () => {
  it('exist in both languages for every key, and are translated', () => {
    const en = MENU_LABELS.en;
    const zh = MENU_LABELS['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (typeof en[key] === 'string') expect(String(zh[key]).length, key).toBeGreaterThan(0);
    }
    expect(zh.newPlan).not.toBe(en.newPlan);
    expect(zh.aboutDetail({ version: '1', electron: '2', chrome: '3', node: '4', dataDir: '/d' })).toContain('数据文件夹');
  });

  it('follow the setting, else the system locale', () => {
    expect(menuLanguage('zh-CN', 'en-US')).toBe('zh-CN');
    expect(menuLanguage('en', 'zh-CN')).toBe('en');
    expect(menuLanguage(null, 'zh-CN')).toBe('zh-CN');
    expect(menuLanguage(null, 'zh')).toBe('zh-CN');
    expect(menuLanguage(null, 'fr-FR')).toBe('en');
    expect(menuLanguage('klingon', 'fr-FR')).toBe('en');
  });

  it('lose their mnemonic markers where a platform shows none', () => {
    expect(withoutMnemonic('&File')).toBe('File');
    expect(withoutMnemonic('文件(&F)')).toBe('文件');
    expect(shortcutLines(MENU_LABELS.en, 'darwin')[0]).toBe('New Plan — ⌘N');
    expect(shortcutLines(MENU_LABELS.en, 'win32')[2]).toBe('Redo — Ctrl+Y');
  });
});
