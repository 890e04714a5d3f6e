/**
 * Dates as the user's language writes them. Plan dates are calendar days without a time zone,
 * so they are formatted in UTC to keep "2026-01-01" from showing as Dec 31 west of Greenwich.
 */

import { formatPlanDateRange } from '../../../shared/format/dates';

// Building an Intl formatter costs far more than using one, and the side panel formats the period
// and the save time on every keystroke: one formatter per kind and locale, kept.
const formats = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function dateFormat(kind: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind}|${locale}`;
  let format = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatDate(iso: string, locale: string): string {
  return dateFormat('date', locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(fromIsoDate(iso));
}

/** The one style of shared/format/dates: "Jan 1 – Dec 31, 2027", "2027年1月1日至2027年12月31日". */
export function formatPeriod(start: string, end: string, locale: string): string {
  return formatPlanDateRange(start, end, locale);
}

/** A moment (UTC timestamp) in the user's own time zone, date and time. */
export function formatTimestamp(timestamp: string, locale: string): string {
  return dateFormat('timestamp', locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timestamp));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 minutes ago", "yesterday", "3天前"; under a minute returns null so the caller says "just now". */
export function formatRelative(timestamp: string, locale: string, now: number = Date.now()): string | null {
  const seconds = (new Date(timestamp).getTime() - now) / 1000;
  let format = formats.get(`relative|${locale}`) as Intl.RelativeTimeFormat | undefined;
  if (!format) formats.set(`relative|${locale}`, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A new plan's default period: the 1st of next month to the day before the same date a year on. */
export function defaultPeriod(today: Date = new Date()): { start: string; end: string } {
  const start = new Date(today.getFullYear(), today.getMonth() + 1, 1);
  const end = new Date(start.getFullYear() + 1, start.getMonth(), 0);
  return { start: toIsoDate(start), end: toIsoDate(end) };
}
