import type { Translate } from '../i18n/types';
import type { ClassBoard } from './board';
import { BOARD_COLUMNS, columnLabel, formatCell, formatMedianCell, isTextColumn } from './columns';

const escapeCell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The board as a Markdown table (GitHub's dialect): numbers right-aligned, the median last in bold. */
export function boardMarkdown(board: ClassBoard, title: string, t: Translate, locale: string): string {
  const head = `| ${BOARD_COLUMNS.map((c) => escapeCell(columnLabel(c, t))).join(' | ')} |`;
  const align = `| ${BOARD_COLUMNS.map((c) => (isTextColumn(c) ? ':--' : '--:')).join(' | ')} |`;
  const rows = board.rows.map((row) => `| ${BOARD_COLUMNS.map((c) => escapeCell(formatCell(row, c, locale))).join(' | ')} |`);
  const median =
    board.rows.length > 0
      ? [
          `| ${BOARD_COLUMNS.map((c) => {
            const cell = formatMedianCell(board.median, c, board.currency, locale, t);
            return cell ? `**${escapeCell(cell)}**` : '';
          }).join(' | ')} |`,
        ]
      : [];
  const note = board.rows.length > 0 && board.currency === null ? `\n${t('classes.mixedCurrencies')}\n` : '';
  return `# ${escapeCell(title)}\n\n${[head, align, ...rows, ...median].join('\n')}\n${note}`;
}
