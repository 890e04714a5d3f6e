import { monthOf, nextMonth, type Month } from '../months';

/*
 * "Year to date" in a plan: a plan runs from any month (a July start crosses a year end) and may
 * run longer than a year, so its years are the plan's own — year 1 is the twelve months from the
 * plan's first month, year 2 the next twelve — not calendar years. A month before the plan's start
 * belongs to year 0 and earlier, by the same count.
 */

function monthIndex(month: Month): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

/** The plan year a month falls in: 1 for the plan's first twelve months, 2 for the next, … */
export function planYearOf(meta: { periodStart: string }, month: Month): number {
  const offset = monthIndex(month) - monthIndex(monthOf(meta.periodStart));
  return Math.floor(offset / 12) + 1;
}

/** The first month of a plan year. */
export function planYearStart(meta: { periodStart: string }, year: number): Month {
  return nextMonth(monthOf(meta.periodStart), (year - 1) * 12);
}

/** The months of the plan year `through` is in, from its first month to `through` inclusive. */
export function yearToDateMonths(meta: { periodStart: string }, through: Month): Month[] {
  const months: Month[] = [];
  for (let m = planYearStart(meta, planYearOf(meta, through)); m <= through; m = nextMonth(m)) months.push(m);
  return months;
}
