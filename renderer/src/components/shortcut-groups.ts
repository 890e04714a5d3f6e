/**
 * Every shortcut the app really has, grouped as the shortcuts dialog shows them, in the
 * platform's notation (⌘ ⇧ ⌥ ⌫ on macOS). Where each is handled:
 * - General: app.tsx (? and F1), components/modal.tsx (Esc).
 * - Plan library: library/plan-table.tsx, library/library-screen.tsx (/).
 * - Plan: workspace/plan-workspace.tsx (Alt+↑/↓, Alt+←, Esc), hooks/use-undo-shortcuts.ts,
 *   export/export-host.tsx (Ctrl/Cmd+E), versions/versions-host.tsx (Ctrl/Cmd+Shift+S), the SWOT, TOWS and objective cards (Alt+↑/↓).
 * - Present mode: present/present-host.tsx (F5); the slides' own keys are in present/present-keys.ts
 *   and listed in the presenter notes.
 * - Tables: components/grid/editable-grid.tsx and cell-editor.tsx.
 * - Text: components/rich-text/rich-text-editor.tsx (Tiptap's marks, lists and hard break).
 */
import type { LocaleResource } from '../../../shared/i18n';

export type ShortcutGroupName = keyof LocaleResource['shortcuts']['groups'];
export type ShortcutLabel = keyof LocaleResource['shortcuts']['keys'];
/** The keys pressed together. */
export type Combo = readonly string[];
/** `combos`: the ways of pressing it (Ctrl+Shift+Z or Ctrl+Y). */
export type ShortcutRow = { label: ShortcutLabel; combos: readonly Combo[] };
export type ShortcutGroup = { name: ShortcutGroupName; rows: readonly ShortcutRow[] };

export function isMacPlatform(platform: string): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

export function shortcutGroups(mac: boolean): ShortcutGroup[] {
  const mod = mac ? '⌘' : 'Ctrl';
  const shift = mac ? '⇧' : 'Shift';
  const alt = mac ? '⌥' : 'Alt';
  // The Mac's "delete" key is Backspace; both keys act the same everywhere they are handled.
  const erase: Combo[] = mac ? [['⌫']] : [['Delete'], ['Backspace']];
  const arrows = '←↑↓→';
  return [
    {
      name: 'general',
      rows: [
        { label: 'help', combos: [['?'], ['F1']] },
        { label: 'closeDialog', combos: [['Esc']] },
      ],
    },
    {
      name: 'library',
      rows: [
        { label: 'rowsMove', combos: [['↑'], ['↓']] },
        { label: 'rowOpen', combos: [['Enter']] },
        { label: 'rowRename', combos: [['F2']] },
        { label: 'rowTrash', combos: erase },
        { label: 'search', combos: [['/']] },
      ],
    },
    {
      name: 'plan',
      rows: [
        { label: 'partPrev', combos: [[alt, '↑']] },
        { label: 'partNext', combos: [[alt, '↓']] },
        { label: 'back', combos: [[alt, '←'], ['Esc']] },
        { label: 'undo', combos: [[mod, 'Z']] },
        {
          label: 'redo',
          combos: mac
            ? [[mod, shift, 'Z']]
            : [
                [mod, shift, 'Z'],
                [mod, 'Y'],
              ],
        },
        { label: 'exportReport', combos: [[mod, 'E']] },
        { label: 'present', combos: [['F5']] },
        { label: 'saveVersion', combos: [[mod, shift, 'S']] },
        {
          label: 'cardMove',
          combos: [
            [alt, '↑'],
            [alt, '↓'],
          ],
        },
      ],
    },
    {
      name: 'tables',
      rows: [
        { label: 'cellMove', combos: [[arrows]] },
        { label: 'cellSelect', combos: [[shift, arrows]] },
        { label: 'cellNext', combos: [['Tab'], [shift, 'Tab']] },
        { label: 'rowEnds', combos: [['Home'], ['End']] },
        {
          label: 'tableEnds',
          combos: [
            [mod, 'Home'],
            [mod, 'End'],
          ],
        },
        { label: 'pageMove', combos: [['PgUp'], ['PgDn']] },
        { label: 'cellEdit', combos: [['Enter'], ['F2']] },
        { label: 'cellToggle', combos: [['Space']] },
        { label: 'editCommit', combos: [['Enter']] },
        { label: 'editCancel', combos: [['Esc']] },
        { label: 'cellClear', combos: erase },
        {
          label: 'cellCopy',
          combos: [
            [mod, 'C'],
            [mod, 'X'],
          ],
        },
        { label: 'cellPaste', combos: [[mod, 'V']] },
        { label: 'rowAdd', combos: [[mod, 'Enter']] },
        {
          label: 'rowMove',
          combos: [
            [alt, '↑'],
            [alt, '↓'],
          ],
        },
      ],
    },
    {
      name: 'text',
      rows: [
        { label: 'bold', combos: [[mod, 'B']] },
        { label: 'italic', combos: [[mod, 'I']] },
        { label: 'bulletList', combos: [[mod, shift, '8']] },
        { label: 'orderedList', combos: [[mod, shift, '7']] },
        { label: 'lineBreak', combos: [[shift, 'Enter']] },
        { label: 'leaveText', combos: [['Tab']] },
      ],
    },
  ];
}
