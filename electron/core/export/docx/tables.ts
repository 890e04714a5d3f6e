import type { Align, Cell, KeyValueBlock, MatrixBlock, TableBlock } from '../../../../shared/report/types';
import { STYLE } from './styles';
import { tint, type DocxTheme } from './theme';
import { border, paragraph, run, type Border, type RunProps } from './xml';

/**
 * Real Word tables: fixed column widths that add up to the text width (so nothing runs off the
 * page whatever the content), a header row in the brand colour that repeats on every page, rows
 * that never split across pages, and thin horizontal rules only, as printed reports have them.
 */

const NONE: Border = { style: 'none', size: 0, color: 'FFFFFF' };
const CELL_MARGINS = { top: 70, bottom: 70, left: 100, right: 100 };
/** Tables up to this many rows stay on one page with their caption; longer ones break between rows. */
const KEEP_TOGETHER_ROWS = 20;

/** Integer widths in twips, in proportion to `weights`, that sum exactly to `total`. */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
// Words a line may not break inside: runs of Latin letters and digits; each CJK character stands alone.
const WORDS = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+/g;

/**
 * A generous width of text in twips at `halfPoints`: CJK characters are one em, Latin ones are
 * measured at the width of a wide sans (DejaVu, which LibreOffice substitutes for Calibri where
 * Calibri is missing), so what fits here fits in Word too.
 */
function textTwips(text: string, halfPoints: number, bold: boolean): number {
  let ems = 0;
  let previous: boolean | null = null;
  for (const char of text) {
    const cjk = CJK.test(char);
    // Word and LibreOffice put a quarter em between Chinese and Latin text ("2027 年 10 月").
    if (previous !== null && previous !== cjk && char.trim() !== '') ems += 0.25;
    ems += cjk ? 1 : bold ? 0.72 : 0.64;
    previous = char.trim() === '' ? null : cjk;
  }
  return Math.ceil(ems * halfPoints * 10);
}

/** Short labels ("2027年3月", "In progress") read badly wrapped, so they count as one word. */
const SHORT_LABEL = 12;

function longestWord(text: string, halfPoints: number, bold: boolean): number {
  return Math.max(
    0,
    ...text.split('\n').map((line) =>
      [...line].length <= SHORT_LABEL ? textTwips(line, halfPoints, bold) : Math.max(0, ...(line.match(WORDS) ?? []).map((w) => textTwips(w, halfPoints, bold))),
    ),
  );
}

/**
 * Column widths from the model's proportions, widened where a header word or a number would
 * otherwise break inside itself ("Shar-e", "12,611,600.0-0"), taking the room from the text
 * columns, which wrap between words.
 */
export function fittedWidths(block: TableBlock, total: number, halfPoints: number): number[] {
  const padding = CELL_MARGINS.left + CELL_MARGINS.right + 30;
  const mins = block.columns.map((col, i) => {
    const cells = [...block.rows, ...block.footer].map((r) => r[i]).filter((c): c is Cell => c !== undefined);
    const header = Math.max(...col.header.split('\n').map((line) => longestWord(line, halfPoints, true)));
    // Text wraps between words, but no word (a number is one) is split; a very long word may wrap.
    const body = Math.min(Math.round(total * 0.4), Math.max(0, ...cells.map((c) => longestWord(c.text, halfPoints, true))));
    return Math.max(header, body) + padding;
  });
  const weights = block.columns.map((c) => c.width);
  const fixed = new Set<number>();
  for (;;) {
    const room = total - [...fixed].reduce((sum, i) => sum + mins[i]!, 0);
    const free = weights.map((w, i) => (fixed.has(i) ? 0 : w));
    const freeSum = free.reduce((a, b) => a + b, 0);
    if (room <= 0 || freeSum === 0) return columnWidths(mins, total);
    const widths = weights.map((_, i) => (fixed.has(i) ? mins[i]! : (free[i]! / freeSum) * room));
    const tooNarrow = widths.findIndex((w, i) => !fixed.has(i) && w < mins[i]!);
    if (tooNarrow < 0) return columnWidths(widths, total);
    fixed.add(tooNarrow);
  }
}

function rule(size: number, color: string): Border {
  return { style: 'single', size, color };
}

type Margins = { top: number; left: number; bottom: number; right: number };

function margins(tag: 'tblCellMar' | 'tcMar', m: Margins): string {
  return `<w:${tag}><w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/><w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/></w:${tag}>`;
}

/** A side left out keeps what the table (for a cell) or the table style (for a table) gives it. */
type Borders = { top?: Border; left?: Border; bottom?: Border; right?: Border; insideH?: Border; insideV?: Border };
const SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;

function borders(tag: 'tblBorders' | 'tcBorders', b: Borders): string {
  return `<w:${tag}>${SIDES.map((side) => (b[side] ? border(side, b[side]) : '')).join('')}</w:${tag}>`;
}

function table(width: number, widths: readonly number[], rows: string, options: { borders: Borders; margins?: Margins }): string {
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${borders('tblBorders', options.borders)}<w:tblLayout w:type="fixed"/>${options.margins ? margins('tblCellMar', options.margins) : ''}</w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`
  );
}

function row(cells: string, options: { cantSplit: boolean; header?: boolean }): string {
  const props = `${options.cantSplit ? '<w:cantSplit/>' : ''}${options.header ? '<w:tblHeader/>' : ''}`;
  return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells}</w:tr>`;
}

type CellOptions = { fill?: string; borders?: Borders; margins?: Margins; verticalAlign?: 'bottom' };

function cell(width: number, content: string, options: CellOptions = {}): string {
  const props =
    `<w:tcW w:w="${width}" w:type="dxa"/>` +
    (options.borders ? borders('tcBorders', options.borders) : '') +
    (options.fill ? `<w:shd w:fill="${options.fill}" w:color="auto" w:val="clear"/>` : '') +
    (options.margins ? margins('tcMar', options.margins) : '') +
    (options.verticalAlign ? `<w:vAlign w:val="${options.verticalAlign}"/>` : '');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
}

/** A cell's text, one paragraph a line, and its quieter detail line under it. */
function cellParagraphs(
  text: string,
  style: string,
  align: Align,
  props: RunProps,
  keepNext: boolean,
  detail?: { text: string; color: string; size: number },
): string {
  let out = '';
  for (const line of text.split('\n')) out += paragraph({ style, keepNext, align }, line ? run(line, props) : '');
  if (detail) out += paragraph({ style, keepNext, spacing: { before: 30 }, align }, run(detail.text, { color: detail.color, size: detail.size }));
  return out;
}

export function spacer(): string {
  // Two tables in a row would merge into one in Word; a small empty paragraph keeps them apart.
  return paragraph({ spacing: { before: 0, after: 0, line: 200 }, mark: { size: 12 } });
}

export function dataTable(block: TableBlock, theme: DocxTheme): string {
  const { color } = theme;
  const widths = fittedWidths(block, theme.textWidth, theme.size.table);
  const keep = block.rows.length + block.footer.length <= KEEP_TOGETHER_ROWS;
  const header = row(
    block.columns
      .map((col, i) => cell(widths[i]!, cellParagraphs(col.header, STYLE.tableHead, col.align, {}, false), { fill: color.brand, verticalAlign: 'bottom' }))
      .join(''),
    { cantSplit: true, header: true },
  );
  const total = block.rows.length + block.footer.length;
  const footerRule: Borders = { top: rule(8, color.ruleStrong) };
  const bodyRow = (cells: Cell[], index: number, footer: boolean, last: boolean) => {
    // The last row keeps with the note under the table, so a note never starts a page alone.
    const keepNext = (keep && !last) || (last && block.note !== null);
    return row(
      cells
        .map((c, i) => {
          const align = block.columns[i]?.align ?? 'left';
          const content = cellParagraphs(
            c.text,
            STYLE.tableText,
            align,
            { bold: footer || c.bold || undefined, color: c.tone ? color.tones[c.tone] : undefined },
            keepNext,
            c.detail ? { text: c.detail, color: color.muted, size: theme.size.small } : undefined,
          );
          return cell(widths[i]!, content, {
            fill: footer ? color.footerFill : undefined,
            // A stronger rule above the totals; the cell's other sides keep the table's.
            borders: footer && index === 0 ? footerRule : undefined,
          });
        })
        .join(''),
      { cantSplit: true },
    );
  };
  let rows = header;
  block.rows.forEach((r, i) => (rows += bodyRow(r, i, false, i === total - 1)));
  block.footer.forEach((r, i) => (rows += bodyRow(r, i, true, block.rows.length + i === total - 1)));
  const caption = block.caption ? paragraph({ style: STYLE.caption }, run(block.caption)) : '';
  const body = table(theme.textWidth, widths, rows, {
    borders: { top: NONE, left: NONE, bottom: rule(8, color.ruleStrong), right: NONE, insideH: rule(4, color.rule), insideV: NONE },
    margins: CELL_MARGINS,
  });
  return caption + body + (block.note ? paragraph({ style: STYLE.note }, run(block.note)) : spacer());
}

/** Label–value pairs. Figures (all right-aligned) get a compact table; prose gets the full width. */
export function keyValueTable(block: KeyValueBlock, theme: DocxTheme): string {
  const { color } = theme;
  const figures = block.rows.every((r) => r.align === 'right');
  const width = figures ? Math.round(theme.textWidth * 0.66) : theme.textWidth;
  const widths = columnWidths(figures ? [58, 42] : [30, 70], width);
  const rows = block.rows
    .map((r, i) => {
      const keepNext = block.rows.length <= KEEP_TOGETHER_ROWS && i < block.rows.length - 1;
      return row(
        cell(widths[0]!, cellParagraphs(r.label, STYLE.tableText, 'left', { bold: true }, keepNext), { fill: color.brandPale }) +
          cell(widths[1]!, cellParagraphs(r.value, STYLE.tableText, r.align ?? 'left', { bold: r.bold || undefined }, keepNext)),
        { cantSplit: true },
      );
    })
    .join('');
  const line = rule(4, color.rule);
  return (
    table(width, widths, rows, { borders: { top: line, left: NONE, bottom: line, right: NONE, insideH: line, insideV: NONE }, margins: CELL_MARGINS }) + spacer()
  );
}

/** Quadrant hues that read as the conventional SWOT colours, muted for print. */
const QUADRANT: Record<string, string> = { S: '2E7D4F', W: 'B26B00', O: '2F5F98', T: 'A8322D' };

export function matrixTable(block: MatrixBlock, theme: DocxTheme): string {
  const { color } = theme;
  const widths = columnWidths([1, 1], theme.textWidth);
  const white = rule(24, 'FFFFFF');
  const thin = rule(4, 'auto');
  const rows = block.quadrants
    .map((pair, rowIndex) => {
      const keepNext = rowIndex === 0;
      const cells = pair.map((q, i) => {
        const hue = QUADRANT[q.key] ?? color.brand;
        const title = paragraph(
          { style: STYLE.tableText, keepNext, spacing: { after: 100 } },
          run(q.title, { bold: true, color: hue, size: theme.size.h3 }) + run(`  ${q.subtitle}`, { color: color.muted, size: theme.size.small }),
        );
        const items =
          q.items.length > 0
            ? q.items
                .map((item) =>
                  paragraph(
                    { style: STYLE.tableText, keepNext, tabs: [{ type: 'left', position: 380 }], spacing: { after: 60 }, indent: { left: 380, hanging: 380 } },
                    run(item.ref, { bold: true, color: hue }) +
                      run(`\t${item.text}`) +
                      (item.detail ? run(item.detail, { color: color.muted, size: theme.size.small }) : ''),
                  ),
                )
                .join('')
            : paragraph({ style: STYLE.tableText, keepNext }, run(block.emptyText, { italics: true, color: color.muted }));
        return cell(widths[i]!, title + items, {
          fill: tint(`#${hue}`, 0.9),
          borders: { top: white, left: white, bottom: white, right: white },
          margins: { top: 140, left: 180, bottom: 140, right: 180 },
        });
      });
      return row(cells.join(''), { cantSplit: pair.every((q) => q.items.length <= 8) });
    })
    .join('');
  const body = table(theme.textWidth, widths, rows, { borders: { top: thin, left: thin, bottom: thin, right: thin, insideH: thin, insideV: thin } });
  return body + (block.note ? paragraph({ style: STYLE.note }, run(block.note)) : spacer());
}
