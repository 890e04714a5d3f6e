import fs from 'node:fs';
import path from 'node:path';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { echarts } from '../../../shared/charts/echarts';
import { renderChartSvg } from '../../../shared/charts/render-svg';
import type { ChartOption } from '../../../shared/charts/types';
import { fontFaceIndex, readFontAdvances, type FontAdvances } from './font-metrics';
import { GlyphTextComposer, type PlainText } from './glyph-text';
import { encodeOpaquePng } from './png';

/**
 * Charts as PNG for the Word report: ECharts draws SVG (shared/charts), resvg rasterises it.
 *
 * Text is where the time goes. resvg-js 2.6 keeps font files on disk and reads the whole file
 * again for every text element and glyph it lays out; a CJK font is 15–20 MB, so one Chinese
 * chart took ~0.4 s and a report with 45 charts ~20 s. Three things keep that down:
 *  - a few known font files instead of a scan of every system font, Latin text set in the small
 *    Latin font, and only text with CJK characters in the CJK font (first in its family list,
 *    so Chinese glyphs come from its Simplified Chinese face, not whichever face has the glyph);
 *  - labels are composed from each character's outline (glyph-text.ts), so a report reads its
 *    fonts once per distinct character instead of once per glyph of every label;
 *  - each distinct text element (same font, colour, alignment and content) is turned into
 *    outlines once and reused: month names, legends and axis values repeat across the charts of
 *    a report. The chart itself is then rasterised with no fonts at all.
 * ECharts measures text with the Latin font's real widths (font-metrics.ts), so labels it
 * truncates or lays out side by side fit the glyphs resvg draws.
 */

export type ChartPngOptions = {
  width: number;
  height: number;
  /** Pixels per SVG unit: 2 gives a sharp image at the chart's size on paper. */
  scale?: number;
};

type FontCandidate = { family: string; files: string[] };
export type ChartFonts = { files: string[]; latin: string | null; cjk: string | null; latinFile: string | null };

function windowsFonts(...names: string[]): string[] {
  const dir = path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
  return names.map((name) => path.join(dir, name));
}

// Regular faces only: the charts never ask for bold, and every loaded file costs time.
const LATIN: FontCandidate[] = [
  {
    family: 'DejaVu Sans',
    files: [
      '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
      '/usr/share/fonts/dejavu/DejaVuSans.ttf',
      '/usr/share/fonts/TTF/DejaVuSans.ttf',
    ],
  },
  {
    family: 'Liberation Sans',
    files: [
      '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
      '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
      '/usr/share/fonts/TTF/LiberationSans-Regular.ttf',
    ],
  },
  { family: 'Segoe UI', files: windowsFonts('segoeui.ttf') },
  { family: 'Arial', files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/Library/Fonts/Arial.ttf', ...windowsFonts('arial.ttf')] },
  { family: 'Helvetica', files: ['/System/Library/Fonts/Helvetica.ttc'] },
];

const CJK: FontCandidate[] = [
  {
    family: 'Noto Sans CJK SC',
    files: [
      '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
      '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
      '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
      '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf',
      '/usr/share/fonts/noto-cjk/NotoSansCJKsc-Regular.otf',
    ],
  },
  { family: 'PingFang SC', files: ['/System/Library/Fonts/PingFang.ttc'] },
  { family: 'Hiragino Sans GB', files: ['/System/Library/Fonts/Hiragino Sans GB.ttc'] },
  { family: 'Microsoft YaHei', files: windowsFonts('msyh.ttc', 'msyh.ttf') },
  { family: 'SimHei', files: windowsFonts('simhei.ttf') },
  { family: 'WenQuanYi Micro Hei', files: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc'] },
  { family: 'WenQuanYi Zen Hei', files: ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'] },
];

function firstFound(candidates: readonly FontCandidate[], exists: (file: string) => boolean): { family: string; file: string } | null {
  for (const candidate of candidates) {
    const file = candidate.files.find(exists);
    if (file) return { family: candidate.family, file };
  }
  return null;
}

/** The Latin and the CJK font this machine has, found once by looking at a few known paths. */
export function findChartFonts(exists: (file: string) => boolean = fs.existsSync): ChartFonts {
  const latin = firstFound(LATIN, exists);
  const cjk = firstFound(CJK, exists);
  return {
    files: [latin?.file, cjk?.file].filter((f): f is string => f !== undefined),
    latin: latin?.family ?? null,
    cjk: cjk?.family ?? null,
    latinFile: latin?.file ?? null,
  };
}

/** The Latin font's glyph widths, once read: for ECharts' measuring and to know which text it can draw alone. */
let latinAdvances: FontAdvances | null = null;

/** Points ECharts' text measuring (in this process) at the Latin font; CJK characters are 1 em. */
function measureWith(found: ChartFonts): void {
  if (!found.latinFile) return;
  try {
    latinAdvances = readFontAdvances(fs.readFileSync(found.latinFile));
  } catch {
    return;
  }
  if (!latinAdvances) return;
  const measure = latinAdvances;
  echarts.setPlatformAPI({
    measureText: (text: string, font?: string) => {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
      let width = 0;
      for (const char of text) width += (CJK_TEXT.test(char) ? 1 : (measure.advance(char.codePointAt(0)!) ?? 1)) * size;
      return { width };
    },
  });
}

/**
 * The fonts resvg loads to lay out `texts`. The CJK font (15–20 MB) only when some text has a
 * character the Latin font lacks, which all Chinese text has and most English charts never do.
 */
function fontOptions(found: ChartFonts, texts: readonly string[] = ['\u4e00']): NonNullable<ResvgRenderOptions['font']> {
  // Neither known font: let resvg scan the system (slow, but the text still renders).
  if (found.files.length === 0) return { loadSystemFonts: true };
  const family = found.latin ?? found.cjk!;
  const latinOnly = found.latinFile !== null && found.cjk !== null && texts.every((text) => latinCanDraw(text));
  const files = latinOnly ? [found.latinFile!] : found.files;
  return { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family, sansSerifFamily: family };
}

/** Whether the Latin font has a glyph for every character of the text (markup aside). */
function latinCanDraw(text: string): boolean {
  const advances = latinAdvances;
  if (!advances) return false;
  const plain = text.replace(/<[^>]*>/g, '').replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, ' ');
  for (const char of plain) {
    const code = char.codePointAt(0)!;
    if (code > 0x20 && advances.advance(code) === null) return false;
  }
  return true;
}

// CJK ideographs, kana, hangul, CJK punctuation and full-width forms.
const CJK_TEXT = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/;
const TEXT_ELEMENT = /<text\b([^>]*)>([\s\S]*?)<\/text>/g;
const TRANSFORM = /\stransform="([^"]*)"/;
const FONT_FAMILY = /font-family:[^;"]*/;

function quoted(family: string): string {
  return `'${family}'`;
}

/** The text element's attributes with the font family this machine has, by what the text contains. */
function withFontFamily(attributes: string, content: string, found: ChartFonts): string {
  if (found.files.length === 0 || !FONT_FAMILY.test(attributes)) return attributes;
  const order = CJK_TEXT.test(content) ? [found.cjk, found.latin] : [found.latin, found.cjk];
  const families = order.filter((f): f is string => f !== null).map(quoted);
  return attributes.replace(FONT_FAMILY, `font-family:${families.join(', ')}, sans-serif`);
}

// Found when this module loads, before anything renders: ECharts caches the widths it measures,
// so a chart drawn before measureWith() would keep its guessed widths for those labels.
const fonts = findChartFonts();
measureWith(fonts);
function chartFonts(): ChartFonts {
  return fonts;
}

/** Sets text from per-character outlines (glyph-text.ts): Latin text in the Latin font, the rest in the CJK font. */
let latinComposer: GlyphTextComposer | null | undefined;
let cjkComposer: GlyphTextComposer | null | undefined;

function composerFor(found: ChartFonts, cjk: boolean): GlyphTextComposer | null {
  if (!cjk) {
    if (latinComposer === undefined) {
      latinComposer =
        found.latin && found.latinFile && latinAdvances
          ? new GlyphTextComposer({ file: found.latinFile, family: found.latin, advances: latinAdvances })
          : null;
    }
    return latinComposer;
  }
  if (cjkComposer !== undefined) return cjkComposer;
  cjkComposer = null;
  const file = found.files.find((f) => f !== found.latinFile);
  if (!found.cjk || !file) return cjkComposer;
  try {
    const bytes = fs.readFileSync(file);
    const face = fontFaceIndex(bytes, found.cjk);
    const advances = face === null ? null : readFontAdvances(bytes, face);
    if (advances) cjkComposer = new GlyphTextComposer({ file, family: found.cjk, advances });
  } catch {
    // Unreadable: resvg lays the text out itself, only slower.
  }
  return cjkComposer;
}

const OUTLINE_CACHE_SIZE = 4000;
/** Text element (attributes without position, and content) → its glyph outlines as SVG. */
const outlines = new Map<string, string>();

function remember(key: string, value: string): void {
  outlines.set(key, value);
  if (outlines.size > OUTLINE_CACHE_SIZE) outlines.delete(outlines.keys().next().value!);
}

/** The element that starts at `from` (`<g …>`), up to its matching `</g>`. */
function groupBody(svg: string, from: number): string | null {
  const open = svg.indexOf('>', from);
  if (open < 0) return null;
  let depth = 1;
  const tags = /<g\b[^>]*?(\/?)>|<\/g>/g;
  tags.lastIndex = open + 1;
  for (let match = tags.exec(svg); match; match = tags.exec(svg)) {
    if (match[0] === '</g>') depth -= 1;
    else if (match[1] !== '/') depth += 1;
    if (depth === 0) return svg.slice(from, match.index + 4);
  }
  return null;
}

/** Lays out the given text elements in one resvg pass and stores the outlines of those it drew. */
function outlineTexts(keys: readonly string[], found: ChartFonts): void {
  if (keys.length === 0) return;
  const parts = keys.map((key) => key.split('\u0000') as [string, string]);
  const elements = parts.map(([attributes, content], i) => `<text id="t${i}"${attributes}>${content}</text>`);
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">${elements.join('')}</svg>`;
  const converted = new Resvg(doc, {
    font: fontOptions(
      found,
      parts.map(([, content]) => content),
    ),
  }).toString();
  parts.forEach(([, content], i) => {
    const start = converted.indexOf(`<g id="t${i}"`);
    const body = start < 0 ? null : groupBody(converted, start);
    if (body !== null) remember(keys[i]!, body.replace(/^<g id="t\d+"/, '<g'));
    // resvg drops text that draws nothing (only spaces): nothing to draw here either.
    else if (content.replace(/<[^>]*>/g, '').trim() === '') remember(keys[i]!, '');
  });
}

type OutlinedSvg = { svg: string; complete: boolean };

/**
 * Outlines what text it can by composing it from character outlines, each font's characters
 * drawn in one pass; what it cannot (see glyph-text.ts) is left for resvg to lay out whole.
 */
function composeTexts(texts: readonly { key: string; attributes: string; content: string }[], found: ChartFonts): void {
  for (const cjk of [false, true]) {
    const group = texts.filter((t) => latinCanDraw(t.content) !== cjk);
    const glyphs = group.length > 0 ? composerFor(found, cjk) : null;
    if (!glyphs) continue;
    const plain = group
      .map((t) => ({ key: t.key, text: glyphs.parse(t.attributes, t.content) }))
      .filter((t): t is { key: string; text: PlainText } => t.text !== null);
    glyphs.prepare(plain.map((t) => t.text));
    for (const { key, text } of plain) {
      const outlined = glyphs.compose(text);
      if (outlined !== null) remember(key, outlined);
    }
  }
}

/**
 * The SVGs with every text element replaced by its outlines, so they rasterise without fonts.
 * The text none of them has had before is laid out in one resvg pass, so the fonts load once
 * for a whole report. `complete` is false when some text could not be outlined and was left as text.
 */
export function outlineSvgTexts(svgs: readonly string[], found: ChartFonts = chartFonts()): OutlinedSvg[] {
  const all = svgs.map((svg) =>
    [...svg.matchAll(TEXT_ELEMENT)].map((match) => {
      const transform = TRANSFORM.exec(match[1]!)?.[1] ?? null;
      const attributes = withFontFamily(match[1]!.replace(TRANSFORM, ''), match[2]!, found);
      return { transform, attributes, content: match[2]!, key: `${attributes}\u0000${match[2]}` };
    }),
  );
  const fresh = new Map(
    all
      .flat()
      .filter((t) => !outlines.has(t.key))
      .map((t) => [t.key, t]),
  );
  composeTexts([...fresh.values()], found);
  outlineTexts(
    [...fresh.keys()].filter((key) => !outlines.has(key)),
    found,
  );
  return svgs.map((svg, i) => {
    const texts = all[i]!;
    let complete = true;
    let at = 0;
    const outlined = svg.replace(TEXT_ELEMENT, () => {
      const text = texts[at++]!;
      const body = outlines.get(text.key);
      const position = text.transform === null ? '' : ` transform="${text.transform}"`;
      if (body === undefined) {
        complete = false;
        return `<text${position}${text.attributes}>${text.content}</text>`;
      }
      return position === '' ? body : `<g${position}>${body}</g>`;
    });
    return { svg: outlined, complete };
  });
}

export function outlineSvgText(svg: string, found: ChartFonts = chartFonts()): OutlinedSvg {
  return outlineSvgTexts([svg], found)[0]!;
}

function rasterise(outlined: OutlinedSvg, scale: number, found: ChartFonts): Buffer {
  const font = outlined.complete ? { loadSystemFonts: false } : fontOptions(found);
  return new Resvg(outlined.svg, { font, fitTo: { mode: 'zoom', value: scale } }).render().asPng();
}

/** An SVG document as PNG bytes, `scale` pixels per SVG unit. */
export function svgToPng(svg: string, scale = 2): Buffer {
  const found = chartFonts();
  return rasterise(outlineSvgText(svg, found), scale, found);
}

function checkScale(scale: number): void {
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`A chart's scale must be above 0 and at most 8, not ${scale}.`);
}

/** A chart option drawn as a PNG of (width × scale) by (height × scale) pixels. */
export function renderChartPng(option: ChartOption, { width, height, scale = 2 }: ChartPngOptions): Buffer {
  checkScale(scale);
  return svgToPng(renderChartSvg(option, { width, height }), scale);
}

/**
 * The report's charts as the Word writer asks for them (docx/render.ts ChartRasterizer). Each is
 * drawn and outlined here; resvg rasterises it and zlib compresses it on libuv's thread pool
 * while the next is drawn. The outline caches carry every label from one chart to the next. The
 * report's charts are on white paper, so they are rendered onto white (see png.ts).
 */
export async function rasteriseReportCharts(
  requests: readonly { chart: { option: unknown; width: number; height: number }; scale: number }[],
): Promise<Buffer[]> {
  for (const r of requests) checkScale(r.scale);
  const found = chartFonts();
  const pngs = requests.map(async ({ chart, scale }) => {
    const outlined = outlineSvgText(renderChartSvg(chart.option as ChartOption, chart), found);
    if (!outlined.complete) return rasterise(outlined, scale, found);
    const image = await renderAsync(outlined.svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'zoom', value: scale }, background: '#ffffff' });
    return encodeOpaquePng(image.width, image.height, image.pixels);
  });
  return Promise.all(pngs);
}
