import PptxGenJS from 'pptxgenjs';
import type { ReportOptions } from '../../../../shared/report/options';
import type { CellTone, MatrixQuadrant } from '../../../../shared/report/types';
import { docxTheme } from '../docx/theme';
import {
  CAPTION_PT,
  CELL_MARGIN,
  CONTENT_WIDTH,
  MARGIN_X,
  SLIDE,
  TEXT_INSET,
  type ContentSlide,
  type DeckSlide,
  type Placed,
  type TextPara,
} from './deck-layout';
import { lineHeightPt, wrapLines } from './measure';

type Slide = PptxGenJS.Slide;
type TextProps = PptxGenJS.TextProps;

/** Colours and fonts of the deck: the report's theme (one brand colour, neutral greys). */
export type DeckLook = {
  latin: string;
  /** Language of the runs: PowerPoint and WPS pick the East Asian font by it. */
  lang: 'en-US' | 'zh-CN';
  cjk: boolean;
  brand: string;
  brandTint: string;
  brandPale: string;
  onBrand: string;
  text: string;
  muted: string;
  rule: string;
  footerFill: string;
  tones: Record<CellTone, string>;
};

export function deckLook(options: ReportOptions): DeckLook {
  const theme = docxTheme(options);
  const c = theme.color;
  return {
    latin: options.font.latin,
    lang: options.language === 'zh-CN' ? 'zh-CN' : 'en-US',
    cjk: options.language === 'zh-CN',
    brand: c.brand,
    brandTint: c.brandTint,
    brandPale: c.brandPale,
    onBrand: c.onBrand,
    text: c.text,
    muted: c.muted,
    rule: c.rule,
    footerFill: c.footerFill,
    tones: c.tones,
  };
}

/** A quadrant's shade by its letter, as in the Word report's matrix. */
const QUADRANT_TINT: Record<string, number> = { S: 0.86, W: 0.92, O: 0.9, T: 0.95 };

export type DeckPictures = {
  /** The chart's PNG by the chart block's id. */
  chart(id: string): Uint8Array | undefined;
  logo: { data: string; width: number; height: number } | null;
};

function pngData(bytes: Uint8Array): string {
  return `image/png;base64,${Buffer.from(bytes).toString('base64')}`;
}

function base(look: DeckLook): TextProps {
  return { fontFace: look.latin, lang: look.lang, color: look.text, margin: TEXT_INSET * 72, valign: 'top' } as TextProps;
}

function addLogo(slide: Slide, pictures: DeckPictures, box: { x: number; y: number; w: number; h: number }): void {
  const logo = pictures.logo;
  if (!logo) return;
  const scale = Math.min(box.w / logo.width, box.h / logo.height);
  const w = logo.width * scale;
  const h = logo.height * scale;
  slide.addImage({ data: logo.data, x: box.x + box.w - w, y: box.y, w, h });
}

function titleSlide(pptx: PptxGenJS, slide: Extract<DeckSlide, { kind: 'title' }>, look: DeckLook, pictures: DeckPictures): void {
  const s = pptx.addSlide();
  s.background = { color: 'FFFFFF' };
  s.addShape('rect', { x: 0, y: 0, w: SLIDE.width, h: 4.2, fill: { color: look.brand }, line: { color: look.brand } });
  s.addText(slide.kindLabel, { ...base(look), x: MARGIN_X, y: 0.9, w: CONTENT_WIDTH - 2.5, h: 0.5, fontSize: 18, color: look.onBrand });
  // The plan's name as large as fits three lines.
  let pt = 40;
  const lines = (size: number) => Math.ceil((slide.title.length * (look.cjk ? 1 : 0.6) * size) / 72 / (CONTENT_WIDTH - 0.2));
  while (pt > 20 && lines(pt) * lineHeightPt(pt, look.cjk) > 3 * lineHeightPt(40, false)) pt -= 2;
  s.addText(slide.title, {
    ...base(look),
    x: MARGIN_X,
    y: 1.5,
    w: CONTENT_WIDTH,
    h: 2.5,
    fontSize: pt,
    bold: true,
    color: look.onBrand,
    valign: 'bottom',
  });
  slide.lines.forEach((line, i) => {
    const y = 4.6 + i * 0.45;
    s.addText(line.label, { ...base(look), x: MARGIN_X, y, w: 2.6, h: 0.42, fontSize: 14, color: look.muted });
    s.addText(line.value, {
      ...base(look),
      x: MARGIN_X + 2.7,
      y,
      w: CONTENT_WIDTH - 2.7 - (pictures.logo ? 2.4 : 0),
      h: 0.42,
      fontSize: 16,
      fit: 'shrink',
    });
  });
  addLogo(s, pictures, { x: SLIDE.width - MARGIN_X - 2.2, y: 4.6, w: 2.2, h: 1.2 });
}

function frame(pptx: PptxGenJS, title: string, subtitle: string, look: DeckLook, pictures: DeckPictures, footer: string, number: string): Slide {
  const s = pptx.addSlide();
  s.background = { color: 'FFFFFF' };
  s.addShape('rect', { x: 0, y: 0, w: SLIDE.width, h: 0.12, fill: { color: look.brand }, line: { color: look.brand } });
  const logoRoom = pictures.logo ? 1.6 : 0;
  s.addText(title, {
    ...base(look),
    x: MARGIN_X,
    y: 0.3,
    w: CONTENT_WIDTH - logoRoom,
    h: 0.62,
    fontSize: 26,
    bold: true,
    color: look.brand,
    valign: 'middle',
  });
  if (subtitle)
    s.addText(subtitle, {
      ...base(look),
      x: MARGIN_X,
      y: 0.92,
      w: CONTENT_WIDTH - logoRoom,
      h: 0.45,
      fontSize: 17,
      color: look.text,
      valign: 'middle',
    });
  s.addShape('line', { x: MARGIN_X, y: 1.42, w: CONTENT_WIDTH, h: 0, line: { color: look.rule, width: 1 } });
  addLogo(s, pictures, { x: SLIDE.width - MARGIN_X - 1.4, y: 0.3, w: 1.4, h: 0.7 });
  // A long plan name is cut to the footer's one line.
  const footerLines = wrapLines(footer, CONTENT_WIDTH - 1.6, 10);
  const footerText = footerLines.length > 1 ? `${footerLines[0]!.replace(/\s*\S{0,2}$/, '')}…` : footer;
  s.addText(footerText, { ...base(look), x: MARGIN_X, y: 7.0, w: CONTENT_WIDTH - 1.5, h: 0.32, fontSize: 10, color: look.muted, valign: 'middle' });
  s.addText(number, {
    ...base(look),
    x: SLIDE.width - MARGIN_X - 1.4,
    y: 7.0,
    w: 1.4,
    h: 0.32,
    fontSize: 10,
    color: look.muted,
    align: 'right',
    valign: 'middle',
  });
  return s;
}

function paraRuns(paras: TextPara[], look: DeckLook, fontPt: number): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = [];
  paras.forEach((p, pi) => {
    const color = p.tone === 'note' ? look.muted : p.tone === 'statement' ? look.brand : look.text;
    p.runs.forEach((run, ri) => {
      const last = ri === p.runs.length - 1;
      out.push({
        text: run.text,
        options: {
          bold: run.bold,
          italic: run.italic || p.tone === 'note' ? run.italic || (p.tone === 'note' && !look.cjk) : undefined,
          color,
          fontSize: fontPt,
          ...(ri === 0 && p.bullet ? { bullet: p.bullet === 'number' ? { type: 'number', indent: 18 } : { indent: 18 } } : {}),
          ...(last && pi < paras.length - 1 ? { breakLine: true } : {}),
          paraSpaceAfter: 6,
        },
      });
    });
  });
  return out;
}

function addTable(s: Slide, item: Extract<Placed, { kind: 'table' }>, look: DeckLook): void {
  const rows: PptxGenJS.TableRow[] = item.rows.map((row) =>
    row.map((cell, i) => {
      const text = cell.detail
        ? [
            // Bold goes on the text's run, not the cell, so the quieter detail line stays regular.
            { text: cell.text, options: { breakLine: true, ...(cell.bold ? { bold: true } : {}) } },
            { text: cell.detail, options: { color: look.muted } },
          ]
        : cell.text;
      const fill = cell.header ? look.brand : cell.footer ? look.footerFill : cell.label ? look.brandPale : 'FFFFFF';
      const color = cell.header ? look.onBrand : cell.tone ? look.tones[cell.tone] : look.text;
      return {
        text,
        options: {
          bold: (cell.detail ? false : cell.bold) || cell.header || undefined,
          color,
          fill: { color: fill },
          align: cell.header && item.aligns[i] !== 'right' ? 'left' : item.aligns[i],
          valign: 'top',
        },
      } as PptxGenJS.TableCell;
    }),
  );
  s.addTable(rows, {
    x: item.x,
    y: item.y,
    w: item.w,
    colW: item.colW,
    rowH: item.rowH,
    fontFace: look.latin,
    fontSize: item.fontPt,
    lang: look.lang,
    margin: [...CELL_MARGIN],
    border: { type: 'solid', pt: 0.75, color: look.rule },
  } as PptxGenJS.TableProps);
}

function addQuadrant(
  s: Slide,
  q: { x: number; y: number; w: number; h: number; fontPt: number; quadrant: MatrixQuadrant; items: string[] },
  look: DeckLook,
): void {
  const shade = QUADRANT_TINT[q.quadrant.key] ?? 0.92;
  const fill = tintHex(look.brand, shade);
  s.addShape('rect', { x: q.x, y: q.y, w: q.w, h: q.h, fill: { color: fill }, line: { color: look.rule, width: 0.75 } });
  const headH = (lineHeightPt(16, look.cjk) + lineHeightPt(11, look.cjk)) / 72 + 0.15;
  s.addText(
    [
      { text: q.quadrant.title, options: { bold: true, fontSize: 16, color: look.brand, breakLine: true } },
      { text: q.quadrant.subtitle, options: { fontSize: 11, color: look.muted } },
    ],
    { ...base(look), x: q.x + 0.1, y: q.y + 0.05, w: q.w - 0.2, h: headH },
  );
  s.addText(
    q.items.map((text, i) => ({ text, options: { fontSize: q.fontPt, paraSpaceAfter: 3, ...(i < q.items.length - 1 ? { breakLine: true } : {}) } })),
    { ...base(look), x: q.x + 0.1, y: q.y + headH, w: q.w - 0.2, h: q.h - headH - 0.05 },
  );
}

function tintHex(hex6: string, amount: number): string {
  return [0, 2, 4]
    .map((i) => {
      const v = parseInt(hex6.slice(i, i + 2), 16);
      return Math.round(v + (255 - v) * amount)
        .toString(16)
        .padStart(2, '0');
    })
    .join('')
    .toUpperCase();
}

function contentSlide(pptx: PptxGenJS, slide: ContentSlide, look: DeckLook, pictures: DeckPictures, footer: string, number: string): void {
  const s = frame(pptx, slide.title, slide.subtitle, look, pictures, footer, number);
  for (const item of slide.items) {
    switch (item.kind) {
      case 'subheading':
        s.addText(item.text, { ...base(look), x: item.x, y: item.y, w: item.w, h: item.h, fontSize: item.fontPt, bold: true, color: look.brand });
        break;
      case 'text':
        s.addText(paraRuns(item.paras, look, item.fontPt), { ...base(look), x: item.x, y: item.y, w: item.w, h: item.h, fontSize: item.fontPt });
        break;
      case 'table':
        addTable(s, item, look);
        break;
      case 'chart': {
        const png = pictures.chart(item.chart.id);
        if (png) s.addImage({ data: pngData(png), x: item.x, y: item.y, w: item.w, h: item.h, altText: item.chart.summary });
        s.addText(item.caption, {
          ...base(look),
          x: MARGIN_X,
          y: item.y + item.h,
          w: CONTENT_WIDTH,
          h: item.captionH,
          fontSize: CAPTION_PT,
          color: look.muted,
          align: 'center',
        });
        break;
      }
      case 'matrix':
        for (const q of item.quadrants) addQuadrant(s, q, look);
        break;
    }
  }
}

export type DeckTexts = { footer: string; slideNumber: (slide: number, slides: number) => string };

/** The laid-out slides as a pptxgenjs presentation. */
export function renderDeck(
  slides: DeckSlide[],
  look: DeckLook,
  pictures: DeckPictures,
  texts: DeckTexts,
  info: { title: string; author: string; subject: string },
): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = info.title;
  pptx.author = info.author;
  pptx.subject = info.subject;
  pptx.company = '';
  pptx.theme = { headFontFace: look.latin, bodyFontFace: look.latin, lang: look.lang } as PptxGenJS.ThemeProps;
  slides.forEach((slide, i) => {
    const number = texts.slideNumber(i + 1, slides.length);
    if (slide.kind === 'title') titleSlide(pptx, slide, look, pictures);
    else if (slide.kind === 'agenda') {
      const s = frame(pptx, slide.title, '', look, pictures, texts.footer, number);
      s.addText(
        slide.entries.map((entry, j) => ({
          text: entry,
          options: { fontSize: slide.fontPt, paraSpaceAfter: 10, ...(j < slide.entries.length - 1 ? { breakLine: true } : {}) },
        })),
        { ...base(look), x: MARGIN_X + 0.5, y: 1.7, w: CONTENT_WIDTH - 1, h: 5.1 },
      );
    } else contentSlide(pptx, slide, look, pictures, texts.footer, number);
  });
  return pptx;
}
