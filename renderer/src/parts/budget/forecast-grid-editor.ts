import { useMemo, useRef } from 'react';
import { forecastGridMonths, forecastGridRows, type ForecastCellChange, type Month } from '../../../../shared/logic';
import type { GridEditor } from '../../components/grid';
import { useStore } from '../../state/store';
import { changesOf, monthColumnId, type ForecastGridViewRow } from './forecast-grid-changes';

export { monthColumnId, withEdit, type ForecastCellEdit, type ForecastGridViewRow } from './forecast-grid-changes';

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
