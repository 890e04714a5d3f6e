import type { RichBlock, RichText } from '../domain';
import type { Cell, TableBlock } from '../report/types';
import type { SlideTable } from './types';

/**
 * How much a slide holds at 1280 × 720 with type of at least 20 px. The screen is fixed in
 * proportion (16:9, type scaled with it), so these counts hold on any screen; checked by eye in
 * the screenshots and by the e2e test that no slide's content overflows.
 */
export const SLIDE_LIMITS = {
  /** Rows of a table whose cells are one line each. */
  tableRows: 8,
  /** Rows of a table with a column of sentences (two lines each). */
  wrapTableRows: 5,
  /** Lines in one quarter of a 2 × 2, and what one of its lines holds (in Latin letters). */
  quadrantLines: 6,
  quadrantLineWidth: 44,
  /** Cards on one slide (three by two). */
  cards: 6,
  /** Lines of narrative, counted at LINE_WIDTH. */
  textLines: 12,
} as const;

/** What one line of slide text holds, in widths of a Latin letter (a CJK character counts two). */
export const LINE_WIDTH = 80;

/**
 * "CN¥12,611,600.00" → "CN¥12,611,600": a sum on a slide is read from across the room, where
 * zero cents are noise and would wrap the figure. Cents that are not zero stay.
 */
export function dropZeroCents(text: string): string {
  return text.replace(/(\d)\.00?(?!\d)/g, '$1');
}

/** The first `max` items and how many were left out. */
export function cutList<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  const shown = items.slice(0, Math.max(0, max));
  return { shown, more: items.length - shown.length };
}

/**
 * The first items whose lines fit `lines`, each item taking at most `maxLinesPerItem` (the screen
 * clamps longer ones), and how many were left out. The first item is always kept.
 */
export function cutByLines<T>(
  items: readonly T[],
  text: (item: T) => string,
  options: { lines: number; lineWidth: number; maxLinesPerItem: number },
): { shown: T[]; more: number } {
  let used = 0;
  let count = 0;
  for (const item of items) {
    const need = Math.min(options.maxLinesPerItem, textLines(text(item), options.lineWidth));
    if (count > 0 && used + need > options.lines) break;
    used += need;
    count += 1;
  }
  return cutList(items, count);
}

/** A string's width in Latin letters: East Asian wide characters take two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

/** Lines a text takes at LINE_WIDTH (at least one). */
export function textLines(text: string, lineWidth = LINE_WIDTH): number {
  return Math.max(1, Math.ceil(textWidth(text) / lineWidth));
}

function blockText(block: RichBlock): string[] {
  if (block.type === 'paragraph') return [(block.content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('')];
  return block.content.map((item) => item.content.map((p) => (p.content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('')).join(' '));
}

function blockLines(block: RichBlock): number {
  // A list item starts its own line and is indented by about three letters.
  return blockText(block).reduce((sum, text) => sum + textLines(text, block.type === 'paragraph' ? LINE_WIDTH : LINE_WIDTH - 3), 0);
}

/**
 * The narrative's first blocks that fit `lines`, and how many blocks were left out. The first
 * block is always kept (the screen clamps it if even that is too long), so a slide never shows
 * only "+N more".
 */
export function cutRichText(doc: RichText, lines: number = SLIDE_LIMITS.textLines): { doc: RichText; more: number } {
  const kept: RichBlock[] = [];
  let used = 0;
  for (const block of doc.content) {
    const need = blockLines(block);
    if (kept.length > 0 && used + need > lines) break;
    kept.push(block);
    used += need;
  }
  return { doc: { type: 'doc', content: kept }, more: doc.content.length - kept.length };
}

/**
 * A report table as a slide shows it: only the columns named (by index, in that order), the
 * first rows that fit, the footer kept (totals matter most), and the count of rows left out.
 * `wrap` marks the columns of sentences, which take two lines and so halve the rows.
 */
export function cutTable(
  table: TableBlock,
  options: { columns?: readonly number[]; wrap?: readonly number[]; maxRows?: number; widths?: Readonly<Record<number, number>> } = {},
): SlideTable {
  const indexes = options.columns ?? table.columns.map((_, i) => i);
  const wrap = new Set(options.wrap ?? []);
  const maxRows = options.maxRows ?? (wrap.size > 0 ? SLIDE_LIMITS.wrapTableRows : SLIDE_LIMITS.tableRows);
  // The footer's rows come out of the same screen.
  const { shown, more } = cutList(table.rows, Math.max(1, maxRows - table.footer.length));
  // Amounts lose their zero cents, as the figures do: a column of "36,000.00" is read as "36,000".
  const pick = (row: readonly Cell[]) =>
    indexes
      .filter((i) => row[i] !== undefined)
      .map((i) => (table.columns[i]?.align === 'right' ? { ...row[i]!, text: dropZeroCents(row[i]!.text) } : row[i]!));
  return {
    kind: 'table',
    id: table.id,
    columns: indexes.map((i) => ({
      ...table.columns[i]!,
      ...(options.widths?.[i] !== undefined ? { width: options.widths[i] } : {}),
      ...(wrap.has(i) ? { wrap: true } : {}),
    })),
    rows: shown.map(pick),
    footer: table.footer.map(pick),
    more,
  };
}
