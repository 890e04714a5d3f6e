// The keyboard shortcuts dialog end to end: opened from the top bar, ? and F1; its five groups
// (General, Plan, Text; Plan library, Tables) with the keys the app really handles, written as
// Linux and Windows write them and, with a Mac's platform string, as macOS does; aligned, whole
// in the desktop app's default window (1280 × 820); and in Chinese once the interface is.
import { beforeAll, describe, expect, it } from 'vitest';
import { app, browser, call, collectProblems, page, problems, useAppForFile } from './fixtures/app-session';
import { ShortcutsDialogPage } from './pages/shortcuts-dialog';

let shortcuts: ShortcutsDialogPage;

// The desktop app's default window.
useAppForFile({ viewport: { width: 1280, height: 820 } });

beforeAll(async () => {
  // The language set by the fixture applies from the next load.
  await page.reload();
  shortcuts = new ShortcutsDialogPage(page);
});

describe('Keyboard shortcuts dialog', () => {
  it('opens from the top bar with its five groups', async () => {
    await shortcuts.openFromTopBar();
    expect(await shortcuts.groups()).toEqual(['General', 'Plan', 'Text', 'Plan library', 'Tables']);
  });

  it('lists the plan’s keys: the steps, undo and redo, export', async () => {
    expect(await shortcuts.labels('Plan')).toEqual([
      'Previous part',
      'Next part',
      'Back to the plan library',
      'Undo (in a field, its own typing first)',
      'Redo',
      'Export the report',
      'Present the plan full screen',
      'Save a version of the plan',
      'Move the focused card up or down (SWOT, objectives)',
    ]);
    expect(await shortcuts.keys('Present the plan full screen')).toBe('F5');
    expect(await shortcuts.keys('Previous part')).toBe('Alt ↑');
    expect(await shortcuts.keys('Next part')).toBe('Alt ↓');
    expect(await shortcuts.keys('Back to the plan library')).toBe('Alt ← / Esc');
    expect(await shortcuts.keys('Undo (in a field, its own typing first)')).toBe('Ctrl Z');
    expect(await shortcuts.keys('Redo')).toBe('Ctrl Shift Z / Ctrl Y');
    expect(await shortcuts.keys('Export the report')).toBe('Ctrl E');
  });

  it('lists the tables’ keys', async () => {
    const table: [string, string][] = [
      ['Move between cells', '←↑↓→'],
      ['Select a range of cells', 'Shift ←↑↓→'],
      ['Next or previous cell', 'Tab / Shift Tab'],
      ['First or last cell of the row', 'Home / End'],
      ['First or last cell of the table', 'Ctrl Home / Ctrl End'],
      ['Ten rows up or down', 'PgUp / PgDn'],
      ['Edit the cell, or just start typing', 'Enter / F2'],
      ['Tick or untick a yes/no cell', 'Space'],
      ['Keep the edit and move down', 'Enter'],
      ['Cancel the edit, or clear the selection', 'Esc'],
      ['Clear the selected cells', 'Delete / Backspace'],
      ['Copy or cut the selected cells', 'Ctrl C / Ctrl X'],
      ['Paste cells, adding rows as needed', 'Ctrl V'],
      ['Add a row below', 'Ctrl Enter'],
      ['Move the row up or down', 'Alt ↑ / Alt ↓'],
    ];
    expect(await shortcuts.labels('Tables')).toEqual(table.map(([label]) => label));
    for (const [label, keys] of table) expect(await shortcuts.keys(label, 'Tables'), label).toBe(keys);
  });

  it('lists the text’s keys and the general ones', async () => {
    expect(await shortcuts.keys('Bold')).toBe('Ctrl B');
    expect(await shortcuts.keys('Italic')).toBe('Ctrl I');
    expect(await shortcuts.keys('Bulleted list')).toBe('Ctrl Shift 8');
    expect(await shortcuts.keys('Numbered list')).toBe('Ctrl Shift 7');
    expect(await shortcuts.keys('New line in the same paragraph')).toBe('Shift Enter');
    expect(await shortcuts.keys('Show this list')).toBe('? / F1');
    expect(await shortcuts.keys('Search plans')).toBe('/');
  });

  it('lines the key caps and descriptions up in every group, all of it in the window without scrolling', async () => {
    const layout = await shortcuts.layout();
    expect(layout.overflowsSideways).toBe(false);
    expect(layout.scrolls).toBe(false);
    expect(layout.fitsWindow).toBe(true);
    expect(layout.groups).toHaveLength(5);
    for (const group of layout.groups) {
      expect(group.keysLeft).toHaveLength(1);
      expect(group.labelsLeft).toHaveLength(1);
      expect(group.capsOverflow).toBe(false);
    }
  });

  it('closes with Esc, and opens again with ? and F1', async () => {
    await page.keyboard.press('Escape');
    await shortcuts.dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('?');
    await shortcuts.dialog.waitFor();
    await page.keyboard.press('Escape');
    await shortcuts.dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('F1');
    await shortcuts.dialog.waitFor();
    await page.keyboard.press('Escape');
  });

  it('writes the keys as macOS does on a Mac', async () => {
    const mac = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    collectProblems(mac);
    // Runs in the page before the app; the test project's types know no DOM, hence the plain string.
    await mac.addInitScript({ content: "Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });" });
    await mac.goto(app.url);
    const dialog = new ShortcutsDialogPage(mac);
    await dialog.openFromTopBar();
    expect(await dialog.keys('Export the report')).toBe('⌘ E');
    expect(await dialog.keys('Redo')).toBe('⌘ ⇧ Z');
    expect(await dialog.keys('Previous part')).toBe('⌥ ↑');
    expect(await dialog.keys('Clear the selected cells')).toBe('⌫');
    expect(await dialog.keys('Add a row below')).toBe('⌘ Enter');
    await mac.close();
  });

  it('speaks Chinese when the interface does', async () => {
    await call('settings.set', { language: 'zh-CN' });
    await page.reload();
    const zh = new ShortcutsDialogPage(page, '键盘快捷键');
    await zh.openFromTopBar();
    expect(await zh.groups()).toEqual(['通用', '计划', '文本', '计划库', '表格']);
    expect(await zh.keys('导出报告')).toBe('Ctrl E');
    expect(await zh.keys('重做')).toBe('Ctrl Shift Z / Ctrl Y');
    expect(await zh.keys('上移或下移该行')).toBe('Alt ↑ / Alt ↓');
    const layout = await zh.layout();
    expect(layout.overflowsSideways).toBe(false);
    expect(layout.scrolls).toBe(false);
    expect(layout.groups.every((g) => g.keysLeft.length === 1 && g.labelsLeft.length === 1 && !g.capsOverflow)).toBe(true);
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
