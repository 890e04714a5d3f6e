import { useMemo, useRef } from 'react';
import type { ActualSale, ActualSpend } from '../../../../shared/domain';
import { actualsMonthColumn, type ActualChange } from '../../../../shared/logic';
import type { GridEditor } from '../../components/grid';
import { useStore } from '../../state/store';
import { salesChanges, spendChanges, type SalesViewRow, type SpendViewRow } from './actuals-grid-changes';

type Collection = 'actualSales' | 'actualSpend';
type Actual<C extends Collection> = C extends 'actualSales' ? ActualSale : ActualSpend;

/** The grid row an actual sits on: its product, or its action or budget line. */
function rowIdOf(collection: Collection, actual: ActualSale | ActualSpend): string {
  return collection === 'actualSales'
    ? (actual as ActualSale).productId
    : ((actual as ActualSpend).actionId ?? (actual as ActualSpend).budgetLineId ?? '');
}

/**
 * The plan's store as an actuals grid sees it: a row's edited cells become upserts and deletes of
 * the actuals (one undo step per commit, a paste too), and an actual's refusal
 * (`actualSales:<actualId>:units`) shows in its cell (`actualSales:<rowId>:m-<month>`).
 */
function useActualsGridEditor<C extends Collection, R extends { id: string }>(
  collection: C,
  changesOf: (row: R) => ActualChange<Actual<C>>[],
): GridEditor<R> {
  const storeErrors = useStore((s) => s.fieldErrors);
  const actuals = useStore((s) => s.plan?.collections[collection]) as readonly Actual<C>[] | undefined;
  const errorKeys = useMemo(() => {
    const toCell = new Map<string, string>();
    const fromCell = new Map<string, string>();
    const prefix = `${collection}:`;
    const keys = Object.keys(storeErrors).filter((k) => k.startsWith(prefix));
    if (keys.length > 0 && actuals) {
      const byId = new Map(actuals.map((a) => [a.id, a]));
      for (const key of keys) {
        const [, actualId = ''] = key.split(':');
        const actual = byId.get(actualId);
        if (!actual) continue;
        const cell = `${prefix}${rowIdOf(collection, actual)}:${actualsMonthColumn(actual.month)}`;
        toCell.set(key, cell);
        fromCell.set(cell, key);
      }
    }
    return { toCell, fromCell };
  }, [storeErrors, actuals, collection]);
  const fieldErrors = useMemo(() => {
    if (errorKeys.toCell.size === 0) return storeErrors;
    const out: Record<string, string> = {};
    for (const [key, message] of Object.entries(storeErrors)) out[errorKeys.toCell.get(key) ?? key] = message;
    return out;
  }, [storeErrors, errorKeys]);
  const cellKeys = useRef(errorKeys.fromCell);
  cellKeys.current = errorKeys.fromCell;
  const changesRef = useRef(changesOf);
  changesRef.current = changesOf;
  const methods = useMemo(() => {
    const store = () => useStore.getState();
    const save = (changes: readonly ActualChange<Actual<C>>[]) => {
      if (changes.length === 0) return;
      const s = store();
      s.editBatch(() => {
        for (const change of changes) {
          if (change.kind === 'delete') s.deleteRow(collection, change.id);
          else s.upsertRow(collection, change.row as never, { immediate: true });
        }
      });
    };
    return {
      collection,
      commit: (row: R) => save(changesRef.current(row)),
      add: () => undefined,
      // Deleting a row of the grid clears its actuals; the product, action or budget line stays.
      remove: (rowId: string) => {
        const plan = store().plan;
        if (!plan) return;
        const mine = (plan.collections[collection] as unknown as readonly Actual<C>[]).filter((a) => rowIdOf(collection, a) === rowId);
        save(mine.map((a) => ({ kind: 'delete' as const, id: a.id })));
      },
      move: () => undefined,
      settle: () => undefined,
      batch: (run: () => void) => store().editBatch(run),
      deleteImpact: () => [],
      fieldError: (key: string) => store().fieldError(cellKeys.current.get(key) ?? key),
    };
  }, [collection]);
  return useMemo(() => ({ ...methods, fieldErrors }), [methods, fieldErrors]);
}

export function useSalesGridEditor(): GridEditor<SalesViewRow> {
  return useActualsGridEditor('actualSales', salesChanges);
}

export function useSpendGridEditor(): GridEditor<SpendViewRow> {
  return useActualsGridEditor('actualSpend', spendChanges);
}
