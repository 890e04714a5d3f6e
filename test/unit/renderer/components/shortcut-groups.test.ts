import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { zhCN } from '../../../../shared/i18n/zh-CN';
import { isMacPlatform, shortcutGroups } from '../../../../renderer/src/components/shortcut-groups';

const keysOf = (mac: boolean, label: string) =>
  shortcutGroups(mac)
    .flatMap((g) => g.rows)
    .find((r) => r.label === label)!
    .combos.map((c) => c.join('+'));

describe('shortcutGroups', () => {
  it('groups the shortcuts as General, Plan library, Plan, Tables and Text', () => {
    expect(shortcutGroups(false).map((g) => g.name)).toEqual(['general', 'library', 'plan', 'tables', 'text']);
    expect(shortcutGroups(false).map((g) => en.shortcuts.groups[g.name])).toEqual(['General', 'Plan library', 'Plan', 'Tables', 'Text']);
  });

  it('lists the same shortcuts on every platform, each once, each with its keys and both languages’ text', () => {
    const labels = (mac: boolean) => shortcutGroups(mac).map((g) => [g.name, g.rows.map((r) => r.label)]);
    expect(labels(true)).toEqual(labels(false));
    const all = shortcutGroups(false).flatMap((g) => g.rows.map((r) => r.label));
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(en.shortcuts.keys).sort()).toEqual([...all].sort());
    for (const mac of [true, false]) {
      for (const row of shortcutGroups(mac).flatMap((g) => g.rows)) {
        expect(row.combos.length, row.label).toBeGreaterThan(0);
        expect(
          row.combos.every((c) => c.length > 0 && c.every((k) => k.trim().length > 0)),
          row.label,
        ).toBe(true);
        expect(zhCN.shortcuts.keys[row.label].length, row.label).toBeGreaterThan(0);
      }
    }
  });

  it('writes ⌘ ⇧ ⌥ on macOS and Ctrl, Shift, Alt elsewhere', () => {
    expect(keysOf(false, 'exportReport')).toEqual(['Ctrl+E']);
    expect(keysOf(true, 'exportReport')).toEqual(['⌘+E']);
    expect(keysOf(false, 'saveVersion')).toEqual(['Ctrl+Shift+S']);
    expect(keysOf(true, 'saveVersion')).toEqual(['⌘+⇧+S']);
    expect(keysOf(false, 'redo')).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(keysOf(true, 'redo')).toEqual(['⌘+⇧+Z']);
    expect(keysOf(false, 'rowMove')).toEqual(['Alt+↑', 'Alt+↓']);
    expect(keysOf(true, 'rowMove')).toEqual(['⌥+↑', '⌥+↓']);
    expect(keysOf(true, 'cellClear')).toEqual(['⌫']);
    const macKeys = shortcutGroups(true).flatMap((g) => g.rows.flatMap((r) => r.combos.flat()));
    const otherKeys = shortcutGroups(false).flatMap((g) => g.rows.flatMap((r) => r.combos.flat()));
    expect(macKeys.filter((k) => ['Ctrl', 'Shift', 'Alt'].includes(k))).toEqual([]);
    expect(otherKeys.filter((k) => ['⌘', '⇧', '⌥', '⌫'].includes(k))).toEqual([]);
  });

  it('tells macOS by its platform string', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('iPad')).toBe(true);
    expect(isMacPlatform('Win32')).toBe(false);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
