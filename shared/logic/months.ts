import { differenceInCalendarDays, getDaysInMonth } from 'date-fns';

/**
 * A plan's dates are calendar days ('YYYY-MM-DD') with no time zone. `new Date('2027-01-01')`
 * would read them as UTC midnight and a negative-offset machine would see 31 December, so every
 * date here is built from its parts as a local calendar date, and date-fns' calendar functions
 * compare calendar fields, not milliseconds, so daylight-saving days count as one day too.
 */

export type Month = string; // 'YYYY-MM'
export type Quarter = string; // 'YYYY-Qn'

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;

function parts(date: string): { y: number; m: number; d: number } {
  const match = DATE_RE.exec(date);
  if (!match) throw new Error(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function monthParts(month: Month): { y: number; m: number } {
  const match = MONTH_RE.exec(month);
  if (!match) throw new Error(`Not a month (YYYY-MM): ${month}`);
  return { y: Number(match[1]), m: Number(match[2]) };
}

/** A calendar date as a local Date at midnight; only ever compared by calendar fields. */
export function calendarDate(date: string): Date {
  const { y, m, d } = parts(date);
  const result = new Date(y, m - 1, d);
  // new Date(y, …) maps years 0–99 to 1900–1999.
  result.setFullYear(y);
  return result;
}

function monthKey(y: number, m: number): Month {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** The month a date falls in: '2027-03-15' → '2027-03'. */
export function monthOf(date: string): Month {
  const { y, m } = parts(date);
  return monthKey(y, m);
}

/** The month after (or `n` months after) a month. */
export function nextMonth(month: Month, n = 1): Month {
  const { y, m } = monthParts(month);
  const index = y * 12 + (m - 1) + n;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** Every month from `first` to `last` inclusive; empty when `last` is before `first`. */
export function monthRange(first: Month, last: Month): Month[] {
  const result: Month[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) result.push(month);
  return result;
}

/** Every calendar month the plan period touches, in order: 2027-01-15..2027-03-02 → Jan, Feb, Mar. */
export function planMonths(meta: { periodStart: string; periodEnd: string }): Month[] {
  return monthRange(monthOf(meta.periodStart), monthOf(meta.periodEnd));
}

export function daysInMonth(month: Month): number {
  const { y, m } = monthParts(month);
  return getDaysInMonth(calendarDate(`${monthKey(y, m)}-01`));
}

/** Calendar days from `start` to `end`, both counted: a one-day span is 1. */
export function daysInclusive(start: string, end: string): number {
  return differenceInCalendarDays(calendarDate(end), calendarDate(start)) + 1;
}

/** How many days of the span `start..end` (inclusive) fall in each month, in order. */
export function daysByMonth(start: string, end: string): { month: Month; days: number }[] {
  if (end < start) return [];
  const first = monthOf(start);
  const last = monthOf(end);
  return monthRange(first, last).map((month) => {
    const from = month === first ? parts(start).d : 1;
    const to = month === last ? parts(end).d : daysInMonth(month);
    return { month, days: to - from + 1 };
  });
}

/** The quarter a month (or a date) belongs to: '2027-05' → '2027-Q2'. */
export function quarterOf(monthOrDate: string): Quarter {
  const { y, m } = monthParts(monthOrDate.slice(0, 7));
  return `${String(y).padStart(4, '0')}-Q${Math.ceil(m / 3)}`;
}

/** The three months of a quarter: '2027-Q4' → ['2027-10', '2027-11', '2027-12']. */
export function monthsOfQuarter(quarter: Quarter): Month[] {
  const match = QUARTER_RE.exec(quarter);
  if (!match) throw new Error(`Not a quarter (YYYY-Qn): ${quarter}`);
  const first = monthKey(Number(match[1]), (Number(match[2]) - 1) * 3 + 1);
  return [first, nextMonth(first), nextMonth(first, 2)];
}

/** Every quarter the plan period touches, in order. */
export function planQuarters(meta: { periodStart: string; periodEnd: string }): Quarter[] {
  const result: Quarter[] = [];
  for (const month of planMonths(meta)) {
    const q = quarterOf(month);
    if (result[result.length - 1] !== q) result.push(q);
  }
  return result;
}

export function isMonth(value: string): boolean {
  return MONTH_RE.test(value) && Number(value.slice(5, 7)) >= 1 && Number(value.slice(5, 7)) <= 12;
}

export function isQuarter(value: string): boolean {
  return QUARTER_RE.test(value);
}
