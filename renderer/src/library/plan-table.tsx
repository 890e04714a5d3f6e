import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { PlanSummary } from '../../../shared/contracts/views';
import { useNow } from '../hooks/use-now';
import { PlanRow, type RowActions } from './plan-row';

type PlanTableProps = { plans: PlanSummary[]; view: 'plans' | 'trash'; actions: RowActions };

/**
 * The plans as a table with one tab stop: ↑/↓/Home/End move between rows, Enter opens, F2
 * renames, Delete moves to the trash (in the trash: deletes permanently, after asking).
 */
export function PlanTable({ plans, view, actions }: PlanTableProps) {
  const { t } = useTranslation();
  const now = useNow();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [activeId, setActiveId] = useState<string | null>(plans[0]?.id ?? null);
  const lastIndex = useRef(0);
  const hadFocus = useRef(false);

  const activeIndex = Math.max(0, plans.findIndex((p) => p.id === activeId));
  if (plans.some((p) => p.id === activeId)) lastIndex.current = activeIndex;

  // When the active row goes away (trashed, deleted), its neighbour takes over, with the focus.
  useEffect(() => {
    if (plans.length === 0 || plans.some((p) => p.id === activeId)) return;
    const next = plans[Math.min(lastIndex.current, plans.length - 1)];
    setActiveId(next.id);
    if (hadFocus.current) focusRow(next.id);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- focusRow only moves the focus; what this reacts to is the list and the active row
  }, [plans, activeId]);

  // Synchronous, so a key pressed right after an arrow already acts on the row it moved to.
  const focusRow = useCallback((id: string) => {
    bodyRef.current?.querySelector<HTMLElement>(`tr[data-plan-id="${CSS.escape(id)}"]`)?.focus();
  }, []);

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

  return (
    <div className="table-card">
      <table
        className="plan-table"
        aria-label={view === 'plans' ? t('library.tableLabel') : t('library.trashTableLabel')}
        onFocus={() => (hadFocus.current = true)}
        onBlur={(e) => (hadFocus.current = e.currentTarget.contains(e.relatedTarget as Node | null))}
      >
        <colgroup>
          <col className="col-name" />
          <col className="col-client" />
          <col className="col-period" />
          <col className="col-currency" />
          <col className="col-progress" />
          <col className="col-modified" />
          <col className={view === 'trash' ? 'col-actions col-actions--wide' : 'col-actions'} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('library.columnName')}</th>
            <th scope="col">{t('library.columnClient')}</th>
            <th scope="col">{t('library.columnPeriod')}</th>
            <th scope="col">{t('library.columnCurrency')}</th>
            <th scope="col">{t('library.columnProgress')}</th>
            <th scope="col">{view === 'plans' ? t('library.columnModified') : t('library.columnDeleted')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('library.columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {plans.map((plan, index) => (
            <PlanRow
              key={plan.id}
              plan={plan}
              view={view}
              now={now}
              active={index === activeIndex}
              actions={actions}
              onFocusRow={() => setActiveId(plan.id)}
              onRowKeyDown={(event) => onRowKeyDown(plan, index, event)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
