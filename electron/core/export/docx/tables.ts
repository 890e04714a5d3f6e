import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ITableCellBorders,
} from 'docx';
import type { Align, Cell, KeyValueBlock, MatrixBlock, TableBlock } from '../../../../shared/report/types';
import { mayItalicise, textRun } from './runs';
import { STYLE } from './styles';
import { tint, type DocxTheme } from './theme';

/**
 * Real Word tables: fixed column widths that add up to the text width (so nothing runs off the
 * page whatever the content), a header row in the brand colour that repeats on every page, rows
 * that never split across pages, and thin horizontal rules only, as printed reports have them.
 */

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** Left is what a paragraph is anyway: only other alignments are written, one element less per cell. */
function alignment(align: Align) {
  return align === 'left' ? undefined : ALIGN[align];
}
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const CELL_MARGINS = { top: 70, bottom: 70, left: 100, right: 100 };
/** Tables up to this many rows stay on one page with their caption; longer ones break between rows. */
const KEEP_TOGETHER_ROWS = 4;

/**
 * Whether a table's row keeps with the next one: every row of a short table; of a longer one the
 * first two and the last two, so neither end of it stands alone on a page under its header. A whole long table
 * kept together would move to the next page and leave most of this one blank.
 */
export function keepsWithNext(index: number, total: number): boolean {
  if (index >= total - 1) return false;
  return total <= KEEP_TOGETHER_ROWS || index === 0 || index >= total - 2;
}

/** Integer widths in twips, in proportion to `weights`, that sum exactly to `total`. */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
// Words a line may not break inside: runs of Latin letters and digits; each CJK character stands alone.
const WORDS =
  /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+/g;

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

const FOUR_EMS = (halfPoints: number) => 4 * halfPoints * 10;

/** Short labels ("2027年3月", "In progress") read badly wrapped, so they count as one word. */
const SHORT_LABEL = 12;

function longestWord(text: string, halfPoints: number, bold: boolean): number {
  return Math.max(
    0,
    ...text
      .split('\n')
      .map((line) =>
        [...line].length <= SHORT_LABEL
          ? textTwips(line, halfPoints, bold)
          : Math.max(0, ...(line.match(WORDS) ?? []).map((w) => textTwips(w, halfPoints, bold))),
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
    // A Chinese header may wrap between any characters ("最近一次消费 / （天）"), so it asks for
    // four characters at most; a Latin header word never breaks.
    const header = Math.max(
      ...col.header
        .split('\n')
        .map((line) => (CJK.test(line) ? Math.min(longestWord(line, halfPoints, true), FOUR_EMS(halfPoints)) : longestWord(line, halfPoints, true))),
    );
    // Text wraps between words, but no word (a number is one) is split; a very long word may wrap.
    const body = Math.min(Math.round(total * 0.4), Math.max(0, ...cells.map((c) => longestWord(c.text, halfPoints, true))));
    // A column of Chinese prose is at least four characters wide, or each character takes a line.
    const prose = cells.some((c) => CJK.test(c.text) && [...c.text].length > SHORT_LABEL) ? FOUR_EMS(halfPoints) : 0;
    return Math.max(header, body, prose) + padding;
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

/**
 * A cell's text, one paragraph a line, and its quieter detail line under it. `keepNext` is set on
 * the paragraphs here rather than on the row, which docx would do by rewriting the row once written.
 */
function cellParagraphs(
  text: string,
  style: string,
  align: Align,
  run: { bold?: boolean; color?: string },
  keepNext: boolean,
  detail?: { text: string; color: string; size: number },
): Paragraph[] {
  const keep = keepNext || undefined;
  const lines = text
    .split('\n')
    .map((line) => new Paragraph({ style, keepNext: keep, alignment: alignment(align), children: line ? [textRun(line, run)] : [] }));
  if (detail) {
    lines.push(
      new Paragraph({
        style,
        keepNext: keep,
        alignment: alignment(align),
        spacing: { before: 30 },
        children: [textRun(detail.text, { color: detail.color, size: detail.size })],
      }),
    );
  }
  return lines;
}

function rule(size: number, color: string) {
  return { style: BorderStyle.SINGLE, size, color };
}

export function spacer(): Paragraph {
  // Two tables in a row would merge into one in Word; a small empty paragraph keeps them apart.
  return new Paragraph({ spacing: { before: 0, after: 0, line: 200 }, run: { size: 12 }, children: [] });
}

export function dataTable(block: TableBlock, theme: DocxTheme): FileChild[] {
  const { color } = theme;
  const widths = fittedWidths(block, theme.textWidth, theme.size.table);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (col, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: color.brand },
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: cellParagraphs(col.header, STYLE.tableHead, col.align, {}, false),
        }),
    ),
  });
  const total = block.rows.length + block.footer.length;
  const bodyRow = (cells: Cell[], index: number, footer: boolean, last: boolean) => {
    // The last row keeps with the note under the table, so a note never starts a page alone.
    const keepNext = keepsWithNext(footer ? block.rows.length + index : index, total) || (last && block.note !== null);
    return new TableRow({
      cantSplit: true,
      children: cells.map((cell, i) => {
        const align = block.columns[i]?.align ?? 'left';
        const borders: ITableCellBorders | undefined = footer && index === 0 ? { top: rule(8, color.ruleStrong) } : undefined;
        return new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          ...(footer ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: color.footerFill } } : {}),
          ...(borders ? { borders } : {}),
          children: cellParagraphs(
            cell.text,
            STYLE.tableText,
            align,
            { bold: footer || cell.bold || undefined, ...(cell.tone ? { color: color.tones[cell.tone] } : {}) },
            keepNext,
            cell.detail ? { text: cell.detail, color: color.muted, size: theme.size.small } : undefined,
          ),
        });
      }),
    });
  };
  const rows = [
    header,
    ...block.rows.map((r, i) => bodyRow(r, i, false, i === total - 1)),
    ...block.footer.map((r, i) => bodyRow(r, i, true, block.rows.length + i === total - 1)),
  ];
  const out: FileChild[] = [];
  if (block.caption) out.push(new Paragraph({ style: STYLE.caption, children: [textRun(block.caption)] }));
  out.push(
    new Table({
      rows,
      width: { size: theme.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: CELL_MARGINS,
      borders: {
        top: NONE,
        left: NONE,
        right: NONE,
        insideVertical: NONE,
        bottom: rule(8, color.ruleStrong),
        insideHorizontal: rule(4, color.rule),
      },
    }),
  );
  out.push(block.note ? new Paragraph({ style: STYLE.note, children: [textRun(block.note)] }) : spacer());
  return out;
}

/** Label–value pairs. Figures (all right-aligned) get a compact table; prose gets the full width. */
export function keyValueTable(block: KeyValueBlock, theme: DocxTheme): FileChild[] {
  const { color } = theme;
  const figures = block.rows.every((r) => r.align === 'right');
  const width = figures ? Math.round(theme.textWidth * 0.66) : theme.textWidth;
  const widths = columnWidths(figures ? [58, 42] : [30, 70], width);
  const rows = block.rows.map((r, i) => {
    const keepNext = keepsWithNext(i, block.rows.length);
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: widths[0]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: color.brandPale },
          children: cellParagraphs(r.label, STYLE.tableText, 'left', { bold: true }, keepNext),
        }),
        new TableCell({
          width: { size: widths[1]!, type: WidthType.DXA },
          children: cellParagraphs(r.value, STYLE.tableText, r.align ?? 'left', { bold: r.bold || undefined }, keepNext),
        }),
      ],
    });
  });
  return [
    new Table({
      rows,
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: CELL_MARGINS,
      borders: {
        top: rule(4, color.rule),
        bottom: rule(4, color.rule),
        insideHorizontal: rule(4, color.rule),
        left: NONE,
        right: NONE,
        insideVertical: NONE,
      },
    }),
    spacer(),
  ];
}

/** Quadrant hues that read as the conventional SWOT colours, muted for print. */
const QUADRANT: Record<string, string> = { S: '2E7D4F', W: 'B26B00', O: '2F5F98', T: 'A8322D' };

export function matrixTable(block: MatrixBlock, theme: DocxTheme): FileChild[] {
  const { color } = theme;
  const widths = columnWidths([1, 1], theme.textWidth);
  const white = rule(24, 'FFFFFF');
  const thin = rule(4, 'auto');
  const rows = block.quadrants.map(
    (pair) =>
      new TableRow({
        // The two halves may sit on two pages: kept together they would leave half a page blank before them.
        cantSplit: pair.every((q) => q.items.length <= 8),
        children: pair.map((q, i) => {
          const hue = QUADRANT[q.key] ?? color.brand;
          const items =
            q.items.length > 0
              ? q.items.map(
                  (item) =>
                    new Paragraph({
                      style: STYLE.tableText,
                      indent: { left: 380, hanging: 380 },
                      spacing: { after: 60 },
                      children: [
                        new TextRun({ text: item.ref, bold: true, color: hue }),
                        textRun(`\t${item.text}`),
                        ...(item.detail ? [new TextRun({ text: item.detail, color: color.muted, size: theme.size.small })] : []),
                      ],
                      tabStops: [{ type: 'left', position: 380 }],
                    }),
                )
              : [
                  new Paragraph({
                    style: STYLE.tableText,
                    children: [new TextRun({ text: block.emptyText, italics: mayItalicise(block.emptyText), color: color.muted })],
                  }),
                ];
          return new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: tint(`#${hue}`, 0.9) },
            borders: { top: white, bottom: white, left: white, right: white },
            margins: { top: 140, bottom: 140, left: 180, right: 180 },
            children: [
              new Paragraph({
                style: STYLE.tableText,
                spacing: { after: 100 },
                children: [
                  new TextRun({ text: q.title, bold: true, color: hue, size: theme.size.h3 }),
                  new TextRun({ text: `  ${q.subtitle}`, color: color.muted, size: theme.size.small }),
                ],
              }),
              ...items,
            ],
          });
        }),
      }),
  );
  const out: FileChild[] = [
    new Table({
      rows,
      width: { size: theme.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    }),
  ];
  out.push(block.note ? new Paragraph({ style: STYLE.note, children: [textRun(block.note)] }) : spacer());
  return out;
}
