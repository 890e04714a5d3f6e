import { minorDigits, toMajor } from '../format/money';
import type { SheetCellKind, SheetValue } from './plan-tables';

/**
 * The spreadsheet number format of an amount in a currency, as the export's language writes it:
 * `"¥"#,##0.00` for yuan in Chinese, `"CN¥"#,##0.00` in English, `#,##0` for yen. Built from
 * Intl's own formatting of the currency, so the symbol and its place are the platform's.
 */
export function currencyNumberFormat(currency: string, locale: string): string {
  const digits = minorDigits(currency);
  const number = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  } catch {
    return `${number} "${currency}"`;
  }
  const pattern = (value: number) => {
    let out = '';
    let numberWritten = false;
    for (const part of format.formatToParts(value)) {
      if (['integer', 'group', 'decimal', 'fraction'].includes(part.type)) {
        if (!numberWritten) out += number;
        numberWritten = true;
      } else if (part.type === 'minusSign') out += '-';
      else if (part.value.trim() === '') out += ' ';
      else out += `"${part.value.replace(/"/g, '')}"`;
    }
    return out;
  };
  return `${pattern(1234.5)};${pattern(-1234.5)}`;
}

export const PERCENT_FORMAT = '0.0%';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONTH_FORMAT = 'yyyy-mm';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** A calendar day as a spreadsheet date: midnight UTC, which exceljs writes as the day's serial number. */
export function isoToDate(iso: string): Date | null {
  const day = ISO_DATE.exec(iso);
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const month = ISO_MONTH.exec(iso);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return null;
}

/** A value as the text of a CSV field: money in major units with the currency's decimals, no grouping; dates in ISO. */
export function csvText(value: SheetValue, kind: SheetCellKind, currency: string): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (kind === 'money') return toMajor(value, currency).toFixed(minorDigits(currency));
    return String(value);
  }
  return value;
}
