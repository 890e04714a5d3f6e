/**
 * Plan dates (calendar days, `YYYY-MM-DD`, no time zone) as text: one style for the app, the
 * charts and the report. Formatted in UTC so a day never shifts. Chinese reads them one way
 * throughout: 2027年1月1日, 2027年1月, and a range as "2027年1月1日至2027年3月31日" (ICU's own
 * Chinese range is "2027/1/1 – 2027/3/31", a second style beside the first).
 */

// Making an Intl formatter costs far more than using one; a report formats thousands of dates.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(kind: 'date' | 'month' | 'range', locale: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { dateStyle: 'medium', timeZone: 'UTC' }
        : kind === 'month'
          ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
          : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
    formats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  }
  return f;
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function isChinese(locale: string): boolean {
  return locale.toLowerCase().startsWith('zh');
}

/** "Jan 1, 2027", "2027年1月1日". */
export function formatPlanDate(iso: string, locale: string): string {
  return format('date', locale).format(utc(iso));
}

/** '2027-01' → "Jan 2027", "2027年1月". */
export function formatPlanMonth(month: string, locale: string): string {
  return format('month', locale).format(utc(`${month}-01`));
}

/** "Jan 1 – Mar 31, 2027", "2027年1月1日至2027年3月31日"; one date when both ends are the same day. */
export function formatPlanDateRange(start: string, end: string, locale: string): string {
  if (start === end) return formatPlanDate(start, locale);
  if (isChinese(locale)) return `${formatPlanDate(start, locale)}至${formatPlanDate(end, locale)}`;
  return format('range', locale).formatRange(utc(start), utc(end));
}

const moments = new Map<string, Intl.DateTimeFormat>();

/** A moment (a version's save time) in the reader's time zone: "Dec 3, 2026, 2:05 PM", "2026年12月3日 14:05". */
export function formatPlanTimestamp(timestamp: string, locale: string, timeZone?: string): string {
  const key = `${locale}|${timeZone ?? ''}`;
  let f = moments.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
    moments.set(key, f);
  }
  return f.format(new Date(timestamp));
}
