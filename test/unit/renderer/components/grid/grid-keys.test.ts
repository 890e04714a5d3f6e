import { describe, expect, it } from 'vitest';
import { gridKeyIntent, type GridKey, type GridKeyState } from '../../../../../renderer/src/components/grid/grid-keys';

const key = (name: string, mods: Partial<Omit<GridKey, 'key'>> = {}): GridKey => ({
  key: name,
  ctrl: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});
/** Row 2 of 5, column 1 of 4 (a text column), in a table that can grow. */
const at = (over: Partial<GridKeyState> = {}): GridKeyState => ({
  rowIndex: 2,
  col: 1,
  columns: 4,
  rows: 5,
  hasRow: true,
  rowUntouched: false,
  canAddRow: true,
  readOnly: false,
  columnType: 'text',
  columnReadOnly: false,
  ...over,
});

describe('the grid keyboard: key + state → intent', () => {
  it.each<[string, GridKey, Partial<GridKeyState>, ReturnType<typeof gridKeyIntent>]>([
    ['↓ moves down', key('ArrowDown'), {}, { kind: 'go', rowIndex: 3, col: 1, extend: false }],
    ['Shift+↑ extends up', key('ArrowUp', { shift: true }), {}, { kind: 'go', rowIndex: 1, col: 1, extend: true }],
    ['Alt+↑ moves the row', key('ArrowUp', { alt: true }), {}, { kind: 'moveRow', step: -1 }],
    ['Ctrl+Alt+↓ is not ours', key('ArrowDown', { alt: true, ctrl: true }), {}, { kind: 'none' }],
    ['→ moves right', key('ArrowRight'), {}, { kind: 'go', rowIndex: 2, col: 2, extend: false }],
    ['Alt+← is the browser’s', key('ArrowLeft', { alt: true }), {}, { kind: 'none' }],
    ['Home goes to the row’s first cell', key('Home'), {}, { kind: 'go', rowIndex: 2, col: 0, extend: false }],
    ['Ctrl+End goes to the last cell', key('End', { ctrl: true }), {}, { kind: 'go', rowIndex: 4, col: 3, extend: false }],
    ['⌘+Home goes to the first cell', key('Home', { meta: true }), {}, { kind: 'go', rowIndex: 0, col: 0, extend: false }],
    ['PageDown jumps ten rows', key('PageDown'), {}, { kind: 'go', rowIndex: 12, col: 1, extend: false }],
    ['Tab moves right', key('Tab'), {}, { kind: 'go', rowIndex: 2, col: 2, extend: false }],
    ['Tab on a row’s last cell wraps', key('Tab'), { col: 3 }, { kind: 'go', rowIndex: 3, col: 0, extend: false }],
    ['Tab on the last cell adds a row', key('Tab'), { col: 3, rowIndex: 4 }, { kind: 'addRow', after: 4 }],
    ['…but from a row just added and untouched, Tab leaves', key('Tab'), { col: 3, rowIndex: 4, rowUntouched: true }, { kind: 'none' }],
    ['…and leaves a table that cannot grow', key('Tab'), { col: 3, rowIndex: 4, canAddRow: false }, { kind: 'none' }],
    ['…or is read-only', key('Tab'), { col: 3, rowIndex: 4, readOnly: true }, { kind: 'none' }],
    ['Shift+Tab moves left', key('Tab', { shift: true }), {}, { kind: 'go', rowIndex: 2, col: 0, extend: false }],
    [
      'Shift+Tab from the actions goes to the last cell',
      key('Tab', { shift: true }),
      { col: 4, columnType: null },
      { kind: 'go', rowIndex: 2, col: 3, extend: false },
    ],
    ['Shift+Tab on a row’s first cell wraps up', key('Tab', { shift: true }), { col: 0 }, { kind: 'go', rowIndex: 1, col: 3, extend: false }],
    ['Shift+Tab on the first cell leaves', key('Tab', { shift: true }), { col: 0, rowIndex: 0 }, { kind: 'none' }],
    ['Enter edits', key('Enter'), {}, { kind: 'edit', seed: null }],
    ['Ctrl+Enter adds a row below', key('Enter', { ctrl: true }), {}, { kind: 'addRow', after: 2 }],
    [
      'Ctrl+Enter in an empty table adds the first row',
      key('Enter', { ctrl: true }),
      { rows: 0, hasRow: false, rowIndex: 0 },
      { kind: 'addRow', after: undefined },
    ],
    ['Enter on the actions is the button’s', key('Enter'), { col: 4, columnType: null }, { kind: 'none' }],
    ['F2 edits', key('F2'), {}, { kind: 'edit', seed: null }],
    ['Delete clears', key('Delete'), {}, { kind: 'clear' }],
    ['Delete on the actions deletes the row', key('Delete'), { col: 4, columnType: null }, { kind: 'deleteRow' }],
    ['Ctrl+Backspace is not ours', key('Backspace', { ctrl: true }), {}, { kind: 'none' }],
    ['Escape drops the selection', key('Escape'), {}, { kind: 'dropRange' }],
    ['typing starts an edit with the key', key('7'), {}, { kind: 'edit', seed: '7' }],
    ['typing Chinese through an input method starts empty', key('Process'), {}, { kind: 'edit', seed: '' }],
    ['typing on a date opens its picker without a seed', key('2'), { columnType: 'date' }, { kind: 'edit', seed: null }],
    ['Space toggles a yes/no cell', key(' '), { columnType: 'boolean' }, { kind: 'edit', seed: null }],
    ['a letter leaves a yes/no cell as it is', key('y'), { columnType: 'boolean' }, { kind: 'none' }],
    ['typing on a read-only column does nothing', key('a'), { columnReadOnly: true }, { kind: 'none' }],
    ['typing in a read-only table does nothing', key('a'), { readOnly: true }, { kind: 'none' }],
    ['Ctrl+C is the clipboard’s', key('c', { ctrl: true }), {}, { kind: 'none' }],
    ['a key in an empty table does nothing', key('a'), { hasRow: false, rows: 0 }, { kind: 'none' }],
    ['Shift alone does nothing', key('Shift', { shift: true }), {}, { kind: 'none' }],
  ])('%s', (_what, k, state, intent) => {
    expect(gridKeyIntent(k, at(state))).toEqual(intent);
  });
});
