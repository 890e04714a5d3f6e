import { useMemo } from 'react';
import type { CollectionName, CollectionRow } from '../../../shared/domain';
import type { GridEditor } from '../components/grid/types';
import { deleteImpact } from './plan-edits';
import { useStore } from './store';
import { getApi } from '../api';

/**
 * The plan's store as a grid sees it, for one collection: every write is a store action (and so a
 * command, with undo), and the refusals are the store's. The methods read the store when called,
 * so they stay the same functions as the plan changes; only a change of the refusals makes a new
 * editor object (the grid re-renders its problems then).
 */
export function useCollectionEditor<C extends CollectionName>(collection: C): GridEditor<CollectionRow<C>> {
  const fieldErrors = useStore((s) => s.fieldErrors);
  const methods = useMemo(() => {
    const store = () => useStore.getState();
    return {
      collection,
      commit: (row: CollectionRow<C>, options?: { keepFresh?: boolean }) =>
        store().upsertRow(collection, row, { immediate: true, ...(options?.keepFresh ? { keepFresh: true } : {}) }),
      add: (row: CollectionRow<C>, index: number, options?: { fresh?: boolean }) =>
        store().upsertRow(collection, row, { index, immediate: true, ...(options?.fresh ? { fresh: true } : {}) }),
      remove: (rowId: string) => store().deleteRow(collection, rowId),
      move: (rowId: string, toIndex: number) => store().moveRow(collection, rowId, toIndex),
      settle: (rowId: string) => store().settleRow(collection, rowId),
      batch: (run: () => void) => store().editBatch(run),
      beforeBulkPaste: () => {
        const plan = store().plan;
        // Sent now, before the paste's writes, on the same ordered channel: it holds the plan as it was.
        if (plan && plan.meta.deletedAt === null) void getApi().invoke('versions.saveAuto', { planId: plan.meta.id, cause: 'paste' });
      },
      deleteImpact: (rowId: string) => {
        const plan = store().plan;
        return plan ? deleteImpact(plan, collection, rowId) : [];
      },
      fieldError: (key: string) => store().fieldError(key),
    };
  }, [collection]);
  return useMemo(() => ({ ...methods, fieldErrors }), [methods, fieldErrors]);
}
