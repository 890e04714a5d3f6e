import { useMemo, useRef } from 'react';
import type { ForecastLine } from '../../../../shared/domain';
import { newId } from '../../../../shared/domain/primitives';
import {
  forecastGridMonths,
  forecastGridRows,
  setForecastAmount,
  setForecastUnits,
  type ForecastCellChange,
  type ForecastGridRow,
  type Month,
} from '../../../../shared/logic';
import type { GridEditor } from '../../components/grid';
import { useStore } from '../../state/store';

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

/**
 * The plan's store as the forecast grid sees it: a row's edits become upserts and deletes of the
 * forecast lines, one undo step per commit (a paste or a fill is one step too).
 */
export function useForecastGridEditor(): GridEditor<ForecastGridViewRow> {
  const storeErrors = useStore((s) => s.fieldErrors);
  const lines = useStore((s) => s.plan?.collections.forecastLines);
  const products = useStore((s) => s.plan?.collections.products);
  // A line's refusal (`forecastLines:<lineId>:units`) shown in its cell (`forecastLines:<rowId>:m-<month>`).
  const errorKeys = useMemo(() => {
    const toCell = new Map<string, string>();
    const fromCell = new Map<string, string>();
    const prefix = 'forecastLines:';
    const keys = Object.keys(storeErrors).filter((k) => k.startsWith(prefix));
    if (keys.length > 0 && lines && products) {
      const where = new Map<string, { rowId: string; month: Month }>();
      for (const row of forecastGridRows(lines, products))
        for (const [month, line] of Object.entries(row.lines)) where.set(line.id, { rowId: row.id, month });
      for (const key of keys) {
        const [, lineId = '', field = ''] = key.split(':');
        const at = where.get(lineId);
        if (!at) continue;
        const cell = `${prefix}${at.rowId}:${field === 'units' ? monthColumnId(at.month) : field}`;
        toCell.set(key, cell);
        fromCell.set(cell, key);
      }
    }
    return { toCell, fromCell };
  }, [storeErrors, lines, products]);
  const fieldErrors = useMemo(() => {
    if (errorKeys.toCell.size === 0) return storeErrors;
    const out: Record<string, string> = {};
    for (const [key, message] of Object.entries(storeErrors)) out[errorKeys.toCell.get(key) ?? key] = message;
    return out;
  }, [storeErrors, errorKeys]);
  const cellKeys = useRef(errorKeys.fromCell);
  cellKeys.current = errorKeys.fromCell;
  const methods = useMemo(() => {
    const store = () => useStore.getState();
    const months = () => {
      const plan = store().plan;
      return plan ? forecastGridMonths(plan.meta, plan.collections.forecastLines) : [];
    };
    const save = (changes: readonly ForecastCellChange[]) => {
      if (changes.length === 0) return;
      const s = store();
      s.editBatch(() => {
        for (const change of changes) {
          if (change.kind === 'delete') s.deleteRow('forecastLines', change.lineId);
          else s.upsertRow('forecastLines', change.line, { immediate: true });
        }
      });
    };
    return {
      collection: 'forecastLines' as const,
      commit: (row: ForecastGridViewRow) => save(changesOf(row, months())),
      add: () => undefined,
      // Deleting a product's row clears its forecast; the product stays in the Situation part's table.
      remove: (rowId: string) => {
        const plan = store().plan;
        if (!plan) return;
        const row = forecastGridRows(plan.collections.forecastLines, plan.collections.products).find((r) => r.id === rowId);
        if (row) save(Object.values(row.lines).map((line) => ({ kind: 'delete' as const, lineId: line.id })));
      },
      move: () => undefined,
      settle: () => undefined,
      batch: (run: () => void) => store().editBatch(run),
      deleteImpact: () => [],
      fieldError: (key: string) => store().fieldError(cellKeys.current.get(key) ?? key),
    };
  }, []);
  return useMemo(() => ({ ...methods, fieldErrors }), [methods, fieldErrors]);
}
