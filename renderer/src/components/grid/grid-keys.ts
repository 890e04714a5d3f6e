import type { ColumnType, GridColumn } from './types';

/** A key as the grid's keyboard layer reads it. */
export type GridKey = { key: string; ctrl: boolean; meta: boolean; alt: boolean; shift: boolean };

/** Where the keyboard is, and what the table allows there. */
export type GridKeyState = {
  rowIndex: number;
  col: number;
  /** The data columns; `col === columns` is the row's actions button. */
  columns: number;
  rows: number;
  /** A row is under the cursor (the table is not empty). */
  hasRow: boolean;
  /** The row was just added and nothing has been typed into it yet. */
  rowUntouched: boolean;
  canAddRow: boolean;
  readOnly: boolean;
  /** The active column's type and whether it is read-only (null on the actions button). */
  columnType: ColumnType | null;
  columnReadOnly: boolean;
};

/** What a key asks of the grid; `none` leaves the key to the browser (Tab out of the table, shortcuts). */
export type GridIntent =
  | { kind: 'none' }
  | { kind: 'go'; rowIndex: number; col: number; extend: boolean }
  | { kind: 'moveRow'; step: 1 | -1 }
  | { kind: 'addRow'; after: number | undefined }
  | { kind: 'edit'; seed: string | null }
  | { kind: 'deleteRow' }
  | { kind: 'clear' }
  | { kind: 'dropRange' };

const NONE: GridIntent = { kind: 'none' };
const PAGE = 10;

/**
 * The spreadsheet keys of a table in navigation mode (no cell being edited), as a pure rule:
 * arrows, Home/End, PageUp/Down and Tab move (Shift extends the selection); Alt+↑/↓ move the
 * row; Enter, F2, Space on a yes/no cell or typing edit; Ctrl/⌘+Enter adds a row; Delete clears
 * (or, on the row's actions, deletes the row); Escape drops the selection.
 */
export function gridKeyIntent(k: GridKey, s: GridKeyState): GridIntent {
  const mod = k.ctrl || k.meta;
  const onActions = s.col === s.columns;
  const last = s.columns - 1;
  const go = (rowIndex: number, col: number, extend = false): GridIntent => ({ kind: 'go', rowIndex, col, extend });
  switch (k.key) {
    case 'ArrowUp':
    case 'ArrowDown':
      if (k.alt && !mod) return { kind: 'moveRow', step: k.key === 'ArrowUp' ? -1 : 1 };
      if (k.alt) return NONE;
      return go(s.rowIndex + (k.key === 'ArrowUp' ? -1 : 1), s.col, k.shift);
    case 'ArrowLeft':
    case 'ArrowRight':
      if (k.alt) return NONE;
      return go(s.rowIndex, s.col + (k.key === 'ArrowLeft' ? -1 : 1), k.shift);
    case 'Home':
    case 'End':
      return go(mod ? (k.key === 'Home' ? 0 : s.rows - 1) : s.rowIndex, k.key === 'Home' ? 0 : last, k.shift);
    case 'PageUp':
    case 'PageDown':
      return go(s.rowIndex + (k.key === 'PageUp' ? -PAGE : PAGE), s.col, k.shift);
    case 'Tab':
      if (!k.shift) {
        if (s.col < last) return go(s.rowIndex, s.col + 1);
        if (s.rowIndex < s.rows - 1) return go(s.rowIndex + 1, 0);
        // Past the last cell a row is added, as in Excel; from a row just added and untouched, Tab leaves the table.
        if (s.hasRow && !onActions && !s.rowUntouched && s.canAddRow && !s.readOnly) return { kind: 'addRow', after: s.rowIndex };
        return NONE;
      }
      if (s.col > 0 && !onActions) return go(s.rowIndex, s.col - 1);
      if (onActions) return go(s.rowIndex, last);
      if (s.rowIndex > 0) return go(s.rowIndex - 1, last);
      return NONE;
    case 'Enter':
      if (mod) return { kind: 'addRow', after: s.rows > 0 ? s.rowIndex : undefined };
      return onActions || !s.hasRow ? NONE : { kind: 'edit', seed: null };
    case 'F2':
      return onActions || !s.hasRow ? NONE : { kind: 'edit', seed: null };
    case 'Delete':
    case 'Backspace':
      if (mod || k.alt) return NONE;
      return onActions && s.hasRow ? { kind: 'deleteRow' } : { kind: 'clear' };
    case 'Escape':
      return { kind: 'dropRange' };
    default:
      break;
  }
  if (onActions || !s.hasRow || mod || k.alt) return NONE;
  if (k.key === ' ' && s.columnType === 'boolean') return { kind: 'edit', seed: null };
  if (k.key.length === 1 || k.key === 'Process') {
    // Typing replaces the cell, as in a spreadsheet: the key becomes the first character. An input
    // method's composition ('Process') starts empty; pickers (dates, links) open without a seed.
    // A yes/no cell holds no text: only Space toggles it, so a stray letter changes nothing.
    if (s.columnType === null || s.columnType === 'boolean' || s.columnReadOnly || s.readOnly) return NONE;
    if (s.columnType === 'date' || s.columnType === 'month' || s.columnType === 'multiLink') return { kind: 'edit', seed: null };
    return { kind: 'edit', seed: k.key === 'Process' ? '' : k.key };
  }
  return NONE;
}

/**
 * Whether typing on a column's cell (not yet editing) starts an edit with what was typed. Pickers
 * (dates, months, many links) open without a seed and a yes/no cell toggles, as the grid's keys say.
 */
export function catchesTyping(column: Pick<GridColumn<never>, 'type' | 'readOnly'>): boolean {
  if (column.readOnly) return false;
  return !['date', 'month', 'multiLink', 'boolean'].includes(column.type);
}
