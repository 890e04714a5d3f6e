import { useMemo, useRef } from 'react';
import type { Action } from '../../../../shared/domain/actions';
import type { Objective } from '../../../../shared/domain/objectives';
import {
  actionMatches,
  actionOwners,
  overlapsMonth,
  actionsCost,
  actionView,
  hasActionFilters,
  type ActionFilters,
  type ActionLabels,
  type ActionSort,
} from '../../../../shared/logic/action-filters';
import type { Month } from '../../../../shared/logic/months';
import { useLocale } from '../../hooks/use-locale';
import type { ActionOptions } from './options';

type Working = { viewKey: string; actions: readonly Action[]; keep: ReadonlySet<string>; last: readonly string[] };

/**
 * The rows being worked on since the filters and sort were last set: rows edited (kept in view
 * even when they stop matching, as a spreadsheet's filter does) and rows added (shown last, so a
 * new row does not jump away while it is typed into). Derived from the plan's rows by identity:
 * the store replaces exactly the rows that change.
 */
function useWorkingRows(actions: readonly Action[], viewKey: string): Working {
  const ref = useRef<Working | null>(null);
  let state = ref.current;
  if (!state || state.viewKey !== viewKey) {
    state = { viewKey, actions, keep: new Set(), last: [] };
  } else if (state.actions !== actions) {
    const before = new Map(state.actions.map((a) => [a.id, a]));
    const present = new Set(actions.map((a) => a.id));
    const keep = new Set([...state.keep].filter((id) => present.has(id)));
    const last = state.last.filter((id) => present.has(id));
    for (const action of actions) {
      const previous = before.get(action.id);
      if (!previous) {
        if (!last.includes(action.id)) last.push(action.id);
      } else if (previous !== action) keep.add(action.id);
    }
    state = { viewKey, actions, keep, last };
  }
  // The same input gives the same state, so a repeated render (Strict Mode) changes nothing.
  ref.current = state;
  return state;
}

/** What the table and the timeline show: the actions filtered and sorted, their count and cost. */
export function useActionView(
  planId: string,
  actions: readonly Action[],
  objectives: readonly Objective[],
  options: ActionOptions,
  view: { filters: ActionFilters; sort: ActionSort },
) {
  const locale = useLocale();
  const { filters, sort } = view;

  const objectiveTitles = useMemo(() => new Map(objectives.map((o) => [o.id, o.title])), [objectives]);
  const labels = useMemo<ActionLabels>(
    () => ({
      locale,
      objectiveTitles,
      actionTitles: new Map(actions.map((a) => [a.id, a.title])),
      statuses: options.statusLabels,
      mixElements: options.mixLabels,
    }),
    [locale, objectiveTitles, actions, options],
  );

  const working = useWorkingRows(actions, `${planId}\n${JSON.stringify(filters)}\n${JSON.stringify(sort)}`);
  const shown = useMemo(
    () => actionView(actions, { filters, sort, labels, keep: working.keep, last: working.last }),
    [actions, filters, sort, labels, working],
  );
  const filtered = hasActionFilters(filters);
  const keptOutside = useMemo(
    () => filtered && shown.some((a) => (working.keep.has(a.id) || working.last.includes(a.id)) && !actionMatches(a, filters, labels)),
    [filtered, shown, working, filters, labels],
  );
  const totals = useMemo(() => ({ shown: actionsCost(shown), all: actionsCost(actions) }), [shown, actions]);
  const cancelled = useMemo(() => actions.some((a) => a.status === 'cancelled' && a.cost !== null), [actions]);

  return { shown, filtered, keptOutside, totals, cancelled };
}

/**
 * What the owner and month filters offer, with counts. Recomputed only when an owner or a date
 * changes (a cheap text key tells), so typing a cost or a title leaves the filter bar alone.
 */
export function useFilterChoices(actions: readonly Action[], months: readonly Month[], locale: string) {
  const latest = useRef(actions);
  latest.current = actions;
  const ownersKey = useMemo(() => actions.map((a) => a.owner).join('\n'), [actions]);
  const datesKey = useMemo(() => actions.map((a) => `${a.start}/${a.end}`).join('\n'), [actions]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { owners, unowned } = useMemo(() => actionOwners(latest.current, locale), [ownersKey, locale]);
  const monthCounts = useMemo(
    () => months.map((month) => ({ month, count: latest.current.filter((a) => overlapsMonth(a, month)).length })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [datesKey, months],
  );
  return { owners, unowned, monthCounts };
}
