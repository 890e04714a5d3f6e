import type { Translate } from '../i18n/types';
import type { ClassBoard } from './board';
import { BOARD_COLUMNS, columnLabel, columnPart, plainCell, plainMedianCell } from './columns';

/** Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it Chinese names turn to mojibake. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell of RFC 4180 CSV. A text that a spreadsheet would read as a formula (= + - @ at its
 * start) gets a leading apostrophe, so a participant's name can never run as one.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The board as CSV (UTF-8 with BOM, CRLF): a header, one line per participant, then the median. Money as plain numbers with a currency column. */
export function boardCsv(board: ClassBoard, t: Translate): string {
  const header = [
    ...BOARD_COLUMNS.map((c) => (columnPart(c) ? `${columnLabel(c, t)} (${t('classes.columns.progress')})` : columnLabel(c, t))),
    t('classes.columns.breakEvenMonth'),
    t('classes.columns.currency'),
  ];
  const lines = [header];
  for (const row of board.rows) lines.push([...BOARD_COLUMNS.map((c) => plainCell(row, c)), row.breakEvenMonth ?? '', row.currency]);
  if (board.rows.length > 0) {
    const median = BOARD_COLUMNS.map((c) => plainMedianCell(board.median, c, board.currency));
    median[0] = t('classes.median');
    lines.push([...median, '', board.currency ?? '']);
  }
  return `${UTF8_BOM}${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
