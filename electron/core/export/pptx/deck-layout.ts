import type { RichText } from '../../../../shared/domain';
import type { Block, Cell, ChartBlock, Column, MatrixQuadrant, ReportModel, TableBlock } from '../../../../shared/report/types';
import { deckBlocks } from './deck-select';
import { hasCjk, lineHeightPt, textHeightIn, wrapLines } from './measure';

/**
 * The slides of a deck as boxes with their sizes, in inches on a 16:9 slide (13.333 × 7.5). Every
 * box is sized from its text (measure.ts) before it is placed; what does not fit goes on a
 * continuation slide under the same title with "(cont.)", so no text runs over a box's edge and
 * no box over the slide's.
 */

export const SLIDE = { width: 13.333, height: 7.5 } as const;
export const MARGIN_X = 0.6;
export const CONTENT_TOP = 1.55;
export const CONTENT_BOTTOM = 6.85;
export const CONTENT_WIDTH = SLIDE.width - 2 * MARGIN_X;
const GAP = 0.18;
/** Table cell insets (pptxgenjs's defaults, in inches): top, right, bottom, left. */
export const CELL_MARGIN = [0.05, 0.1, 0.05, 0.1] as const;
/** A text box's insets in inches. */
export const TEXT_INSET = 0.05;

export type TextRunSpec = { text: string; bold?: boolean; italic?: boolean };
export type TextPara = { runs: TextRunSpec[]; bullet?: 'bullet' | 'number'; tone?: 'note' | 'statement' };

export type TableCellSpec = Cell & { header?: boolean; footer?: boolean; label?: boolean };

export type PlacedText = { kind: 'text'; x: number; y: number; w: number; h: number; fontPt: number; paras: TextPara[] };
export type PlacedSubheading = { kind: 'subheading'; x: number; y: number; w: number; h: number; fontPt: number; text: string };
export type PlacedTable = {
  kind: 'table';
  x: number;
  y: number;
  w: number;
  fontPt: number;
  colW: number[];
  aligns: Column['align'][];
  rows: TableCellSpec[][];
  rowH: number[];
};
export type PlacedChart = { kind: 'chart'; x: number; y: number; w: number; h: number; chart: ChartBlock; caption: string; captionH: number };
export type PlacedQuadrant = { x: number; y: number; w: number; h: number; fontPt: number; quadrant: MatrixQuadrant; items: string[] };
export type PlacedMatrix = { kind: 'matrix'; quadrants: PlacedQuadrant[] };
export type Placed = PlacedText | PlacedSubheading | PlacedTable | PlacedChart | PlacedMatrix;

export type ContentSlide = { kind: 'content'; title: string; subtitle: string; items: Placed[] };
export type DeckSlide =
  | { kind: 'title'; title: string; kindLabel: string; lines: { label: string; value: string }[] }
  | { kind: 'agenda'; title: string; entries: string[]; fontPt: number }
  | ContentSlide;

export type DeckStrings = { agenda: string; continued: (title: string) => string };

const BODY_PT = 16;
const MIN_BODY_PT = 12;
const KV_PT = 14;
const SUBHEADING_PT = 15;

function tablePt(columns: number): number {
  return columns > 7 ? 10 : columns > 5 ? 11 : 12;
}

/** Rich text as slide paragraphs: bold and italic runs kept, lists as bullets or numbers. */
export function richParas(doc: RichText): TextPara[] {
  const out: TextPara[] = [];
  const runs = (content: { type: string; text?: string; marks?: { type: string }[] }[] | undefined): TextRunSpec[] =>
    (content ?? []).map((node) =>
      node.type === 'hardBreak'
        ? { text: '\n' }
        : {
            text: node.text ?? '',
            ...(node.marks?.some((m) => m.type === 'bold') ? { bold: true } : {}),
            ...(node.marks?.some((m) => m.type === 'italic') ? { italic: true } : {}),
          },
    );
  for (const block of doc.content) {
    if (block.type === 'paragraph') {
      if ((block.content ?? []).length > 0) out.push({ runs: runs(block.content) });
      continue;
    }
    const bullet = block.type === 'bulletList' ? 'bullet' : 'number';
    for (const item of block.content) for (const p of item.content) out.push({ runs: runs(p.content), bullet });
  }
  return out;
}

export function paraText(p: TextPara): string {
  return p.runs.map((r) => r.text).join('');
}

/** Room a bullet's indent takes from the line, in inches. */
const BULLET_INDENT = 0.3;
const PARA_AFTER_PT = 6;

function paraHeight(p: TextPara, widthIn: number, fontPt: number, cjk: boolean): number {
  const w = widthIn - 2 * TEXT_INSET - (p.bullet ? BULLET_INDENT : 0);
  return (
    textHeightIn(
      paraText(p),
      w,
      fontPt,
      cjk,
      p.runs.some((r) => r.bold),
    ) +
    PARA_AFTER_PT / 72
  );
}

export function textBoxHeight(paras: TextPara[], widthIn: number, fontPt: number, cjk: boolean): number {
  return paras.reduce((sum, p) => sum + paraHeight(p, widthIn, fontPt, cjk), 0) + 2 * TEXT_INSET;
}

/** A paragraph cut after `lines` of its lines as the box would wrap it (only plain runs are cut: formatting is dropped from the pieces). */
function splitPara(p: TextPara, widthIn: number, fontPt: number, lines: number): [TextPara, TextPara] {
  const w = widthIn - 2 * TEXT_INSET - (p.bullet ? BULLET_INDENT : 0);
  const all = wrapLines(
    paraText(p),
    w,
    fontPt,
    p.runs.some((r) => r.bold),
  );
  const head: TextPara = { ...p, runs: [{ text: all.slice(0, lines).join(' ') }] };
  const tail: TextPara = { ...p, bullet: undefined, runs: [{ text: all.slice(lines).join(' ') }] };
  return [head, tail];
}

/** A cell's lines: its text (bold in headers, totals and bold cells) and its quieter detail line, which is never bold. */
function cellLines(cell: TableCellSpec, widthIn: number, fontPt: number): number {
  const bold = Boolean(cell.bold || cell.header || cell.footer || cell.label);
  return wrapLines(cell.text, widthIn, fontPt, bold).length + (cell.detail ? wrapLines(cell.detail, widthIn, fontPt).length : 0);
}

function rowHeight(cells: TableCellSpec[], colW: number[], fontPt: number, cjk: boolean): number {
  let lines = 1;
  cells.forEach((cell, i) => {
    const w = (colW[i] ?? 1) - CELL_MARGIN[1] - CELL_MARGIN[3];
    lines = Math.max(lines, cellLines(cell, w, fontPt));
  });
  return (lines * lineHeightPt(fontPt, cjk)) / 72 + CELL_MARGIN[0] + CELL_MARGIN[2] + 0.02;
}

/** A cell whose text alone is taller than a slide keeps what fits and ends with an ellipsis. */
function clampCell(cell: TableCellSpec, widthIn: number, fontPt: number, maxLines: number): TableCellSpec {
  const w = widthIn - CELL_MARGIN[1] - CELL_MARGIN[3];
  if (cellLines(cell, w, fontPt) <= maxLines) return cell;
  const lines = wrapLines(cell.text, w, fontPt, Boolean(cell.bold || cell.label));
  const keep = lines.slice(0, Math.max(1, maxLines - 1));
  return { ...cell, text: `${keep.join(' ').replace(/\s*\S{0,2}$/, '')}…`, detail: undefined };
}

type Section = { title: string; subtitle: string };

class DeckFlow {
  readonly slides: ContentSlide[] = [];
  private y = CONTENT_TOP;
  private current: ContentSlide | null = null;
  private section: Section = { title: '', subtitle: '' };

  constructor(
    private readonly strings: DeckStrings,
    private readonly cjk: boolean,
  ) {}

  startSection(section: Section): void {
    this.section = section;
    this.current = null;
    this.y = CONTENT_TOP;
  }

  private get room(): number {
    return CONTENT_BOTTOM - this.y;
  }

  private get empty(): boolean {
    return this.current === null || this.current.items.length === 0;
  }

  private newSlide(): ContentSlide {
    const continued = this.slides.length > 0 && this.slides[this.slides.length - 1]!.title === this.section.title && this.current !== null;
    const subtitle = continued ? this.strings.continued(this.section.subtitle || this.section.title) : this.section.subtitle;
    const slide: ContentSlide = { kind: 'content', title: this.section.title, subtitle, items: [] };
    this.slides.push(slide);
    this.current = slide;
    this.y = CONTENT_TOP;
    return slide;
  }

  private slide(): ContentSlide {
    return this.current ?? this.newSlide();
  }

  private place(item: Placed, height: number): void {
    this.slide().items.push(item);
    this.y += height + GAP;
  }

  /** A heading inside a section; it starts a new slide rather than end one. */
  subheading(text: string): void {
    const h = textHeightIn(text, CONTENT_WIDTH - 2 * TEXT_INSET, SUBHEADING_PT, this.cjk, true) + 2 * TEXT_INSET;
    if (!this.empty && this.room < h + 1.0) this.newSlide();
    this.slide();
    this.place({ kind: 'subheading', x: MARGIN_X, y: this.y, w: CONTENT_WIDTH, h, fontPt: SUBHEADING_PT, text }, h - GAP / 2);
  }

  text(paras: TextPara[], basePt = BODY_PT): void {
    if (paras.length === 0) return;
    // Text up to a slide's worth is set smaller rather than split, down to a readable minimum.
    let fontPt = basePt;
    while (fontPt > MIN_BODY_PT && textBoxHeight(paras, CONTENT_WIDTH, fontPt, this.cjk) > CONTENT_BOTTOM - CONTENT_TOP) fontPt -= 1;
    const queue = [...paras];
    while (queue.length > 0) {
      this.slide();
      const fits: TextPara[] = [];
      let h = 2 * TEXT_INSET;
      while (queue.length > 0) {
        const next = paraHeight(queue[0]!, CONTENT_WIDTH, fontPt, this.cjk);
        if (h + next <= this.room) {
          fits.push(queue.shift()!);
          h += next;
          continue;
        }
        // A paragraph that fits nowhere whole is cut at a line; otherwise it moves to the next slide.
        const fullSlide = CONTENT_BOTTOM - CONTENT_TOP - 2 * TEXT_INSET;
        if (next > fullSlide || (fits.length === 0 && this.empty)) {
          const lines = Math.floor(((this.room - h - PARA_AFTER_PT / 72) * 72) / lineHeightPt(fontPt, this.cjk));
          if (lines >= 2) {
            const [head, tail] = splitPara(queue[0]!, CONTENT_WIDTH, fontPt, lines);
            fits.push(head);
            h += paraHeight(head, CONTENT_WIDTH, fontPt, this.cjk);
            queue[0] = tail;
          }
        }
        break;
      }
      if (fits.length > 0) this.place({ kind: 'text', x: MARGIN_X, y: this.y, w: CONTENT_WIDTH, h, fontPt, paras: fits }, h);
      if (queue.length > 0) this.newSlide();
    }
  }

  table(columns: Column[], header: TableCellSpec[] | null, body: TableCellSpec[][], footer: TableCellSpec[][], basePt: number, colW: number[]): void {
    // A table that would just miss one slide is set up to 2 pt smaller rather than leave a row or two for the next.
    const fresh = CONTENT_BOTTOM - CONTENT_TOP;
    const total = (pt: number) => [...(header ? [header] : []), ...body, ...footer].reduce((s, r) => s + rowHeight(r, colW, pt, this.cjk), 0);
    let fontPt = basePt;
    if (total(basePt) > fresh && total(basePt - 2) <= fresh) while (total(fontPt) > fresh) fontPt -= 1;
    const maxRow = CONTENT_BOTTOM - CONTENT_TOP - (header ? rowHeight(header, colW, fontPt, this.cjk) : 0) - 0.1;
    const maxLines = Math.floor(((maxRow - 0.2) * 72) / lineHeightPt(fontPt, this.cjk));
    const clamp = (row: TableCellSpec[]) => row.map((c, i) => clampCell(c, colW[i] ?? 1, fontPt, maxLines));
    const rows = [...body.map(clamp), ...footer.map(clamp)];
    const heights = rows.map((r) => rowHeight(r, colW, fontPt, this.cjk));
    const headH = header ? rowHeight(header, colW, fontPt, this.cjk) : 0;
    let at = 0;
    const aligns = columns.map((c) => c.align);
    const w = colW.reduce((a, b) => a + b, 0);
    while (at < rows.length || (rows.length === 0 && at === 0)) {
      this.slide();
      // At least two rows (or all there are) under the header, else the table starts on the next slide.
      const wanted = Math.min(2, rows.length - at);
      const need = headH + heights.slice(at, at + wanted).reduce((a, b) => a + b, 0);
      if (!this.empty && need > this.room) this.newSlide();
      const take: TableCellSpec[][] = header ? [header] : [];
      const rowH: number[] = header ? [headH] : [];
      let h = headH;
      while (at < rows.length && (h + heights[at]! <= this.room || take.length === (header ? 1 : 0))) {
        take.push(rows[at]!);
        rowH.push(heights[at]!);
        h += heights[at]!;
        at += 1;
      }
      this.place({ kind: 'table', x: MARGIN_X, y: this.y, w, fontPt, colW, aligns, rows: take, rowH }, h);
      if (rows.length === 0) break;
      if (at < rows.length) this.newSlide();
    }
  }

  chart(chart: ChartBlock): void {
    const captionH = chartCaptionHeight(chart.caption, this.cjk);
    const aspect = chart.width / chart.height;
    const fit = (room: number) => {
      let h = Math.max(0, room - captionH);
      let w = h * aspect;
      const maxW = CONTENT_WIDTH * 0.85;
      if (w > maxW) {
        w = maxW;
        h = w / aspect;
      }
      return { w, h };
    };
    const best = fit(CONTENT_BOTTOM - CONTENT_TOP);
    let size = fit(this.room);
    if (!this.empty && size.h < best.h * 0.9) {
      this.newSlide();
      size = best;
    }
    this.slide();
    const x = MARGIN_X + (CONTENT_WIDTH - size.w) / 2;
    this.place({ kind: 'chart', x, y: this.y, w: size.w, h: size.h, chart, caption: chart.caption, captionH }, size.h + captionH);
  }

  matrix(quadrants: MatrixQuadrant[], emptyText: string): void {
    // The 2 × 2 always has a slide of its own; quadrants with many items go on as many as they need.
    const qw = (CONTENT_WIDTH - GAP) / 2;
    const qh = (CONTENT_BOTTOM - CONTENT_TOP - GAP) / 2;
    const headH = (lineHeightPt(16, this.cjk) + lineHeightPt(11, this.cjk)) / 72 + 0.15;
    const itemsOf = (q: MatrixQuadrant) => (q.items.length > 0 ? q.items.map((i) => `${i.ref}  ${i.text}${i.detail}`) : [emptyText]);
    const lists = quadrants.map(itemsOf);
    const listH = (items: string[], pt: number) =>
      items.reduce((s, t) => s + textHeightIn(t, qw - 2 * TEXT_INSET - 0.2, pt, this.cjk) + 3 / 72, 0) + 2 * TEXT_INSET;
    let fontPt = 14;
    while (fontPt > 10 && lists.some((items) => listH(items, fontPt) > qh - headH)) fontPt -= 1;
    const remaining = lists.map((items) => [...items]);
    while (remaining.some((items) => items.length > 0)) {
      if (!this.empty) this.newSlide();
      const slide = this.slide();
      const placed: PlacedQuadrant[] = quadrants.map((quadrant, i) => {
        const take: string[] = [];
        const left = remaining[i]!;
        while (left.length > 0 && (take.length === 0 || listH([...take, left[0]!], fontPt) <= qh - headH)) take.push(left.shift()!);
        return {
          x: MARGIN_X + (i % 2) * (qw + GAP),
          y: CONTENT_TOP + Math.floor(i / 2) * (qh + GAP),
          w: qw,
          h: qh,
          fontPt,
          quadrant,
          items: take,
        };
      });
      slide.items.push({ kind: 'matrix', quadrants: placed });
      this.y = CONTENT_BOTTOM;
    }
  }
}

export const CAPTION_PT = 12;

/** A chart's caption under it, on as many lines as it takes. */
export function chartCaptionHeight(caption: string, cjk: boolean): number {
  return textHeightIn(caption, CONTENT_WIDTH - 2 * TEXT_INSET, CAPTION_PT, cjk) + 2 * TEXT_INSET;
}

function columnWidths(columns: Column[]): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0) || 1;
  return columns.map((c) => (c.width / total) * CONTENT_WIDTH);
}

function addBlock(flow: DeckFlow, block: Block): void {
  switch (block.kind) {
    case 'heading':
      flow.subheading(block.label);
      return;
    case 'richText':
      flow.text(richParas(block.doc));
      return;
    case 'paragraph':
      flow.text([
        {
          runs: [{ text: block.text, ...(block.style === 'statement' ? { bold: true } : {}) }],
          tone: block.style === 'body' ? undefined : block.style,
        },
      ]);
      return;
    case 'keyValue': {
      const columns: Column[] = [
        { header: '', align: 'left', width: 3 },
        { header: '', align: 'left', width: 7 },
      ];
      const rows = block.rows.map((r): TableCellSpec[] => [
        { text: r.label, bold: true, label: true },
        { text: r.value, ...(r.bold ? { bold: true } : {}) },
      ]);
      flow.table(columns, null, rows, [], KV_PT, columnWidths(columns));
      return;
    }
    case 'table':
      addTable(flow, block);
      return;
    case 'matrix':
      flow.matrix(block.quadrants.flat(), block.emptyText);
      return;
    case 'chart':
      flow.chart(block);
  }
}

function addTable(flow: DeckFlow, block: TableBlock): void {
  const header: TableCellSpec[] = block.columns.map((c) => ({ text: c.header, header: true }));
  const fontPt = tablePt(block.columns.length);
  const body = block.rows.map((row) => row.map((c): TableCellSpec => ({ ...c })));
  const footer = block.footer.map((row) => row.map((c): TableCellSpec => ({ ...c, bold: true, footer: true })));
  if (block.caption) flow.subheading(block.caption);
  flow.table(block.columns, header, body, footer, fontPt, columnWidths(block.columns));
  if (block.note) flow.text([{ runs: [{ text: block.note }], tone: 'note' }], 12);
}

/** The agenda's type size: the parts' titles in one column, as large as fits. */
function agendaPt(entries: string[], cjk: boolean): number {
  for (let pt = 24; pt > 12; pt -= 2) {
    const h = entries.reduce((s, e) => s + textHeightIn(e, CONTENT_WIDTH - 1, pt, cjk) + 10 / 72, 0);
    if (h <= CONTENT_BOTTOM - CONTENT_TOP - 0.2) return pt;
  }
  return 12;
}

/** The deck of a report: a title slide, the agenda, then each part's sections on as many slides as they need. */
export function layOutDeck(model: ReportModel, strings: DeckStrings): DeckSlide[] {
  const cjk = model.language === 'zh-CN' || hasCjk(model.cover.title);
  const flow = new DeckFlow(strings, cjk);
  for (const part of model.parts) {
    const blocks = deckBlocks(part);
    flow.startSection({ title: part.heading.label, subtitle: '' });
    for (const block of blocks) {
      if (block.kind === 'heading' && block.level === 2) {
        flow.startSection({ title: part.heading.label, subtitle: block.label });
        continue;
      }
      addBlock(flow, block);
    }
  }
  const entries = model.parts.map((p) => p.heading.label);
  return [
    { kind: 'title', title: model.cover.title, kindLabel: model.cover.kind, lines: model.cover.lines },
    { kind: 'agenda', title: strings.agenda, entries, fontPt: agendaPt(entries, cjk) },
    ...flow.slides,
  ];
}
