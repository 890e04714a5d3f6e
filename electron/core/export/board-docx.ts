import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import {
  BOARD_COLUMNS,
  columnLabel,
  columnShortLabel,
  formatCell,
  formatMedianCell,
  isTextColumn,
  type BoardColumn,
  type BoardRow,
} from '../../../shared/class-board';
import type { ClassBoardView } from '../../../shared/contracts/class-views';
import { stripXmlInvalidDeep } from '../../../shared/domain/characters';
import { PART_KEYS, richTextToPlain, type Language, type Plan } from '../../../shared/domain';
import { formatPlanDate } from '../../../shared/format/dates';
import { planHealth } from '../../../shared/logic';
import { createTranslate } from '../../../shared/i18n/translate';
import { defaultReportOptions } from '../../../shared/report/options';
import { fontTableXml } from './docx/font-table';
import { textRun } from './docx/runs';
import { reportStyles, STYLE } from './docx/styles';
import { columnWidths, dataTable, keyValueTable } from './docx/tables';
import { docxTheme, type DocxTheme } from './docx/theme';

export type BoardDocxInput = {
  title: string;
  board: Pick<ClassBoardView, 'rows' | 'median' | 'currency'>;
  /** The participants' plans, by id: each gets a page with its summary and health. */
  plans: ReadonlyMap<string, Plan>;
  language: Language;
  /** YYYY-MM-DD: the date printed under the title, and the day the KPI checks count from. */
  today: string;
};

/**
 * The class board as a Word report, with the report's own styles, tables and fonts
 * (export/docx): the board on one landscape page, then one portrait page per participant with
 * their completeness, key figures, executive summary and health findings.
 */
export async function buildBoardDocx(input: BoardDocxInput): Promise<Buffer> {
  const clean = stripXmlInvalidDeep(input);
  const t = createTranslate(clean.language);
  const locale = clean.language;
  const options = {
    ...defaultReportOptions({ meta: { language: clean.language, currency: clean.board.currency ?? 'CNY' } as Plan['meta'] }),
    paperSize: 'A4' as const,
  };
  const portrait = docxTheme(options);
  // The board is wide (seventeen columns): a landscape page, the table across its whole width.
  const landscape: DocxTheme = {
    ...portrait,
    page: { ...portrait.page, width: portrait.page.height, height: portrait.page.width, marginX: 720 },
    textWidth: portrait.page.height - 2 * 720,
    size: { ...portrait.size, table: 14 },
  };

  const boardTable = boardGrid(clean.board, landscape, t, locale);
  const boardPage: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(t('classes.reportTitle', { name: clean.title }))] }),
    new Paragraph({
      style: STYLE.note,
      children: [textRun(t('classes.reportGenerated', { date: formatPlanDate(clean.today, locale), count: clean.board.rows.length }))],
    }),
    boardTable,
    ...(clean.board.rows.length > 0 && clean.board.currency === null
      ? [new Paragraph({ style: STYLE.note, children: [textRun(t('classes.mixedCurrencies'))] })]
      : []),
  ];

  const participantPages = clean.board.rows.map((row, i) =>
    participantPage(row, clean.plans.get(row.planId), portrait, t, locale, clean.today, i > 0),
  );
  const pageOf = (theme: DocxTheme, orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) => ({
    page: {
      // docx swaps width and height itself for a landscape page: it is given the portrait sheet.
      size:
        orientation === PageOrientation.LANDSCAPE
          ? { width: theme.page.height, height: theme.page.width, orientation }
          : { width: theme.page.width, height: theme.page.height, orientation },
      margin: {
        top: theme.page.marginTop,
        bottom: theme.page.marginBottom,
        left: theme.page.marginX,
        right: theme.page.marginX,
        header: theme.page.header,
        footer: theme.page.footer,
      },
    },
  });
  const doc = new Document({
    title: t('classes.reportTitle', { name: clean.title }),
    creator: 'Planwright',
    styles: reportStyles(portrait),
    sections: [
      { properties: pageOf(landscape, PageOrientation.LANDSCAPE), children: boardPage },
      ...(participantPages.length > 0 ? [{ properties: pageOf(portrait, PageOrientation.PORTRAIT), children: participantPages.flat() }] : []),
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml(options.font) }]);
}

function participantPage(
  row: BoardRow,
  plan: Plan | undefined,
  theme: DocxTheme,
  t: ReturnType<typeof createTranslate>,
  locale: string,
  today: string,
  breakBefore: boolean,
): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [
        ...(breakBefore ? [new PageBreak()] : []),
        textRun(t('classes.participantTitle', { author: row.author || t('classes.noAuthor'), name: row.name })),
      ],
    }),
  ];
  const figures = (
    ['progress', 'revenue', 'marketing', 'contribution', 'breakEven', 'objectives', 'actions', 'kpis', 'problems', 'warnings'] as const
  ).map((c) => ({
    label: columnLabel(c, t),
    value: formatCell(row, c, locale),
    align: 'right' as const,
  }));
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [textRun(t('classes.figuresHeading'))] }),
    ...keyValueTable({ kind: 'keyValue', id: 'figures', rows: figures }, theme),
  );
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [textRun(t('classes.partsHeading'))] }),
    ...keyValueTable(
      {
        kind: 'keyValue',
        id: 'parts',
        rows: PART_KEYS.map((p) => ({ label: t(`parts.${p}`), value: `${row.parts[p].done}/${row.parts[p].total}`, align: 'right' as const })),
      },
      theme,
    ),
  );
  const summary = plan ? richTextToPlain(plan.fields.summary.narrative).trim() : '';
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [textRun(t('classes.summaryHeading'))] }));
  if (summary) for (const line of summary.split(/\n+/)) out.push(new Paragraph({ children: [textRun(line)] }));
  else out.push(new Paragraph({ style: STYLE.note, children: [textRun(t('classes.noSummary'))] }));
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [textRun(t('classes.healthHeading'))] }));
  const findings = plan ? planHealth(plan, undefined, today) : [];
  if (findings.length === 0) out.push(new Paragraph({ style: STYLE.note, children: [textRun(t('classes.allClear'))] }));
  else
    out.push(
      ...dataTable(
        {
          kind: 'table',
          id: 'health',
          caption: null,
          columns: [
            { header: '', align: 'left', width: 1 },
            { header: t('classes.healthHeading'), align: 'left', width: 5 },
          ],
          rows: findings.map((f) => [
            {
              text: t(f.severity === 'problem' ? 'classes.problem' : 'classes.warning'),
              tone: f.severity === 'problem' ? 'bad' : 'warn',
              bold: true,
            },
            { text: t(`health.checks.${f.check}`, f.params), detail: t(`parts.${f.part}`) },
          ]),
          footer: [],
          note: null,
        },
        theme,
      ),
    );
  return out;
}

/** Relative widths of the board's columns on a landscape page: names widest, the parts' "3/5" narrowest. */
const WEIGHTS: Record<string, number> = {
  author: 7.5,
  name: 9,
  progress: 6,
  problems: 5.6,
  warnings: 5.6,
  revenue: 6.2,
  marketing: 6.2,
  contribution: 7.2,
  breakEven: 5.6,
  objectives: 6.2,
  actions: 5.2,
  kpis: 3.6,
};
const weightOf = (c: BoardColumn) => (c.startsWith('part.') ? 3.2 : (WEIGHTS[c] ?? 4));

/**
 * The board as one Word table with fixed widths from WEIGHTS (the report's fitted widths suit a
 * few columns, not seventeen), the heading row repeated on each page, rows never split, and no
 * row kept with the next, so a long class simply runs on to the next page.
 */
function boardGrid(board: BoardDocxInput['board'], theme: DocxTheme, t: ReturnType<typeof createTranslate>, locale: string): Table {
  const widths = columnWidths(BOARD_COLUMNS.map(weightOf), theme.textWidth);
  const size = theme.size.table;
  const cell = (text: string, i: number, opts: { head?: boolean; bold?: boolean; fill?: string } = {}) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
      verticalAlign: opts.head ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
      children: [
        new Paragraph({
          alignment: isTextColumn(BOARD_COLUMNS[i]!) ? AlignmentType.LEFT : AlignmentType.RIGHT,
          spacing: { before: 0, after: 0 },
          children: [textRun(text, { size, bold: opts.head || opts.bold, color: opts.head ? theme.color.onBrand : theme.color.text })],
        }),
      ],
    });
  const rule = { style: BorderStyle.SINGLE, size: 4, color: theme.color.rule };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: BOARD_COLUMNS.map((c, i) => cell(columnShortLabel(c, t), i, { head: true, fill: theme.color.brand })),
    }),
    ...board.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: BOARD_COLUMNS.map((c, i) =>
            cell(c === 'author' && !row.author ? t('classes.noAuthor') : formatCell(row, c, locale, { compact: true }), i),
          ),
        }),
    ),
    ...(board.rows.length > 0
      ? [
          new TableRow({
            cantSplit: true,
            children: BOARD_COLUMNS.map((c, i) =>
              cell(formatMedianCell(board.median, c, board.currency, locale, t, { compact: true }), i, { bold: true, fill: theme.color.footerFill }),
            ),
          }),
        ]
      : []),
  ];
  return new Table({
    rows,
    width: { size: theme.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 50, bottom: 50, left: 60, right: 60 },
    borders: { top: none, left: none, right: none, insideVertical: none, bottom: rule, insideHorizontal: rule },
  });
}
