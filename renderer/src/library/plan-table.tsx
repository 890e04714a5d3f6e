import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { PlanSummary } from '../../../shared/contracts/views';
import { useNow } from '../hooks/use-now';
import { useRowWindow } from '../components/grid/use-row-window';
import { PlanRow, type RowActions } from './plan-row';
import { renderWindowedRows } from '../components/grid/windowed-rows';
import { PLAN_SORT_COLUMNS, type PlanSort, type PlanSortColumn } from './plan-sort';

type PlanTableProps = {
  plans: PlanSummary[];
  view: 'plans' | 'trash';
  actions: RowActions;
  sort: PlanSort;
  onSort: (column: PlanSortColumn) => void;
};

const HEADER_KEYS = {
  name: 'library.columnName',
  client: 'library.columnClient',
  author: 'library.columnAuthor',
  period: 'library.columnPeriod',
  currency: 'library.columnCurrency',
  progress: 'library.columnProgress',
  modified: 'library.columnModified',
} as const satisfies Record<PlanSortColumn, string>;

/**
 * The plans as a table with one tab stop: ↑/↓/Home/End move between rows, Enter opens, F2
 * renames, Delete moves to the trash (in the trash: deletes permanently, after asking).
 * A long library renders only the rows near the view (as the editors' long tables do), keeping
 * the active row rendered wherever it is: 10,000 plans paint as fast as 30.
 */
export function PlanTable({ plans, view, actions, sort, onSort }: PlanTableProps) {
  const { t } = useTranslation();
  const now = useNow();
  const blockRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  /** A row the keyboard moved to that was not rendered yet: focused once it is. */
  const focusPending = useRef<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(plans[0]?.id ?? null);
  const lastIndex = useRef(0);
  const hadFocus = useRef(false);

  const found = plans.findIndex((p) => p.id === activeId);
  const activeIndex = Math.max(0, found);
  if (found >= 0) lastIndex.current = activeIndex;
  const rowWindow = useRowWindow(plans.length, blockRef, bodyRef, [activeIndex]);

  // Synchronous where the row is rendered, so a key pressed right after an arrow already acts on
  // the row it moved to; a row outside the window is focused as soon as it is rendered.
  const focusRow = useCallback((id: string) => {
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-plan-id="${CSS.escape(id)}"]`);
    focusPending.current = row ? null : id;
    row?.focus();
  }, []);

  // When the active row goes away (trashed, deleted), its neighbour takes over, with the focus.
  useEffect(() => {
    if (plans.length === 0 || plans.some((p) => p.id === activeId)) return;
    const next = plans[Math.min(lastIndex.current, plans.length - 1)];
    setActiveId(next.id);
    if (hadFocus.current) focusRow(next.id);
  }, [plans, activeId, focusRow]);

  const scrollToRow = rowWindow.scrollToRow;
  const windowed = rowWindow.enabled;
  useLayoutEffect(() => {
    const id = focusPending.current;
    if (!id) return;
    const index = plans.findIndex((p) => p.id === id);
    if (index < 0) return void (focusPending.current = null);
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-plan-id="${CSS.escape(id)}"]`);
    if (!row) return;
    focusPending.current = null;
    row.focus({ preventScroll: windowed });
    if (windowed) scrollToRow(index);
  });

  function onRowKeyDown(plan: PlanSummary, index: number, event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const go = (i: number) => {
      event.preventDefault();
      const target = plans[Math.max(0, Math.min(plans.length - 1, i))];
      setActiveId(target.id);
      focusRow(target.id);
    };
    switch (event.key) {
      case 'ArrowDown':
        return go(index + 1);
      case 'ArrowUp':
        return go(index - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(plans.length - 1);
      case 'Enter':
        event.preventDefault();
        return view === 'plans' ? actions.open(plan) : actions.restore(plan);
      case 'F2':
        if (view !== 'plans') return;
        event.preventDefault();
        return actions.rename(plan);
      case 'Delete':
      case 'Backspace':
        event.preventDefault();
        return view === 'plans' ? actions.trash(plan) : actions.deletePermanently(plan);
    }
  }

  function renderRow(index: number) {
    const plan = plans[index]!;
    return (
      <PlanRow
        key={plan.id}
        plan={plan}
        index={index}
        view={view}
        now={now}
        active={index === activeIndex}
        actions={actions}
        measureRef={rowWindow.enabled ? rowWindow.measure : undefined}
        onFocusRow={() => setActiveId(plan.id)}
        onRowKeyDown={(event) => onRowKeyDown(plan, index, event)}
      />
    );
  }

  /** The rows in view (and the active one), with empty rows holding the place of the others. */
  function windowedRows(): ReactNode[] {
    return renderWindowedRows(rowWindow, renderRow, { className: 'plan-table__spacer', colSpan: 8 });
  }

  return (
    <div ref={blockRef} className="table-card">
      <table
        className="plan-table"
        aria-label={view === 'plans' ? t('library.tableLabel') : t('library.trashTableLabel')}
        onFocus={() => (hadFocus.current = true)}
        onBlur={(e) => (hadFocus.current = e.currentTarget.contains(e.relatedTarget as Node | null))}
      >
        <colgroup>
          <col className="col-name" />
          <col className="col-client" />
          <col className="col-author" />
          <col className="col-period" />
          <col className="col-currency" />
          <col className="col-progress" />
          <col className="col-modified" />
          <col className={view === 'trash' ? 'col-actions col-actions--wide' : 'col-actions'} />
        </colgroup>
        <thead>
          <tr>
            {PLAN_SORT_COLUMNS.map((column) => {
              const label = column === 'modified' && view === 'trash' ? t('library.columnDeleted') : t(HEADER_KEYS[column]);
              const sorted = sort.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  data-column={column}
                  aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {/* A button in the header: Tab reaches it, Enter or Space sorts (as the class board's headers). */}
                  <button type="button" className="plan-table__sort" title={t('library.sortBy', { column: label })} onClick={() => onSort(column)}>
                    {label}
                    {sorted ? (
                      <span className="plan-table__arrow" aria-hidden="true">
                        {sort.direction === 'asc' ? '▲' : '▼'}
                      </span>
                    ) : null}
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">{t('library.columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>{rowWindow.enabled ? windowedRows() : plans.map((_, index) => renderRow(index))}</tbody>
      </table>
    </div>
  );
}
