import { csvCell, UTF8_BOM } from '../format/csv';
import type { Translate } from '../i18n/types';
import type { ClassBoard } from './board';
import { BOARD_COLUMNS, columnLabel, columnPart, plainCell, plainMedianCell } from './columns';

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
