import {
  Bookmark,
  BorderStyle,
  Document,
  FileChild,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  PageNumber,
  PageReference,
  Paragraph,
  SimpleField,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type EstimatedPageNumbers,
  type ISectionOptions,
  type PageNumberEstimator,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { base64ToBytes } from '../../../../shared/report/image-info';
import type { Block, ChartBlock, HeadingBlock, ReportModel } from '../../../../shared/report/types';
import { RichTextWriter } from './rich-text';
import { mayItalicise, textRun } from './runs';
import { reportNumbering, reportStyles, STYLE } from './styles';
import { columnWidths, dataTable, keyValueTable, matrixTable } from './tables';
import { chartPrintSize, reportChartRequests, type ChartRequest } from './chart-size';
import { docxTheme, type DocxTheme } from './theme';

export { CHART_DPI, chartPrintSize, chartScale, reportChartRequests, type ChartRequest } from './chart-size';

/**
 * Draws all the report's charts, in the order asked. All at once, so the rasteriser can share
 * work between them (fonts, repeated labels) or draw them elsewhere while the document is built.
 */
export type ChartRasterizer = (requests: readonly ChartRequest[]) => Promise<Uint8Array[]> | Uint8Array[];

export type DocxRenderOptions = {
  renderCharts: ChartRasterizer;
  /** Called after each part, for progress on long reports. */
  onPart?: (done: number, total: number) => void;
  /**
   * Where the contents' page numbers come from: the pages LibreOffice laid the report out on
   * (`layOutPages`), docx's estimate of Word's layout, or none (the reader's office suite must
   * update the fields; the PDF's LibreOffice run does).
   */
  pages?: PageNumbers | Promise<PageNumbers>;
};

/** The page each contents entry's bookmark is on, and the number of pages, or 'estimate'. */
export type PageNumbers = { bookmarks: ReadonlyMap<string, number>; pageCount: number } | 'estimate';

/** The contents' page numbers as docx writes them into the PAGEREF and NUMPAGES fields' results. */
function pageNumberSource(pages: PageNumbers | undefined): PageNumberEstimator | undefined {
  if (pages === undefined) return undefined;
  if (pages === 'estimate') return estimatePageNumbers;
  const known: EstimatedPageNumbers = {
    bookmarks: new Map([...pages.bookmarks].map(([name, page]) => [name, String(page)])),
    bookmarkPageNumbers: pages.bookmarks,
    pageCount: pages.pageCount,
  };
  return () => known;
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

type ContentsEntry = { level: 1 | 2; label: string; bookmark: string };

/**
 * The headings the contents list (parts and sections), each bookmarked as it is written. docx can
 * find them itself, but only by reading back every paragraph of the written body, a tenth of a
 * long report's writing time; the report knows its headings already.
 */
class Contents {
  readonly entries: ContentsEntry[] = [];

  heading(block: HeadingBlock): Paragraph {
    if (block.level === 3) return new Paragraph({ heading: HEADINGS[3], children: [textRun(block.label)] });
    const bookmark = `_Toc${this.entries.length + 1}`;
    this.entries.push({ level: block.level, label: block.label, bookmark });
    return new Paragraph({ heading: HEADINGS[block.level], children: [new Bookmark({ id: bookmark, children: [textRun(block.label)] })] });
  }

  /** A TOC field over headings 1–2, filled with the entries (page numbers as PAGEREF fields) so it reads before Word updates it. */
  table(title: string, theme: DocxTheme): TableOfContents {
    const entries = this.entries.map(
      (entry) =>
        new Paragraph({
          style: `TOC${entry.level}`,
          tabStops: [{ type: 'right', position: theme.textWidth, leader: 'dot' }],
          children: [
            new InternalHyperlink({
              anchor: entry.bookmark,
              children: [textRun(entry.label), new TextRun({ children: [new Tab()] }), new PageReference(entry.bookmark)],
            }),
          ],
        }),
    );
    return new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-2', contentChildren: entries });
  }
}

/** "Page {{page}} of {{pages}}" with Word's PAGE and NUMPAGES fields in place of the placeholders. */
function pageRuns(template: string): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return template
    .split(/(\{\{\s*pages?\s*\}\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^\{\{\s*page\s*\}\}$/.test(piece) ? PageNumber.CURRENT : /^\{\{\s*pages\s*\}\}$/.test(piece) ? PageNumber.TOTAL_PAGES : piece));
}

function pageProperties(theme: DocxTheme) {
  const p = theme.page;
  return {
    page: {
      size: { width: p.width, height: p.height },
      margin: { top: p.marginTop, bottom: p.marginBottom, left: p.marginX, right: p.marginX, header: p.header, footer: p.footer },
    },
  };
}

/** Fits a picture into a box, keeping its proportions and never enlarging it. */
function fit(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function cover(model: ReportModel, theme: DocxTheme): FileChild[] {
  const out: FileChild[] = [];
  const logo = model.options.logo;
  if (logo) {
    out.push(
      new Paragraph({
        spacing: { after: 0 },
        children: [
          new ImageRun({
            type: logo.mime === 'image/png' ? 'png' : 'jpg',
            data: base64ToBytes(logo.base64),
            transformation: fit(logo.width, logo.height, 220, 80),
            altText: { name: 'Logo', description: model.cover.lines[0]?.value ?? model.cover.title, title: 'Logo' },
          }),
        ],
      }),
    );
  }
  out.push(
    new Paragraph({ style: STYLE.coverKind, spacing: { before: logo ? 2600 : 3600, after: 200 }, children: [textRun(model.cover.kind)] }),
    new Paragraph({ style: STYLE.coverTitle, children: [textRun(model.cover.title)] }),
    new Paragraph({
      spacing: { before: 0, after: 3000 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: theme.color.brand, space: 1 } },
      indent: { right: Math.round(theme.textWidth * 0.7) },
      children: [],
    }),
  );
  if (model.cover.lines.length > 0) {
    const widths = columnWidths([30, 70], theme.textWidth);
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    out.push(
      new Table({
        width: { size: theme.textWidth, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: {
          top: none,
          bottom: none,
          left: none,
          right: none,
          insideVertical: none,
          insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: theme.color.rule },
        },
        margins: { top: 90, bottom: 90, left: 0, right: 100 },
        rows: model.cover.lines.map(
          (line) =>
            new TableRow({
              cantSplit: true,
              children: [
                new TableCell({
                  width: { size: widths[0]!, type: WidthType.DXA },
                  children: [new Paragraph({ style: STYLE.coverLabel, children: [textRun(line.label)] })],
                }),
                new TableCell({
                  width: { size: widths[1]!, type: WidthType.DXA },
                  children: [new Paragraph({ style: STYLE.coverValue, children: [textRun(line.value)] })],
                }),
              ],
            }),
        ),
      }),
    );
  }
  return out;
}

function chart(block: ChartBlock, png: Uint8Array, theme: DocxTheme): FileChild[] {
  return [
    new Paragraph({ style: STYLE.caption, children: [textRun(block.caption)] }),
    new Paragraph({
      style: STYLE.chart,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: chartPrintSize(block, theme),
          altText: { name: block.caption, title: block.caption, description: block.summary || block.caption },
        }),
      ],
    }),
  ];
}

/** A part's content, its charts left as the blocks they are until their pictures are drawn. */
function blocks(list: Block[], theme: DocxTheme, rich: RichTextWriter, contents: Contents): (FileChild | ChartBlock)[] {
  const out: (FileChild | ChartBlock)[] = [];
  for (const block of list) {
    switch (block.kind) {
      case 'heading':
        out.push(contents.heading(block));
        break;
      case 'richText':
        out.push(...rich.paragraphs(block.doc));
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            style: block.style === 'note' ? STYLE.note : block.style === 'statement' ? STYLE.statement : undefined,
            children: [textRun(block.text, mayItalicise(block.text) ? {} : { italics: false })],
          }),
        );
        break;
      case 'keyValue':
        out.push(...keyValueTable(block, theme));
        break;
      case 'table':
        out.push(...dataTable(block, theme));
        break;
      case 'matrix':
        out.push(...matrixTable(block, theme));
        break;
      case 'chart':
        out.push(block);
        break;
    }
  }
  return out;
}

/**
 * The plan's name and, by a STYLEREF field, the title of the part the page is in: the parts share
 * one section so a part starts on the page where the last one ends, and the field follows them.
 * Word and WPS fill it in as they lay out each page; a reader that cannot (LibreOffice before 24.2)
 * shows the plan's name alone, never another part's title.
 */
function runningHeader(model: ReportModel, theme: DocxTheme): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerText,
        tabStops: [{ type: 'right', position: theme.textWidth }],
        children: [textRun(model.cover.title), new TextRun({ children: [new Tab()] }), new SimpleField('STYLEREF "Heading 1"')],
      }),
    ],
  });
}

function pageFooter(model: ReportModel): Footer {
  return new Footer({ children: [new Paragraph({ style: STYLE.footerText, children: [new TextRun({ children: pageRuns(model.pageTemplate) })] })] });
}

/**
 * The Word document of a report model: a cover page, the table of contents, then the parts one
 * after another under a running header with the plan's name and the part's title, and a
 * "page X of Y" footer. The charts are asked for first, so a rasteriser that works
 * elsewhere draws them while the rest of the document is put together.
 */
export async function renderDocx(model: ReportModel, options: DocxRenderOptions): Promise<Document> {
  const theme = docxTheme(model.options);
  const requests = reportChartRequests(model);
  const charts = requests.map((r) => r.chart);
  const drawn = Promise.resolve(options.renderCharts(requests));

  const rich = new RichTextWriter();
  const contents = new Contents();
  const parts = model.parts.map((part, i) => {
    const content = [contents.heading(part.heading), ...blocks(part.blocks, theme, rich, contents)];
    options.onPart?.(i + 1, model.parts.length);
    return { content };
  });

  // The page numbers may still be on their way (LibreOffice's layout): the document's objects
  // above are built meanwhile, and only what follows needs them.
  const [pngs, pages] = await Promise.all([drawn, options.pages]);
  if (pngs.length !== charts.length) throw new Error(`The chart rasteriser drew ${pngs.length} charts of ${charts.length}.`);
  const pictures = new Map(charts.map((block, i) => [block, pngs[i]!]));
  const footer = pageFooter(model);
  const sections: ISectionOptions[] = [
    { properties: { ...pageProperties(theme), titlePage: true }, children: cover(model, theme) },
    {
      properties: pageProperties(theme),
      footers: { default: footer },
      children: [
        new Paragraph({ style: STYLE.contentsHeading, children: [textRun(model.contentsTitle)] }),
        contents.table(model.contentsTitle, theme),
      ],
    },
    // One section for all the parts: the first starts on a new page after the contents, and each
    // further part follows where the last ends (its heading kept with what follows), so a short
    // part such as the summary or TOWS never leaves the rest of its page blank.
    {
      properties: pageProperties(theme),
      headers: { default: runningHeader(model, theme) },
      footers: { default: footer },
      children: parts.flatMap(({ content }) =>
        content.flatMap((child) => (child instanceof FileChild ? [child] : chart(child, pictures.get(child)!, theme))),
      ),
    },
  ];
  return new Document({
    title: model.info.title,
    subject: model.info.subject,
    creator: model.info.author || 'Planwright',
    lastModifiedBy: 'Planwright',
    description: model.info.subject,
    styles: reportStyles(theme),
    numbering: reportNumbering(),
    // With the page numbers written in, every reader shows them as they are; without, Word is
    // asked to fill them in when it opens the file (LibreOffice and WPS never do).
    features: { updateFields: pages === undefined },
    ...(pages === undefined ? {} : { pageNumbers: pageNumberSource(pages) }),
    sections,
  });
}
