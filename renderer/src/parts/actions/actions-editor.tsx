import { memo, useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Action, ActionStatus } from '../../../../shared/domain/actions';
import type { Objective } from '../../../../shared/domain/objectives';
import { actionOwners, type ActionFilters, type ActionSort } from '../../../../shared/logic/action-filters';
import { planMonths } from '../../../../shared/logic/months';
import { useLocale } from '../../hooks/use-locale';
import { ActionsTable } from './actions-table';
import { ActionsTimeline } from './actions-timeline';
import { useActionColumns } from './columns';
import { useActionOptions } from './options';
import { newAction } from './rows';
import { ActionsSummary } from './summary';
import { ActionsToolbar } from './toolbar';
import { useActionView, useFilterChoices } from './use-action-view';
import { useActionsView, usePlanView, type ActionsMode, type TimelineColour } from './view-state';
import './actions.css';
import { SheetImportButton } from '../../components/sheet-import/sheet-import-button';

type ActionsEditorProps = {
  planId: string;
  actions: readonly Action[];
  objectives: readonly Objective[];
  currency: string;
  periodStart: string;
  periodEnd: string;
  readOnly: boolean;
};

/**
 * The action programs (行动方案): every action as a row of a table or a bar of a timeline, with
 * filters by owner, status, month and text that both views share. The props are the plan's
 * pieces this part reads, not the whole plan, so an edit elsewhere leaves it alone.
 */
export const ActionsEditor = memo(function ActionsEditor({
  planId,
  actions,
  objectives,
  currency,
  periodStart,
  periodEnd,
  readOnly,
}: ActionsEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const liveView = usePlanView(planId);
  // The filter bar answers at once; the table (up to 300 rows) follows as soon as it can, and a
  // keystroke in the search box interrupts a list still being drawn for the previous one.
  const view = useDeferredValue(liveView);
  const pending = view !== liveView;
  const mode = useActionsView((s) => s.mode);
  const colourBy = useActionsView((s) => s.colourBy);
  const options = useActionOptions();
  const columns = useActionColumns(actions, objectives, options);
  const months = useMemo(() => planMonths({ periodStart, periodEnd }), [periodStart, periodEnd]);
  const { owners, unowned, monthCounts } = useFilterChoices(actions, months, locale);
  const { shown, filtered, keptOutside, totals, cancelled } = useActionView(planId, actions, objectives, options, view);
  const monthRef = useRef<HTMLSelectElement>(null);

  const onFilters = useCallback((patch: Partial<ActionFilters>) => useActionsView.getState().setFilters(planId, patch), [planId]);
  const onClear = useCallback(() => useActionsView.getState().clearFilters(planId), [planId]);
  const onSort = useCallback((sort: ActionSort) => useActionsView.getState().setSort(planId, sort), [planId]);
  const onMode = useCallback((m: ActionsMode) => useActionsView.getState().setMode(m), []);
  const onColourBy = useCallback((c: TimelineColour) => useActionsView.getState().setColourBy(c), []);
  const onFilterByMonth = useCallback(() => monthRef.current?.focus(), []);

  // A row added to a list filtered by one owner or one status starts with that owner or status.
  const { owner, statuses } = view.filters;
  const onlyStatus: ActionStatus | undefined = statuses.length === 1 ? statuses[0] : undefined;
  const liveActions = useRef(actions);
  liveActions.current = actions;
  const newRow = useCallback(() => {
    const ownerLabel = owner ? (actionOwners(liveActions.current, locale).owners.find((o) => o.key === owner)?.label ?? owner) : undefined;
    return newAction({ owner: ownerLabel, status: onlyStatus });
  }, [owner, onlyStatus, locale]);
  const hasActions = actions.length > 0;
  const emptyAction = useMemo(
    () =>
      filtered && hasActions ? (
        <button type="button" className="button button--sm button--secondary" onClick={onClear}>
          {t('actionsEditor.filters.clear')}
        </button>
      ) : undefined,
    [filtered, hasActions, onClear, t],
  );

  const summary = (
    <ActionsSummary
      shown={shown.length}
      total={actions.length}
      filtered={filtered}
      cost={totals.shown}
      costOfAll={totals.all}
      currency={currency}
      cancelled={cancelled}
      kept={keptOutside}
    />
  );

  return (
    <div className={`actions-editor${pending ? ' actions-editor--pending' : ''}`} aria-busy={pending || undefined}>
      <ActionsToolbar
        owners={owners}
        unowned={unowned}
        months={monthCounts}
        hasActions={hasActions}
        options={options}
        filters={liveView.filters}
        sort={liveView.sort}
        mode={mode}
        colourBy={colourBy}
        monthRef={monthRef}
        onFilters={onFilters}
        onClear={onClear}
        onSort={onSort}
        onMode={onMode}
        onColourBy={onColourBy}
      />
      {mode === 'table' ? (
        <ActionsTable
          shown={shown}
          actions={actions}
          columns={columns}
          sort={view.sort}
          onSort={onSort}
          newRow={newRow}
          currency={currency}
          readOnly={readOnly}
          emptyMessage={filtered && hasActions ? t('actionsEditor.noMatch') : undefined}
          emptyAction={emptyAction}
          summary={summary}
        />
      ) : (
        <ActionsTimeline
          summary={summary}
          shown={shown}
          months={months}
          currency={currency}
          colourBy={colourBy}
          filtered={filtered}
          onFilterByMonth={onFilterByMonth}
        />
      )}
      {readOnly ? null : (
        <div className="part-section__tools">
          <SheetImportButton table="actions" />
        </div>
      )}
    </div>
  );
});
