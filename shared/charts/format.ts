import { formatMoney, minorDigits } from '../format/money';
import type { ChartContext } from './types';

/**
 * Labels the charts write: months and quarters by locale, money from the major units the series
 * hold, and the lists the text alternatives are made of.
 */

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** '2027-01' → "Jan 27" (en), "2027年1月" (zh-CN: a Chinese reader never sees a two-digit year). */
export function monthLabel(month: string, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) {
    const zh = locale.toLowerCase().startsWith('zh');
    format = new Intl.DateTimeFormat(locale, { month: 'short', year: zh ? 'numeric' : '2-digit', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(2000, m! - 1, 1));
  // Date.UTC maps years 0–99 to 1900–1999, so the year is set on its own.
  date.setUTCFullYear(year!);
  return format.format(date);
}

/** A KPI period: a month ('2027-03') or a quarter ('2027-Q1' → "Q1 2027", "2027年第1季度"). */
export function periodLabel(period: string, ctx: Pick<ChartContext, 't' | 'locale'>): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return ctx.t('charts.quarter', { year: quarter[1]!, n: quarter[2]! });
  return monthLabel(period, ctx.locale);
}

/** A major-unit amount back in minor units, for the money formatter (exact for the axis's round values). */
function majorToMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency));
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/**
 * Axis ticks and bar labels: "¥1.2万", "$12K", "¥0". Not formatMoney's compact form: that keeps
 * the currency's minimum of two decimals, clipped to one, so every tick would end in ".0".
 */
export function compactMoney(major: number, ctx: Pick<ChartContext, 'locale' | 'currency'>): string {
  const key = `${ctx.locale}|${ctx.currency}`;
  let format = compactFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(ctx.locale, {
      style: 'currency',
      currency: ctx.currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    compactFormats.set(key, format);
  }
  return format.format(major);
}

/** Tooltips and text alternatives: the full amount, "¥12,345.60". */
export function fullMoney(minor: number, ctx: Pick<ChartContext, 'locale' | 'currency'>): string {
  return formatMoney(minor, ctx.currency, ctx.locale);
}

export function fullMoneyFromMajor(major: number, ctx: Pick<ChartContext, 'locale' | 'currency'>): string {
  return fullMoney(majorToMinor(major, ctx.currency), ctx);
}

// Making an Intl formatter costs far more than formatting with one, and a report's charts format thousands of numbers.
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

export function numberText(value: number, locale: string, compact = false): string {
  const key = `${locale}|${compact}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * One unit for every label of a value axis, chosen by its largest value: "0, 5千…" or "5,000, 1万"
 * side by side would read as two scales. Chinese counts in 万 and 亿, English in K, M and B; an
 * axis under 10,000 (Chinese) or 1,000 (English) keeps plain numbers.
 */
export function axisNumberFormat(max: number, locale: string): (value: number) => string {
  const zh = locale.toLowerCase().startsWith('zh');
  const steps: [number, string][] = zh
    ? [
        [1e8, '亿'],
        [1e4, '万'],
      ]
    : [
        [1e9, 'B'],
        [1e6, 'M'],
        [1e3, 'K'],
      ];
  const [size, suffix] = steps.find(([s]) => Math.abs(max) >= s) ?? [1, ''];
  return (value) => (value === 0 ? numberText(0, locale) : `${numberText(value / size, locale)}${suffix}`);
}

/** "a, b and c" / "a、b和c". */
export function listText(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/** Tooltips are HTML; plan text (an action's title) must arrive as text, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/**
 * A generous width of a label in pixels, for room a chart must leave outside its plot (a bar's
 * value beside the longest bar): CJK characters are an em, others two thirds of one, which is
 * wider than digits and most letters of the sans fonts the charts use.
 */
export function labelWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.66;
  return Math.ceil(ems * fontSize);
}
