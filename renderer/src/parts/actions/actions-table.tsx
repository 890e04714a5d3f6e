import type { OnChangeFn, SortingState } from '@tanstack/react-table';
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Action } from '../../../../shared/domain/actions';
import type { ActionSort, ActionSortKey } from '../../../../shared/logic/action-filters';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { byTitle } from './rows';
import { useCollectionEditor } from '../../state/use-collection-editor';

type ActionsTableProps = {
  /** The rows to show, filtered and sorted (actionView). */
  shown: readonly Action[];
  /** The plan's actions, in plan order: where new rows go. */
  actions: readonly Action[];
  columns: readonly GridColumn<Action>[];
  sort: ActionSort;
  onSort(sort: ActionSort): void;
  newRow: () => Action;
  currency: string;
  readOnly: boolean;
  /** Said in an empty table when the filters hide every action. */
  emptyMessage?: string;
  emptyAction?: ReactNode;
  /** The count and cost line under the heading. */
  summary: ReactNode;
};

/**
 * The actions as a spreadsheet. The rows arrive filtered and sorted; the column headers sort
 * too, through the same view state as the toolbar (ascending, descending, then plan order).
 */
export const ActionsTable = memo(function ActionsTable({
  shown,
  actions,
  columns,
  sort,
  onSort,
  newRow,
  currency,
  readOnly,
  emptyMessage,
  emptyAction,
  summary,
}: ActionsTableProps) {
  const editor = useCollectionEditor('actions');
  const { t } = useTranslation();
  const sorting = useMemo<SortingState>(() => (sort ? [{ id: sort.key, desc: sort.desc }] : []), [sort]);
  const onSortingChange = useCallback<OnChangeFn<SortingState>>(
    (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      // Shift+click asks TanStack for a second sort key; the list sorts by one, the last clicked.
      const last = next[next.length - 1];
      onSort(last ? { key: last.id as ActionSortKey, desc: last.desc } : null);
    },
    [sorting, onSort],
  );
  return (
    <EditableGrid
      editor={editor}
      rows={shown}
      allRows={actions}
      manualSorting
      sorting={sorting}
      onSortingChange={onSortingChange}
      columns={columns}
      label={t('actionsEditor.table')}
      headingLevel={2}
      description={summary}
      newRow={newRow}
      rowName={byTitle}
      currency={currency}
      readOnly={readOnly}
      emptyMessage={emptyMessage}
      emptyAction={emptyAction}
    />
  );
});
