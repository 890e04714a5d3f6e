/**
 * A cell's value as text and back: what the cell shows, what its editor starts with, what Ctrl+C
 * copies and what a typed or pasted string means. Pasting from Excel goes through `parseCell`, so
 * a pasted "12%", "¥1,200.50" or "Growth" lands as a number or a choice, or is refused with a reason.
 */
import { formatMoneyPlain, minorDigits, parseMoney } from '../../../../shared/format/money';
import { formatDate } from '../../format/dates';
import type { CellParse, CellValue, GridColumn } from './types';

export type CellContext = {
  locale: string;
  currency: string;
  /** i18next's t (or a test's): messages come back in the UI's language. */
  t: (key: string, params?: Record<string, string | number>) => string;
};

/** Full-width digits and punctuation (as Chinese input methods type them) read as ASCII. */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uff0e\u3002]/g, '.')
    .replace(/[\uff0c]/g, ',')
    .replace(/[\uff05]/g, '%')
    .replace(/[\uff0d\u2212]/g, '-');
}

/** "1,234.5", " -12 " → the number; '' → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const cleaned = normalizeDigits(text).replace(/[\s,\u00a0\u202f']/g, '');
  if (cleaned === '') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

export function parsePercent(text: string): number | null {
  return parseNumber(normalizeDigits(text).trim().replace(/%$/, ''));
}

function optionFor(options: readonly { value: string; label: string }[], text: string) {
  const wanted = text.trim().toLocaleLowerCase();
  return options.find((o) => o.value.toLocaleLowerCase() === wanted || o.label.trim().toLocaleLowerCase() === wanted);
}

const TRUE_WORDS = ['yes', 'y', 'true', '1', 'x', '✓', '✔', '是', '对'];
const FALSE_WORDS = ['no', 'n', 'false', '0', '', '否', '不'];

function isoDate(text: string): string | null {
  const m = normalizeDigits(text)
    .trim()
    .match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function isoMonth(text: string): string | null {
  const m = normalizeDigits(text)
    .trim()
    .match(/^(\d{4})[-/.年](\d{1,2})月?$/);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : null;
}

/** What typed or pasted text means in this column, or why it cannot go there. */
export function parseCell<R>(column: GridColumn<R>, text: string, ctx: CellContext): CellParse {
  const trimmed = text.trim();
  const refuse = (key: string, params?: Record<string, string | number>): CellParse => ({ ok: false, message: ctx.t(key, params) });
  const nullable = column.nullable ?? true;
  switch (column.type) {
    case 'text':
      return { ok: true, value: text.replace(/[\r\n]+/g, ' ') };
    case 'longText':
      return { ok: true, value: text };
    case 'integer':
    case 'quantity': {
      const n = parseNumber(trimmed);
      if (n === null) return { ok: true, value: null };
      if (Number.isNaN(n)) return refuse('validation.number');
      if (column.type === 'integer' && !Number.isInteger(n)) return refuse('editor.input.notWhole');
      return { ok: true, value: n };
    }
    case 'money': {
      const minor = parseMoney(normalizeDigits(trimmed), ctx.currency);
      if (minor === null) return { ok: true, value: null };
      return Number.isNaN(minor) ? refuse('validation.amount') : { ok: true, value: minor };
    }
    case 'percent': {
      const n = parsePercent(trimmed);
      if (n === null) return { ok: true, value: null };
      return Number.isNaN(n) ? refuse('validation.percent') : { ok: true, value: n };
    }
    case 'score': {
      const n = parseNumber(trimmed);
      if (n === null) return { ok: true, value: null };
      return Number.isInteger(n) && n >= 1 && n <= 5 ? { ok: true, value: n } : refuse('validation.score');
    }
    case 'date': {
      if (trimmed === '') return nullable ? { ok: true, value: null } : refuse('validation.date');
      const iso = isoDate(trimmed);
      return iso ? { ok: true, value: iso } : refuse('validation.date');
    }
    case 'month': {
      if (trimmed === '') return nullable ? { ok: true, value: null } : refuse('validation.month');
      const iso = isoMonth(trimmed);
      return iso ? { ok: true, value: iso } : refuse('validation.month');
    }
    case 'select':
    case 'link': {
      if (trimmed === '') return nullable ? { ok: true, value: null } : refuse('validation.empty');
      const option = optionFor(column.options ?? [], trimmed);
      if (option) return { ok: true, value: option.value };
      return column.type === 'select'
        ? refuse('editor.input.notOption', { options: (column.options ?? []).map((o) => o.label).join(', ') })
        : refuse('editor.input.noSuchRow', { name: trimmed });
    }
    case 'multiLink': {
      const names = trimmed.split(/\s*[,;，；、\n]\s*/).filter(Boolean);
      const ids: string[] = [];
      for (const name of names) {
        const option = optionFor(column.options ?? [], name);
        if (!option) return refuse('editor.input.noSuchRow', { name });
        if (!ids.includes(option.value)) ids.push(option.value);
      }
      return { ok: true, value: ids };
    }
    case 'boolean': {
      const word = trimmed.toLocaleLowerCase();
      if (TRUE_WORDS.includes(word)) return { ok: true, value: true };
      if (FALSE_WORDS.includes(word)) return { ok: true, value: false };
      return refuse('editor.input.notBoolean');
    }
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export function formatQuantity(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** 4.2 → "4.2%": percent fields hold the percentage itself, not the fraction. */
export function formatPercentValue(value: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
export function formatMonth(iso: string, locale: string): string {
  const date = new Date(`${iso}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  let f = monthFormats.get(locale);
  if (!f) monthFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' })));
  return f.format(date);
}

function labelOf<R>(column: GridColumn<R>, value: string): string {
  return column.options?.find((o) => o.value === value)?.label ?? '';
}

function listSeparator(locale: string): string {
  return locale.startsWith('zh') ? '、' : ', ';
}

/** What the cell shows when it is not being edited. */
export function displayCell<R>(column: GridColumn<R>, value: CellValue, ctx: CellContext): string {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'integer':
    case 'quantity':
      return typeof value === 'number' ? formatQuantity(value, ctx.locale) : '';
    case 'money':
      // The currency code sits in the column header; cells show the amount alone, as a ledger does.
      return typeof value === 'number' ? formatMoneyPlain(value, ctx.currency, ctx.locale) : '';
    case 'percent':
      return typeof value === 'number' ? formatPercentValue(value, ctx.locale) : '';
    case 'date':
      return typeof value === 'string' && value ? formatDate(value, ctx.locale) : '';
    case 'month':
      return typeof value === 'string' && value ? formatMonth(value, ctx.locale) : '';
    case 'select':
    case 'link':
      return typeof value === 'string' ? labelOf(column, value) : '';
    case 'multiLink':
      return Array.isArray(value)
        ? value
            .map((id) => labelOf(column, id))
            .filter(Boolean)
            .join(listSeparator(ctx.locale))
        : '';
    case 'boolean':
      return value === true ? ctx.t('editor.grid.yes') : ctx.t('editor.grid.no');
    default:
      return String(value);
  }
}

/** What the editor starts with: plain, unformatted, so it reads back exactly. */
export function editText<R>(column: GridColumn<R>, value: CellValue, ctx: CellContext): string {
  if (value === null || value === undefined) return '';
  if (column.type === 'money' && typeof value === 'number') {
    const digits = minorDigits(ctx.currency);
    return (value / 10 ** digits).toFixed(digits);
  }
  if (column.type === 'select' || column.type === 'link' || column.type === 'multiLink' || column.type === 'boolean')
    return copyCell(column, value, ctx);
  return String(value);
}

/** What Ctrl+C puts on the clipboard for the cell: text a spreadsheet (and our paste) reads back. */
export function copyCell<R>(column: GridColumn<R>, value: CellValue, ctx: CellContext): string {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'money':
      return editText(column, value, ctx);
    case 'percent':
      return `${value}%`;
    case 'select':
    case 'link':
      return typeof value === 'string' ? labelOf(column, value) : '';
    case 'multiLink':
      return Array.isArray(value)
        ? value
            .map((id) => labelOf(column, id))
            .filter(Boolean)
            .join(', ')
        : '';
    case 'boolean':
      return value === true ? ctx.t('editor.grid.yes') : ctx.t('editor.grid.no');
    default:
      return String(value);
  }
}

/** The value a cleared cell (Delete key) gets. */
export function emptyValue<R>(column: GridColumn<R>): CellValue {
  switch (column.type) {
    case 'text':
    case 'longText':
      return '';
    case 'multiLink':
      return [];
    case 'boolean':
      return false;
    default:
      return null;
  }
}

export function isNumericColumn<R>(column: GridColumn<R>): boolean {
  return ['integer', 'quantity', 'money', 'percent', 'score'].includes(column.type);
}

export function cellValue<R>(column: GridColumn<R>, row: R): CellValue {
  return column.get ? column.get(row) : ((row as Record<string, unknown>)[column.id] as CellValue);
}

export function withCellValue<R>(column: GridColumn<R>, row: R, value: CellValue): R {
  return column.set ? column.set(row, value) : ({ ...row, [column.id]: value } as R);
}
