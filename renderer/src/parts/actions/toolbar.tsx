import { memo, useId, useMemo, type Ref } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ActionStatus } from '../../../../shared/domain/actions';
import { ACTION_SORT_KEYS, type ActionFilters, type ActionSort, type ActionSortKey, type OwnerOption } from '../../../../shared/logic/action-filters';
import type { Month } from '../../../../shared/logic/months';
import { ArrowDownIcon, ArrowUpIcon } from '../../components/editor-icons';
import { SearchIcon } from '../../components/icons';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { FilterClearIcon, TableIcon, TimelineIcon } from './icons';
import type { ActionOptions } from './options';
import type { ActionsMode, TimelineColour } from './view-state';

type ToolbarProps = {
  /** The owners the actions name (actionOwners) and how many actions have none. */
  owners: readonly OwnerOption[];
  unowned: number;
  /** The plan's months, each with how many actions run in it. */
  months: readonly { month: Month; count: number }[];
  hasActions: boolean;
  options: ActionOptions;
  filters: ActionFilters;
  sort: ActionSort;
  mode: ActionsMode;
  colourBy: TimelineColour;
  monthRef: Ref<HTMLSelectElement>;
  onFilters(patch: Partial<ActionFilters>): void;
  onClear(): void;
  onSort(sort: ActionSort): void;
  onMode(mode: ActionsMode): void;
  onColourBy(colourBy: TimelineColour): void;
};

const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthName(month: Month, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })));
  const [y, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(2000, m! - 1, 1));
  date.setUTCFullYear(y!);
  return format.format(date);
}

/**
 * The view switch (table or timeline) and the filters both views share: free text, owner,
 * month, status; in the table the sort, in the timeline the colours. Native controls, each with
 * a visible label, so all of it works from the keyboard.
 */
export const ActionsToolbar = memo(function ActionsToolbar(props: ToolbarProps) {
  const { owners, unowned, months, hasActions, options, filters, sort, mode, colourBy, monthRef, onFilters, onClear, onSort, onMode, onColourBy } =
    props;
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const monthOptions = useMemo(() => {
    const list = filters.month && !months.some((m) => m.month === filters.month) ? [...months, { month: filters.month, count: 0 }] : months;
    return list.map(({ month, count }) => ({ month, label: monthName(month, locale), count }));
  }, [months, filters.month, locale]);
  const filtered = filters.owner !== null || filters.statuses.length > 0 || filters.month !== null || filters.search !== '';
  // An empty plan has nothing to filter: the bar then offers only the view and the sort.
  const showFilters = hasActions || filtered;
  const count = (name: string, n: number) => t('actionsEditor.filters.ownerOption', { name, count: formatInteger(n, locale) });

  function toggleStatus(status: ActionStatus, on: boolean) {
    const next = options.statuses.map((o) => o.value as ActionStatus).filter((s) => (s === status ? on : filters.statuses.includes(s)));
    onFilters({ statuses: next });
  }

  return (
    <div className="actions-toolbar">
      <div className="actions-toolbar__row actions-toolbar__row--top">
        <fieldset className="actions-view-switch">
          <legend className="visually-hidden">{t('actionsEditor.views.label')}</legend>
          {(['table', 'timeline'] as const).map((value) => (
            <label key={value} className="actions-view-switch__item">
              <input type="radio" name={`${id}-view`} value={value} checked={mode === value} onChange={() => onMode(value)} />
              {value === 'table' ? <TableIcon /> : <TimelineIcon />}
              <span>{t(`actionsEditor.views.${value}`)}</span>
            </label>
          ))}
        </fieldset>

        {mode === 'table' ? (
          <div className="actions-toolbar__field actions-toolbar__field--inline">
            <label className="actions-toolbar__label" htmlFor={`${id}-sort`}>
              {t('actionsEditor.filters.sortBy')}
            </label>
            <div className="actions-sort">
              <select
                id={`${id}-sort`}
                className="select actions-toolbar__select"
                value={sort?.key ?? ''}
                onChange={(e) => onSort(e.target.value === '' ? null : { key: e.target.value as ActionSortKey, desc: sort?.desc ?? false })}
              >
                <option value="">{t('actionsEditor.filters.planOrder')}</option>
                {ACTION_SORT_KEYS.map((key) => (
                  <option key={key} value={key}>
                    {t(`actionsEditor.columns.${key}`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="icon-button actions-sort__direction"
                disabled={sort === null}
                aria-label={t('actionsEditor.filters.direction', {
                  direction: t(sort?.desc ? 'actionsEditor.filters.descending' : 'actionsEditor.filters.ascending'),
                })}
                title={t(sort?.desc ? 'actionsEditor.filters.descending' : 'actionsEditor.filters.ascending')}
                onClick={() => sort && onSort({ ...sort, desc: !sort.desc })}
              >
                {sort?.desc ? <ArrowDownIcon /> : <ArrowUpIcon />}
              </button>
            </div>
          </div>
        ) : (
          <div className="actions-toolbar__field actions-toolbar__field--inline">
            <label className="actions-toolbar__label" htmlFor={`${id}-colour`}>
              {t('actionsEditor.timeline.colourBy')}
            </label>
            <select
              id={`${id}-colour`}
              className="select actions-toolbar__select"
              value={colourBy}
              onChange={(e) => onColourBy(e.target.value as TimelineColour)}
            >
              <option value="status">{t('actionsEditor.timeline.byStatus')}</option>
              <option value="mixElement">{t('actionsEditor.timeline.byMix')}</option>
            </select>
          </div>
        )}
      </div>

      {showFilters ? (
        <>
          <div className="actions-toolbar__row">
            <div className="actions-toolbar__field actions-toolbar__field--search">
              <label className="actions-toolbar__label" htmlFor={`${id}-search`}>
                {t('actionsEditor.filters.search')}
              </label>
              <div className="actions-search">
                <SearchIcon className="actions-search__icon" />
                <input
                  id={`${id}-search`}
                  type="search"
                  className="input actions-search__input"
                  value={filters.search}
                  placeholder={t('actionsEditor.filters.searchPlaceholder')}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(e) => onFilters({ search: e.target.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape' && filters.search !== '') {
                      e.preventDefault();
                      onFilters({ search: '' });
                    }
                  }}
                />
              </div>
            </div>

            <div className="actions-toolbar__field">
              <label className="actions-toolbar__label" htmlFor={`${id}-owner`}>
                {t('actionsEditor.filters.owner')}
              </label>
              <select
                id={`${id}-owner`}
                className="select actions-toolbar__select"
                value={filters.owner === null ? '*' : `=${filters.owner}`}
                onChange={(e) => onFilters({ owner: e.target.value === '*' ? null : e.target.value.slice(1) })}
              >
                <option value="*">{t('actionsEditor.filters.anyOwner')}</option>
                {owners.map((o) => (
                  <option key={o.key} value={`=${o.key}`}>
                    {count(o.label, o.count)}
                  </option>
                ))}
                {unowned > 0 || filters.owner === '' ? <option value="=">{count(t('actionsEditor.filters.noOwner'), unowned)}</option> : null}
                {filters.owner && !owners.some((o) => o.key === filters.owner) ? (
                  <option value={`=${filters.owner}`}>{count(filters.owner, 0)}</option>
                ) : null}
              </select>
            </div>

            <div className="actions-toolbar__field">
              <label className="actions-toolbar__label" htmlFor={`${id}-month`}>
                {t('actionsEditor.filters.month')}
              </label>
              <select
                id={`${id}-month`}
                ref={monthRef}
                className="select actions-toolbar__select"
                value={filters.month ?? ''}
                onChange={(e) => onFilters({ month: e.target.value === '' ? null : e.target.value })}
              >
                <option value="">{t('actionsEditor.filters.anyMonth')}</option>
                {monthOptions.map((m) => (
                  <option key={m.month} value={m.month}>
                    {count(m.label, m.count)}
                  </option>
                ))}
              </select>
            </div>
          </div>

          <div className="actions-toolbar__row actions-toolbar__row--status">
            <fieldset className="actions-status-filter">
              <legend className="actions-toolbar__label">{t('actionsEditor.filters.status')}</legend>
              {options.statuses.map((o) => {
                const status = o.value as ActionStatus;
                const on = filters.statuses.includes(status);
                return (
                  <label key={status} className={`actions-chip${on ? ' actions-chip--on' : ''}`}>
                    <input type="checkbox" checked={on} onChange={(e) => toggleStatus(status, e.target.checked)} />
                    <span className={`action-status__dot action-status--${status}`} aria-hidden="true" />
                    <span>{o.label}</span>
                  </label>
                );
              })}
            </fieldset>
            <button type="button" className="button button--sm button--ghost actions-toolbar__clear" disabled={!filtered} onClick={onClear}>
              <FilterClearIcon />
              {t('actionsEditor.filters.clear')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
});
