import type { ForecastLine } from '../../../../shared/domain';
import { newId } from '../../../../shared/domain/primitives';
import { setForecastAmount, setForecastUnits, type ForecastCellChange, type ForecastGridRow, type Month } from '../../../../shared/logic';

/*
 * The forecast grid's rows as the table edits them, and what their changed cells do to the plan's
 * forecast lines. Pure (no store), so it is unit-tested in Node; forecast-grid-editor.ts saves it.
 */

/** A month's column in the grid (no colon: a cell's error key is `<collection>:<rowId>:<columnId>`). */
export const monthColumnId = (month: Month) => `m-${month}`;

/** A cell the user changed: units, a price or a unit cost, for one month or (month null) the whole row. */
export type ForecastCellEdit = { field: 'units' | 'unitPrice' | 'unitCost'; month: Month | null; value: number | null };

/** A grid row as the table holds it: the derived row, its name, and the cells changed since it was read. */
export type ForecastGridViewRow = ForecastGridRow & { name: string; edits: readonly ForecastCellEdit[] };

export function withEdit(row: ForecastGridViewRow, edit: ForecastCellEdit): ForecastGridViewRow {
  return { ...row, edits: [...row.edits, edit] };
}

/** The changes to the plan's lines that a row's edits make, applied in order (a later cell sees an earlier one's line). */
export function changesOf(row: ForecastGridViewRow, months: readonly Month[]): ForecastCellChange[] {
  let working: ForecastGridRow = row;
  const out: ForecastCellChange[] = [];
  const apply = (change: ForecastCellChange) => {
    const lines: Record<Month, ForecastLine> = { ...working.lines };
    if (change.kind === 'delete') {
      for (const [m, line] of Object.entries(lines)) if (line.id === change.lineId) delete lines[m];
    } else lines[change.line.month] = change.line;
    working = { ...working, lines };
    out.push(change);
  };
  for (const edit of row.edits) {
    if (edit.field === 'units') {
      if (edit.month === null) continue;
      const change = setForecastUnits(working, edit.month, edit.value, newId);
      if (change) apply(change);
      continue;
    }
    // A price or cost cannot be emptied: clearing it leaves it as it was.
    if (edit.value === null) continue;
    for (const change of setForecastAmount(working, edit.field, edit.value, months, edit.month, newId)) apply(change);
    if (edit.month === null) working = { ...working, [edit.field === 'unitPrice' ? 'price' : 'unitCost']: edit.value };
  }
  return out;
}
