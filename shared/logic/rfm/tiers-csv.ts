import { minorDigits } from '../../format/money';
import type { RfmAnalysis } from './analyse';

/** Minor units as a plain decimal ("123450" fen → "1234.50"): exact, no grouping, for files. */
export function minorToDecimal(minor: number | bigint, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(minor)
    .replace('-', '')
    .padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const TIERS_CSV_HEADER = ['id', 'last_purchase', 'purchases', 'spend', 'recency_days', 'r', 'f', 'm', 'rfm', 'segment', 'tier'];

/**
 * One row per customer, in the list's order: the inputs, the scores, the segment and the tier.
 * Codes, not words (`champions`, `opinionLeaders`), so a script can read it in any language.
 */
export function tiersCsv(analysis: RfmAnalysis, currency: string): string {
  const lines = [TIERS_CSV_HEADER.join(',')];
  for (const c of analysis.customers)
    lines.push(
      [
        cell(c.id),
        c.lastPurchase ?? '',
        String(c.purchases),
        minorToDecimal(c.spend, currency),
        c.recencyDays === null ? '' : String(c.recencyDays),
        String(c.r),
        String(c.f),
        String(c.m),
        `${c.r}${c.f}${c.m}`,
        c.segment,
        c.group,
      ].join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}
