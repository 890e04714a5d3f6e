import { PART_KEYS, type PartKey } from '../domain';
import { formatMoney, formatMoneyPlain, toMajor } from '../format/money';
import { formatPlanMonth } from '../format/dates';
import type { Translate } from '../i18n/types';
import type { BoardMedian, BoardRow } from './board';

/** Every column of the class board, in the order shown; a part's completeness is `part.<key>`. */
export const BOARD_COLUMNS = [
  'author',
  'name',
  'progress',
  ...PART_KEYS.map((p) => `part.${p}` as const),
  'problems',
  'warnings',
  'revenue',
  'marketing',
  'contribution',
  'breakEven',
  'objectives',
  'actions',
  'kpis',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export function isBoardColumn(value: unknown): value is BoardColumn {
  return typeof value === 'string' && (BOARD_COLUMNS as readonly string[]).includes(value);
}

export function columnPart(column: BoardColumn): PartKey | null {
  return column.startsWith('part.') ? (column.slice(5) as PartKey) : null;
}

/** Whether a column holds text (left-aligned, sorted A→Z first) or a number. */
export function isTextColumn(column: BoardColumn): boolean {
  return column === 'author' || column === 'name';
}

export const MONEY_COLUMNS = ['revenue', 'marketing', 'contribution'] as const;
type MoneyColumn = (typeof MONEY_COLUMNS)[number];
type CountColumn = 'problems' | 'warnings' | 'objectives' | 'actions' | 'kpis';
const isMoney = (column: BoardColumn): column is MoneyColumn => (MONEY_COLUMNS as readonly string[]).includes(column);

/** The value a column sorts by; null sorts last whichever the direction. Money compares in major units (currencies may differ). */
export function sortValue(row: BoardRow, column: BoardColumn): string | number | null {
  const part = columnPart(column);
  if (part) return row.parts[part].total === 0 ? null : row.parts[part].done / row.parts[part].total;
  if (column === 'breakEven') return row.breakEvenUnits;
  if (isMoney(column)) return row[column] === null ? null : toMajor(row[column], row.currency);
  return row[column as Exclude<BoardColumn, `part.${PartKey}` | 'breakEven' | MoneyColumn>];
}

/** The rows sorted by one column (a stable sort; ties by participant, then plan name). Text columns sort by the locale's collation. */
export function sortBoard(rows: readonly BoardRow[], column: BoardColumn, direction: SortDirection, locale: string): BoardRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'asc' ? 1 : -1;
  const tie = (a: BoardRow, b: BoardRow) => collator.compare(a.author, b.author) || collator.compare(a.name, b.name);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) return x === y ? tie(a, b) : x === null ? 1 : -1;
    const order = typeof x === 'string' || typeof y === 'string' ? collator.compare(String(x), String(y)) : x - y;
    return order !== 0 ? sign * order : tie(a, b);
  });
}

/** A column's heading in the reader's language. */
export function columnLabel(column: BoardColumn, t: Translate): string {
  const part = columnPart(column);
  if (part) return t(`parts.${part}`);
  return t(`classes.columns.${column}`);
}

/** A column's short heading (the parts' abbreviations), for the board's narrow cells. */
export function columnShortLabel(column: BoardColumn, t: Translate): string {
  const part = columnPart(column);
  return part ? t(`classes.partShort.${part}`) : columnLabel(column, t);
}

const percent = (share: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const integer = (n: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);

/**
 * A cell as people read it (money with its currency, "3/5", "62 %"); '—' where there is no figure.
 * `compact` writes money as "CN¥12.6M" / "¥1,261万", for the board on a screen (its title has the whole sum).
 */
export function formatCell(row: BoardRow, column: BoardColumn, locale: string, options: { compact?: boolean } = {}): string {
  const part = columnPart(column);
  if (part) return `${row.parts[part].done}/${row.parts[part].total}`;
  if (column === 'author' || column === 'name') return row[column];
  if (column === 'progress') return percent(row.progress, locale);
  if (isMoney(column)) return row[column] === null ? '—' : formatMoney(row[column], row.currency, locale, options);
  if (column === 'breakEven') {
    if (row.breakEvenUnits === null) return '—';
    // On screen the month waits in the cell's title: the board must fit a 1280-pixel window.
    if (options.compact || !row.breakEvenMonth) return integer(row.breakEvenUnits, locale);
    return `${integer(row.breakEvenUnits, locale)} (${formatPlanMonth(row.breakEvenMonth, locale)})`;
  }
  return integer(row[column as CountColumn], locale);
}

/** The median row's cell; money in the class's one currency, '—' where there is none. */
export function formatMedianCell(
  m: BoardMedian,
  column: BoardColumn,
  currency: string | null,
  locale: string,
  t: Translate,
  options: { compact?: boolean } = {},
): string {
  const part = columnPart(column);
  if (column === 'author') return t('classes.median');
  if (column === 'name') return '';
  const value = part
    ? m.parts[part]
    : column === 'breakEven'
      ? m.breakEvenUnits
      : m[column as Exclude<BoardColumn, 'author' | 'name' | 'breakEven' | `part.${PartKey}`>];
  if (value === null) return '—';
  if (part || column === 'progress') return percent(value, locale);
  if (isMoney(column)) return currency ? formatMoney(value, currency, locale, options) : '—';
  return integer(value, locale);
}

/** A cell for a spreadsheet: plain numbers (money in major units with a dot), parts as "done/total". */
export function plainCell(row: BoardRow, column: BoardColumn): string {
  const part = columnPart(column);
  if (part) return `${row.parts[part].done}/${row.parts[part].total}`;
  if (column === 'author' || column === 'name') return row[column];
  if (column === 'progress') return String(Math.round(row.progress * 100));
  if (isMoney(column)) return row[column] === null ? '' : formatMoneyPlain(row[column], row.currency, 'en').replace(/,/g, '');
  if (column === 'breakEven') return row.breakEvenUnits === null ? '' : String(row.breakEvenUnits);
  return String(row[column as CountColumn]);
}

export function plainMedianCell(m: BoardMedian, column: BoardColumn, currency: string | null): string {
  const part = columnPart(column);
  if (column === 'author' || column === 'name') return '';
  const value = part
    ? m.parts[part]
    : column === 'breakEven'
      ? m.breakEvenUnits
      : m[column as Exclude<BoardColumn, 'author' | 'name' | 'breakEven' | `part.${PartKey}`>];
  if (value === null) return '';
  if (part || column === 'progress') return String(Math.round(value * 100));
  if (isMoney(column)) return currency ? formatMoneyPlain(value, currency, 'en').replace(/,/g, '') : '';
  return String(value);
}
