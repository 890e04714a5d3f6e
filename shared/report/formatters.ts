import { formatPlanDateRange } from '../format/dates';
import { formatMoney, minorDigits, toMajor } from '../format/money';

/**
 * Every number, amount and date the report prints, in the report's locale. Plan dates are
 * calendar days without a time zone, so they are formatted in UTC (never shifted a day).
 */
export type ReportFormatters = {
  locale: string;
  currency: string;
  /** "¥12,345.60": in prose and key figures. */
  money(minor: number): string;
  /** "12,345.60": in table cells whose header names the currency. */
  amount(minor: number): string;
  /** "12,346": whole currency units, for summary tables whose columns would not fit the cents. */
  wholeAmount(minor: number): string;
  number(value: number): string;
  percent(value: number): string;
  date(iso: string): string;
  month(month: string): string;
  /** A KPI period: a month or a quarter ('2027-Q2'). */
  period(period: string): string;
  dateRange(start: string, end: string): string;
};

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function reportFormatters(locale: string, currency: string): ReportFormatters {
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const wholeFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const zh = locale.toLowerCase().startsWith('zh');
  const digits = minorDigits(currency);
  // formatMoneyPlain's format, made once: a report prints thousands of amounts.
  const amountFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return {
    locale,
    currency,
    money: (minor) => formatMoney(minor, currency, locale),
    amount: (minor) => amountFormat.format(toMajor(minor, currency)),
    // Half away from zero, so a refund rounds as the same cost would.
    wholeAmount: (minor) => {
      const whole = Math.round(Math.abs(toMajor(minor, currency)));
      return wholeFormat.format(whole === 0 ? 0 : Math.sign(minor) * whole);
    },
    number: (value) => numberFormat.format(value),
    percent: (value) => percentFormat.format(value / 100),
    date: (iso) => dateFormat.format(utc(iso)),
    month: (month) => monthFormat.format(utc(`${month}-01`)),
    period: (period) => {
      const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
      if (!quarter) return monthFormat.format(utc(`${period}-01`));
      return zh ? `${quarter[1]}年第${quarter[2]}季度` : `Q${quarter[2]} ${quarter[1]}`;
    },
    dateRange: (start, end) => formatPlanDateRange(start, end, locale),
  };
}
