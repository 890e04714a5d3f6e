import type { Block, ChartBlock, HeadingBlock, ReportModel, ReportPart } from '../../../../shared/report/types';
import { base64ToBytes } from '../../../../shared/report/image-info';
import { PART_TYPES, storyXml, type DocumentInfo, type PackagePart, type Relationship, type WordPackage } from './package';
import { RichTextWriter } from './rich-text';
import { ListNumbering, STYLE, stylesXml } from './styles';
import { columnWidths, dataTable, keyValueTable, matrixTable } from './tables';
import { docxTheme, type DocxTheme } from './theme';
import { esc, paragraph, R_NS, run, W_NS, XML_HEAD } from './xml';

/** One chart to draw: as a PNG of `scale` pixels per CSS pixel of the chart's size. */
export type ChartRequest = { chart: ChartBlock; scale: number };
/**
 * Draws all the report's charts, in the order asked. All at once, so the rasteriser can share
 * work between them (fonts, repeated labels) or draw them elsewhere while the document is built.
 */
export type ChartRasterizer = (requests: readonly ChartRequest[]) => Promise<Uint8Array[]> | Uint8Array[];

export type DocxRenderOptions = {
  renderCharts: ChartRasterizer;
  /** Called after each part, for progress on long reports. */
  onPart?: (done: number, total: number) => void;
  /** The document's creation time in its properties; now when not given. */
  created?: Date;
};

/**
 * Charts print at this resolution at their size on the page: sharp type at 7–9 pt on paper and
 * on screen at 150% zoom. More only costs time: a chart's pixels are most of an export's work.
 */
export const CHART_DPI = 160;
/** A caption's line above a chart, and the space around them. */
const CAPTION_ROOM_PX = 60;
const EMU_PER_PX = 9525;

/** Fits a picture into a box, keeping its proportions and never enlarging it. */
function fit(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A chart's size on the page in CSS pixels: as wide as the text; a tall chart (a long timeline) shrinks to leave room for its caption. */
export function chartPrintSize(block: Pick<ChartBlock, 'width' | 'height'>, theme: Pick<DocxTheme, 'textWidthPx' | 'textHeightPx'>): { width: number; height: number } {
  const scale = Math.min(theme.textWidthPx / block.width, (theme.textHeightPx - CAPTION_ROOM_PX) / block.height);
  return { width: Math.round(block.width * scale), height: Math.round(block.height * scale) };
}

/** Pixels per CSS pixel of the chart's own size for CHART_DPI at its printed size. */
export function chartScale(block: Pick<ChartBlock, 'width' | 'height'>, theme: Pick<DocxTheme, 'textWidthPx' | 'textHeightPx'>): number {
  const printed = chartPrintSize(block, theme);
  return Math.round(((printed.width / 96) * CHART_DPI * 100) / block.width) / 100;
}

/** "Page {{page}} of {{pages}}" with Word's PAGE and NUMPAGES fields in place of the placeholders. */
function pageRuns(template: string): string {
  const field = (name: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${name}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  return template
    .split(/(\{\{\s*pages?\s*\}\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^\{\{\s*page\s*\}\}$/.test(piece) ? field('PAGE') : /^\{\{\s*pages\s*\}\}$/.test(piece) ? field('NUMPAGES') : run(piece)))
    .join('');
}

type Picture = { rId: string; width: number; height: number; name: string; description: string; title: string };

/** Builds document.xml and the parts it refers to, handing out relationship and drawing ids. */
class DocumentWriter {
  readonly relationships: Relationship[] = [];
  readonly parts: PackagePart[] = [];
  readonly numbering = new ListNumbering();
  readonly rich = new RichTextWriter(this.numbering);
  /** Headings that the contents list: parts and sections, each with its bookmark. */
  readonly contents: { level: 1 | 2; label: string; bookmark: string }[] = [];
  private drawings = 0;

  constructor(readonly theme: DocxTheme) {}

  private relate(type: Relationship['type'], target: string): string {
    const id = `rId${this.relationships.length + 1}`;
    this.relationships.push({ id, type, target });
    return id;
  }

  addStory(kind: 'header' | 'footer', content: string): string {
    const index = this.parts.filter((p) => p.contentType === PART_TYPES[kind]).length + 1;
    const path = `${kind}${index}.xml`;
    this.parts.push({ path: `word/${path}`, data: storyXml(kind === 'header' ? 'hdr' : 'ftr', content), contentType: PART_TYPES[kind] });
    return this.relate(kind, path);
  }

  /** The image's relationship id, and its part, whose data may be filled in later. */
  addImage(name: string, data: Uint8Array): { rId: string; part: PackagePart } {
    const part = { path: `word/media/${name}`, data };
    this.parts.push(part);
    return { rId: this.relate('image', `media/${name}`), part };
  }

  heading(block: HeadingBlock): string {
    const style = `Heading${block.level}`;
    if (block.level === 3) return paragraph({ style }, run(block.label));
    const id = this.contents.length + 1;
    const bookmark = `_Toc${id}`;
    this.contents.push({ level: block.level, label: block.label, bookmark });
    return paragraph({ style }, `<w:bookmarkStart w:id="${id}" w:name="${bookmark}"/>${run(block.label)}<w:bookmarkEnd w:id="${id}"/>`);
  }

  picture(p: Picture): string {
    this.drawings += 1;
    const id = this.drawings;
    const cx = p.width * EMU_PER_PX;
    const cy = p.height * EMU_PER_PX;
    return (
      `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="${id}" name="${esc(p.name)}" descr="${esc(p.description)}" title="${esc(p.title)}"/>` +
      '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
      `<pic:nvPicPr><pic:cNvPr id="${id}" name="${esc(p.name)}" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="${p.rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
      `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
      '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    );
  }

  sectionProperties(options: { header?: string; footer?: string; titlePage?: boolean }): string {
    const p = this.theme.page;
    return (
      '<w:sectPr>' +
      (options.header ? `<w:headerReference w:type="default" r:id="${options.header}"/>` : '') +
      (options.footer ? `<w:footerReference w:type="default" r:id="${options.footer}"/>` : '') +
      `<w:pgSz w:w="${p.width}" w:h="${p.height}" w:orient="portrait"/>` +
      `<w:pgMar w:top="${p.marginTop}" w:right="${p.marginX}" w:bottom="${p.marginBottom}" w:left="${p.marginX}" w:header="${p.header}" w:footer="${p.footer}" w:gutter="0"/>` +
      (options.titlePage ? '<w:titlePg/>' : '') +
      '<w:docGrid w:linePitch="360"/></w:sectPr>'
    );
  }

  /** The contents as a Word TOC field over headings 1–2, filled with the entries so it reads before Word updates it. */
  tableOfContents(title: string): string {
    const tab = [{ type: 'right' as const, position: this.theme.textWidth, leader: 'dot' as const }];
    const begin = '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>';
    const entries = this.contents.map(
      (entry, i) =>
        `<w:p><w:pPr><w:pStyle w:val="TOC${entry.level}"/><w:tabs><w:tab w:val="right" w:pos="${tab[0]!.position}" w:leader="dot"/></w:tabs></w:pPr>` +
        (i === 0 ? begin : '') +
        `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">${run(entry.label)}<w:r><w:tab/></w:r>` +
        `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">PAGEREF ${entry.bookmark} \\h</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r>` +
        '</w:hyperlink></w:p>',
    );
    const body = entries.length > 0 ? `${entries.join('')}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` : `<w:p>${begin}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    return (
      `<w:sdt><w:sdtPr><w:alias w:val="${esc(title)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>` +
      `<w:sdtContent>${body}</w:sdtContent></w:sdt>`
    );
  }
}

function cover(model: ReportModel, w: DocumentWriter): string {
  const { theme } = w;
  let out = '';
  const logo = model.options.logo;
  if (logo) {
    const size = fit(logo.width, logo.height, 220, 80);
    const { rId } = w.addImage(logo.mime === 'image/png' ? 'logo.png' : 'logo.jpeg', base64ToBytes(logo.base64));
    const description = model.cover.lines[0]?.value ?? model.cover.title;
    out += paragraph({ spacing: { after: 0 } }, w.picture({ rId, ...size, name: 'Logo', description, title: 'Logo' }));
  }
  out += paragraph({ style: STYLE.coverKind, spacing: { before: logo ? 2600 : 3600, after: 200 } }, run(model.cover.kind));
  out += paragraph({ style: STYLE.coverTitle }, run(model.cover.title));
  out += paragraph({
    borders: { bottom: { style: 'single', size: 24, color: theme.color.brand, space: 1 } },
    spacing: { before: 0, after: 3000 },
    indent: { right: Math.round(theme.textWidth * 0.7) },
  });
  if (model.cover.lines.length > 0) {
    const widths = columnWidths([30, 70], theme.textWidth);
    const none = '<w:top w:val="none" w:color="FFFFFF" w:sz="0"/><w:left w:val="none" w:color="FFFFFF" w:sz="0"/><w:bottom w:val="none" w:color="FFFFFF" w:sz="0"/><w:right w:val="none" w:color="FFFFFF" w:sz="0"/>';
    const rows = model.cover.lines
      .map(
        (line) =>
          '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
          `<w:tc><w:tcPr><w:tcW w:w="${widths[0]}" w:type="dxa"/></w:tcPr>${paragraph({ style: STYLE.coverLabel }, run(line.label))}</w:tc>` +
          `<w:tc><w:tcPr><w:tcW w:w="${widths[1]}" w:type="dxa"/></w:tcPr>${paragraph({ style: STYLE.coverValue }, run(line.value))}</w:tc></w:tr>`,
      )
      .join('');
    out +=
      `<w:tbl><w:tblPr><w:tblW w:w="${theme.textWidth}" w:type="dxa"/><w:tblBorders>${none}<w:insideH w:val="single" w:color="${theme.color.rule}" w:sz="4"/><w:insideV w:val="none" w:color="FFFFFF" w:sz="0"/></w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="90" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="90" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
      `<w:tblGrid><w:gridCol w:w="${widths[0]}"/><w:gridCol w:w="${widths[1]}"/></w:tblGrid>${rows}</w:tbl>`;
  }
  return out;
}

function blocks(list: Block[], w: DocumentWriter, charts: Map<ChartBlock, string>): string {
  let out = '';
  for (const block of list) {
    switch (block.kind) {
      case 'heading':
        out += w.heading(block);
        break;
      case 'richText':
        out += w.rich.paragraphs(block.doc);
        break;
      case 'paragraph':
        out += paragraph({ style: block.style === 'note' ? STYLE.note : block.style === 'statement' ? STYLE.statement : undefined }, run(block.text));
        break;
      case 'keyValue':
        out += keyValueTable(block, w.theme);
        break;
      case 'table':
        out += dataTable(block, w.theme);
        break;
      case 'matrix':
        out += matrixTable(block, w.theme);
        break;
      case 'chart': {
        const size = chartPrintSize(block, w.theme);
        const picture = w.picture({ rId: charts.get(block)!, ...size, name: block.caption, title: block.caption, description: block.summary || block.caption });
        out += paragraph({ style: STYLE.caption }, run(block.caption)) + paragraph({ style: STYLE.chart }, picture);
        break;
      }
    }
  }
  return out;
}

function runningHeader(model: ReportModel, part: ReportPart, theme: DocxTheme): string {
  return paragraph({ style: STYLE.headerText, tabs: [{ type: 'right', position: theme.textWidth }] }, run(model.cover.title) + run(`\t${part.heading.label}`));
}

/**
 * A section's content with its properties: in its last paragraph when it ends with one, as Word
 * writes it, so no empty paragraph is added that could spill onto a page of its own.
 */
function endSection(content: string, section: string): string {
  if (!content.endsWith('</w:p>')) return `${content}<w:p><w:pPr>${section}</w:pPr></w:p>`;
  // Paragraphs never nest outside tables, and a section that ends with a paragraph has no table after it.
  const start = content.lastIndexOf('<w:p>');
  const head = content.slice(0, start);
  const last = content.slice(start);
  return last.startsWith('<w:p><w:pPr>')
    ? head + last.replace('</w:pPr>', `${section}</w:pPr>`)
    : `${head}<w:p><w:pPr>${section}</w:pPr>${last.slice('<w:p>'.length)}`;
}

function chartBlocks(model: ReportModel): ChartBlock[] {
  return model.parts.flatMap((part) => part.blocks.filter((b): b is ChartBlock => b.kind === 'chart'));
}

/**
 * The Word document of a report model: a cover page, the table of contents, then one section per
 * part so each starts on a new page under a running header with the plan's name and the part's
 * title, and a "page X of Y" footer. The charts are asked for first, so a rasteriser that works
 * elsewhere draws them while the text is written.
 */
export async function renderDocx(model: ReportModel, options: DocxRenderOptions): Promise<WordPackage> {
  const theme = docxTheme(model.options);
  const w = new DocumentWriter(theme);
  const charts = chartBlocks(model);
  const pngs = Promise.resolve(options.renderCharts(charts.map((chart) => ({ chart, scale: chartScale(chart, theme) }))));
  const chartImages = new Map(charts.map((chart, i) => [chart, w.addImage(`chart${i + 1}.png`, new Uint8Array(0))]));
  const chartIds = new Map([...chartImages].map(([chart, image]) => [chart, image.rId]));

  const coverXml = cover(model, w);
  const footer = w.addStory('footer', paragraph({ style: STYLE.footerText }, pageRuns(model.pageTemplate)));
  const parts: string[] = [];
  model.parts.forEach((part, i) => {
    const header = w.addStory('header', runningHeader(model, part, theme));
    const content = w.heading(part.heading) + blocks(part.blocks, w, chartIds);
    const last = i === model.parts.length - 1;
    const section = w.sectionProperties({ header, footer });
    // The document's last section ends with the body.
    parts.push(last ? content + section : endSection(content, section));
    options.onPart?.(i + 1, model.parts.length);
  });
  const contentsSection = w.sectionProperties({ footer });
  const contents = paragraph({ style: STYLE.contentsHeading }, run(model.contentsTitle)) + w.tableOfContents(model.contentsTitle);
  const body =
    endSection(coverXml, w.sectionProperties({ titlePage: true })) +
    (model.parts.length > 0 ? endSection(contents, contentsSection) + parts.join('') : contents + contentsSection);
  const document =
    `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}</w:body></w:document>`;

  const images = await pngs;
  if (images.length !== charts.length) throw new Error(`The chart rasteriser drew ${images.length} charts of ${charts.length}.`);
  charts.forEach((chart, i) => (chartImages.get(chart)!.part.data = images[i]!));

  const info: DocumentInfo = {
    title: model.info.title,
    subject: model.info.subject,
    creator: model.info.author || 'Planwright',
    description: model.info.subject,
    created: options.created ?? new Date(),
  };
  return { document, styles: stylesXml(theme), numbering: w.numbering.xml(), parts: w.parts, relationships: w.relationships, info };
}
