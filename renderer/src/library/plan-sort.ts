import type { PlanSummary } from '../../../shared/contracts/views';

/** The library's sortable columns, in the table's order. */
export const PLAN_SORT_COLUMNS = ['name', 'client', 'author', 'period', 'currency', 'progress', 'modified'] as const;
export type PlanSortColumn = (typeof PLAN_SORT_COLUMNS)[number];
export type PlanSortDirection = 'asc' | 'desc';
export type PlanSort = { column: PlanSortColumn; direction: PlanSortDirection };

/** The backend's own order: newest first (in the trash, the last thrown away first). */
export const DEFAULT_PLAN_SORT: PlanSort = { column: 'modified', direction: 'desc' };

const TEXT_COLUMNS: ReadonlySet<PlanSortColumn> = new Set(['name', 'client', 'author', 'currency']);

/**
 * A click on a header: the same column turns around; another column starts A→Z for text and
 * newest/highest first for dates and progress (what a planner looks for first).
 */
export function nextPlanSort(current: PlanSort, column: PlanSortColumn): PlanSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: TEXT_COLUMNS.has(column) ? 'asc' : 'desc' };
}

function value(plan: PlanSummary, column: PlanSortColumn, view: 'plans' | 'trash'): string | number {
  switch (column) {
    case 'name':
    case 'client':
    case 'author':
    case 'currency':
      return plan[column].trim();
    case 'period':
      return plan.periodStart + plan.periodEnd;
    case 'progress':
      return plan.progress;
    case 'modified':
      return view === 'trash' ? (plan.deletedAt ?? plan.updatedAt) : plan.updatedAt;
  }
}

/**
 * The plans sorted by one column, stably, ties by name. Text sorts by the interface language's
 * collation (Chinese names by pinyin in zh-CN); an empty client or author sorts last whichever
 * the direction, so "No author" rows never hide the participants.
 */
export function sortPlans(plans: readonly PlanSummary[], sort: PlanSort, locale: string, view: 'plans' | 'trash' = 'plans'): PlanSummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byName = (a: PlanSummary, b: PlanSummary) => collator.compare(a.name, b.name);
  return [...plans].sort((a, b) => {
    const x = value(a, sort.column, view);
    const y = value(b, sort.column, view);
    if (typeof x === 'string' && typeof y === 'string') {
      if (x === '' || y === '') return x === y ? byName(a, b) : x === '' ? 1 : -1;
      // ISO dates and times compare as strings; names by collation.
      const order = sort.column === 'period' || sort.column === 'modified' ? (x < y ? -1 : x > y ? 1 : 0) : collator.compare(x, y);
      return sign * order || byName(a, b);
    }
    return sign * ((x as number) - (y as number)) || byName(a, b);
  });
}
