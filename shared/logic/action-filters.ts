import { ACTION_STATUSES, type Action, type ActionStatus } from '../domain/actions';
import { MIX_ELEMENTS, type MixElement } from '../domain/strategy';
import { actionSpan, countsAsSpend } from './budget';
import type { Month } from './months';

/**
 * What the Action programs part shows of its actions: filtered by owner, status, month and
 * free text, and sorted by any column. View state only: none of it is saved to the plan.
 */

export type ActionFilters = {
  /** An owner's key (ownerKey), '' for actions with no owner, null for every owner. */
  owner: string | null;
  /** The statuses to show; empty shows every status. */
  statuses: readonly ActionStatus[];
  /** Only actions whose dates overlap this month ('YYYY-MM'); undated actions never do. */
  month: Month | null;
  /** Every word must appear in the title, owner, status, mix element, objectives or dependencies. */
  search: string;
};

export const NO_ACTION_FILTERS: ActionFilters = { owner: null, statuses: [], month: null, search: '' };

/** The columns an action list sorts by (the grid's column ids). */
export const ACTION_SORT_KEYS = ['title', 'start', 'end', 'owner', 'cost', 'objectiveIds', 'mixElement', 'status', 'dependsOn'] as const;
export type ActionSortKey = (typeof ACTION_SORT_KEYS)[number];
/** null keeps the plan's own order (the order the report numbers the actions in). */
export type ActionSort = { key: ActionSortKey; desc: boolean } | null;
export const DEFAULT_ACTION_SORT: ActionSort = { key: 'start', desc: false };

/** The names sorting and searching read: titles of linked rows and the enums' labels, in the UI's language. */
export type ActionLabels = {
  locale: string;
  objectiveTitles: ReadonlyMap<string, string>;
  actionTitles: ReadonlyMap<string, string>;
  statuses: Readonly<Record<ActionStatus, string>>;
  mixElements: Readonly<Record<MixElement, string>>;
};

export function hasActionFilters(filters: ActionFilters): boolean {
  return filters.owner !== null || filters.statuses.length > 0 || filters.month !== null || filters.search.trim() !== '';
}

/** "  Li  Na " and "li na" are the same owner. */
export function ownerKey(owner: string): string {
  return owner.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export type OwnerOption = { key: string; label: string; count: number };

/**
 * The owners the actions name, once each however they are capitalised, under the spelling used
 * most (the first one on a tie), sorted by name; and how many actions have no owner.
 */
export function actionOwners(actions: readonly Action[], locale: string): { owners: OwnerOption[]; unowned: number } {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  let unowned = 0;
  for (const action of actions) {
    const key = ownerKey(action.owner);
    if (key === '') {
      unowned++;
      continue;
    }
    const entry = byKey.get(key) ?? { count: 0, spellings: new Map<string, number>() };
    const spelling = action.owner.trim().replace(/\s+/g, ' ');
    entry.count++;
    entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
    byKey.set(key, entry);
  }
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const owners = [...byKey].map(([key, { count, spellings }]) => {
    let label = '';
    let best = 0;
    for (const [spelling, n] of spellings) if (n > best) [label, best] = [spelling, n];
    return { key, label, count };
  });
  owners.sort((a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1));
  return { owners, unowned };
}

/** Whether the action runs on at least one day of the month; an action with one date runs that day. */
export function overlapsMonth(action: Pick<Action, 'start' | 'end'>, month: Month): boolean {
  const span = actionSpan(action);
  return span !== null && span.start.slice(0, 7) <= month && span.end.slice(0, 7) >= month;
}

function searchText(action: Action, labels: ActionLabels): string {
  const linked = (ids: readonly string[], titles: ReadonlyMap<string, string>) => ids.map((id) => titles.get(id) ?? '');
  return [
    action.title,
    action.owner,
    labels.statuses[action.status],
    action.mixElement ? labels.mixElements[action.mixElement] : '',
    ...linked(action.objectiveIds, labels.objectiveTitles),
    ...linked(action.dependsOn, labels.actionTitles),
  ]
    .join('\n')
    .toLocaleLowerCase();
}

function searchTerms(search: string): string[] {
  return search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether one action passes every filter. */
export function actionMatches(action: Action, filters: ActionFilters, labels: ActionLabels): boolean {
  if (filters.owner !== null && ownerKey(action.owner) !== filters.owner) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(action.status)) return false;
  if (filters.month !== null && !overlapsMonth(action, filters.month)) return false;
  const terms = searchTerms(filters.search);
  if (terms.length > 0) {
    const text = searchText(action, labels);
    if (!terms.every((term) => text.includes(term))) return false;
  }
  return true;
}

/** The actions that pass the filters, in their order; the same array when no filter is set. */
export function filterActions(actions: readonly Action[], filters: ActionFilters, labels: ActionLabels): readonly Action[] {
  if (!hasActionFilters(filters)) return actions;
  return actions.filter((action) => actionMatches(action, filters, labels));
}

type Key = string | number | null;

/** The value an action sorts by; null sorts last in either direction (no date, no cost, no owner). */
function sortValue(action: Action, key: ActionSortKey, labels: ActionLabels): Key {
  const list = (ids: readonly string[], titles: ReadonlyMap<string, string>) => {
    const text = ids
      .map((id) => titles.get(id) ?? '')
      .filter(Boolean)
      .join(', ');
    return text === '' ? null : text;
  };
  switch (key) {
    case 'title':
      return action.title.trim() === '' ? null : action.title.trim();
    case 'owner':
      return action.owner.trim() === '' ? null : action.owner.trim();
    case 'start':
    case 'end':
      return action[key];
    case 'cost':
      return action.cost;
    // The enums sort in their own order (planned before done; product, price, place, promotion), as a planner reads them.
    case 'status':
      return ACTION_STATUSES.indexOf(action.status);
    case 'mixElement':
      return action.mixElement === null ? null : MIX_ELEMENTS.indexOf(action.mixElement);
    case 'objectiveIds':
      return list(action.objectiveIds, labels.objectiveTitles);
    case 'dependsOn':
      return list(action.dependsOn, labels.actionTitles);
  }
}

/**
 * The actions in the order of `sort` (a copy); ties keep the earlier start, then the plan's order.
 * With no sort, the plan's order: the same array.
 */
export function sortActions(actions: readonly Action[], sort: ActionSort, labels: ActionLabels): readonly Action[] {
  if (sort === null) return actions;
  const collator = new Intl.Collator(labels.locale, { numeric: true, sensitivity: 'base' });
  const compare = (a: Key, b: Key): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    // Dates are ISO strings: their text order is their time order.
    if (sort.key === 'start' || sort.key === 'end') return a < b ? -1 : 1;
    return collator.compare(String(a), String(b));
  };
  const tieKeys: ActionSortKey[] = sort.key === 'start' ? ['end'] : sort.key === 'end' ? ['start'] : ['start', 'end'];
  const rows = actions.map((action, index) => ({ action, index, key: sortValue(action, sort.key, labels) }));
  rows.sort((a, b) => {
    const primary = compare(a.key, b.key);
    if (primary !== 0) return a.key === null || b.key === null || !sort.desc ? primary : -primary;
    for (const tie of tieKeys) {
      const c = compare(a.action[tie as 'start' | 'end'], b.action[tie as 'start' | 'end']);
      if (c !== 0) return c;
    }
    return a.index - b.index;
  });
  return rows.map((r) => r.action);
}

export type ActionViewOptions = {
  filters: ActionFilters;
  sort: ActionSort;
  labels: ActionLabels;
  /** Shown even when they no longer pass the filters: rows edited since the filters were set. */
  keep?: ReadonlySet<string>;
  /** Rows just added, shown last in this order while the list is sorted, so a new row stays where it was typed. */
  last?: readonly string[];
};

/**
 * The rows the table shows: filtered, sorted, with the rows being worked on kept in view.
 * Unfiltered in plan order it is the same array, so the table may move rows.
 */
export function actionView(actions: readonly Action[], { filters, sort, labels, keep, last = [] }: ActionViewOptions): readonly Action[] {
  const filtered = hasActionFilters(filters);
  if (!filtered && sort === null) return actions;
  const pinned = sort === null ? new Set<string>() : new Set(last);
  const passing = actions.filter((a) => !pinned.has(a.id) && (!filtered || keep?.has(a.id) || actionMatches(a, filters, labels)));
  const sorted = sortActions(passing, sort, labels);
  if (pinned.size === 0) return sorted;
  const byId = new Map(actions.map((a) => [a.id, a]));
  return [...sorted, ...last.flatMap((id) => byId.get(id) ?? [])];
}

/** What the actions cost in all, in minor units; cancelled actions cost nothing, as in the budget. */
export function actionsCost(actions: readonly Action[]): number {
  let total = 0;
  for (const action of actions) if (action.cost !== null && countsAsSpend(action)) total += action.cost;
  return total;
}
