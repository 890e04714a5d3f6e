import { sameValue } from '../../state/plan-edits';
import { cellValue, copyCell, emptyValue, parseCell, withCellValue, type CellContext } from './cell-values';
import { parseTsv, toTsv } from './tsv';
import type { GridColumn } from './types';

/** A block of cells in view coordinates (rows as shown, columns as defined), inclusive. */
export type CellRange = { top: number; bottom: number; left: number; right: number };

type Cursor = { rowId: string | null; col: number };

/** The selected block: from the anchor to the active cell, or the active cell alone. */
export function selectionRange(viewRows: readonly { id: string }[], active: Cursor, anchor: Cursor | null, columnCount: number): CellRange {
  const a = Math.max(
    0,
    viewRows.findIndex((r) => r.id === active.rowId),
  );
  const b = anchor
    ? Math.max(
        0,
        viewRows.findIndex((r) => r.id === anchor.rowId),
      )
    : a;
  const maxCol = columnCount - 1;
  const c1 = Math.min(active.col, maxCol);
  const c2 = Math.min(anchor ? anchor.col : active.col, maxCol);
  return { top: Math.min(a, b), bottom: Math.max(a, b), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** The block as spreadsheet text (tab-separated, one line per row), as Excel pastes it. */
export function rangeTsv<R>(viewRows: readonly R[], columns: readonly GridColumn<R>[], range: CellRange, ctx: CellContext): string {
  const out: string[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = viewRows[r]!;
    out.push(columns.slice(range.left, range.right + 1).map((column) => copyCell(column, cellValue(column, row), ctx)));
  }
  return toTsv(out);
}

/**
 * The rows of the block with its cells emptied: the rows that change, and the cells cleared
 * (`<rowId>:<columnId>`, whose unsaved drafts go too). Read-only cells and choices that may not
 * be empty are left as they are.
 */
export function clearedRows<R extends { id: string }>(
  viewRows: readonly R[],
  columns: readonly GridColumn<R>[],
  range: CellRange,
): { changed: R[]; cleared: string[] } {
  const changed: R[] = [];
  const cleared: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    let row = viewRows[r]!;
    let touched = false;
    for (let c = range.left; c <= range.right; c++) {
      const column = columns[c]!;
      if (column.readOnly || ((column.type === 'select' || column.type === 'link') && column.nullable === false)) continue;
      cleared.push(`${row.id}:${column.id}`);
      const value = emptyValue(column);
      if (sameValue(cellValue(column, row), value)) continue;
      row = withCellValue(column, row, value);
      touched = true;
    }
    if (touched) changed.push(row);
  }
  return { changed, cleared };
}

export type PasteResult<R> = {
  /** Existing rows whose cells the paste changed, in order. */
  changed: R[];
  /** New rows the paste needed, in order (they go after the collection's last row). */
  added: R[];
  /** Cells whose text was refused (kept as a draft with its reason) or accepted (draft dropped). */
  drafts: { key: string; problem: { text: string; message: string } | null }[];
  refused: number;
  /** The pasted block's size, and the last row it reached (for the new selection). */
  height: number;
  width: number;
  lastRowId: string;
};

/**
 * A block copied from a spreadsheet, laid over the table from `at`: each cell parsed as its
 * column parses typing, rows added where the block runs past the end (if the table may grow).
 * Pure: the grid saves `changed` and `added` as one undo step and shows the drafts.
 */
export function pasteBlock<R extends { id: string }>(options: {
  text: string;
  at: { rowIndex: number; col: number };
  viewRows: readonly R[];
  columns: readonly GridColumn<R>[];
  ctx: CellContext;
  canAddRow: boolean;
  newRow: () => R;
}): PasteResult<R> | null {
  const { at, viewRows, columns, ctx } = options;
  const matrix = parseTsv(options.text);
  if (matrix.length === 0) return null;
  const result: PasteResult<R> = {
    changed: [],
    added: [],
    drafts: [],
    refused: 0,
    height: matrix.length,
    width: Math.max(...matrix.map((r) => r.length)),
    lastRowId: '',
  };
  matrix.forEach((cells, i) => {
    const existing = viewRows[at.rowIndex + i];
    if (!existing && !options.canAddRow) return;
    let row = existing ?? options.newRow();
    cells.forEach((text, j) => {
      const column = columns[at.col + j];
      if (!column || column.readOnly) return;
      const key = `${row.id}:${column.id}`;
      const parsed = parseCell(column, text, ctx);
      if (!parsed.ok) {
        result.refused++;
        result.drafts.push({ key, problem: { text, message: parsed.message } });
        return;
      }
      result.drafts.push({ key, problem: null });
      row = withCellValue(column, row, parsed.value);
    });
    result.lastRowId = row.id;
    if (!existing) result.added.push(row);
    else if (!sameValue(existing, row)) result.changed.push(row);
  });
  return result;
}

/**
 * A paste of more than this many rows saves an automatic version of the plan first (one undo step
 * undoes it too, but the version survives the session): 20 rows is more than a hand-typed block,
 * less than a month-by-month table or an exported sheet.
 */
export const BULK_PASTE_ROWS = 20;
