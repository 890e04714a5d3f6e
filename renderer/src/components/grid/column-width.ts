import { cellValue, displayCell, isNumericColumn, type CellContext } from './cell-values';
import type { GridColumn } from './types';

// A cell's horizontal padding and border, and the header's room for a sort arrow.
const CELL_CHROME_PX = 24;

/** Wide (East Asian) characters take about two digit widths. */
function textWidthInCh(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

/**
 * The CSS width of a column: its set (or default) minimum in px, and for money and quantities at
 * least the longest value in its rows (and its header), so a number is never cut to look like
 * another one ("1,450,0" for 1,450,000). Measured in `ch` (the width of a digit, as tabular
 * figures are), which the browser resolves in the table's own font.
 */
export function columnWidth<R>(column: GridColumn<R>, rows: readonly R[], ctx: CellContext, minimumPx: number): string {
  if (!isNumericColumn(column)) return `${minimumPx}px`;
  let longest = textWidthInCh(column.header) + (column.unit ? textWidthInCh(column.unit) + 1 : 0) + (column.type === 'money' ? 4 : 0);
  for (const row of rows) {
    const value = cellValue(column, row);
    if (value === null || value === undefined) continue;
    longest = Math.max(longest, textWidthInCh(displayCell(column, value, ctx)));
  }
  for (const value of column.widthSamples ?? []) {
    if (value !== null) longest = Math.max(longest, textWidthInCh(displayCell(column, value, ctx)));
  }
  return `max(${minimumPx}px, calc(${longest + 1}ch + ${CELL_CHROME_PX}px))`;
}
