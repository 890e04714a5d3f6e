import { Resvg } from '@resvg/resvg-js';
import type { FontAdvances } from './font-metrics';

/**
 * Chart text set from each character's outline, drawn once per report.
 *
 * resvg-js reads the whole font file again for every glyph it lays out, and a CJK font is
 * 15–20 MB: outlining a Chinese report's labels one text at a time cost seconds, nearly all of it
 * copying the file (a Latin font is smaller, but an English report has more glyphs). Here every distinct character is outlined once, all in one resvg pass, at
 * 1000 units to the em, and each label is composed from those outlines: scaled to its size,
 * placed by the font's advance widths and `kern` pairs, anchored as the label asks. That is how
 * resvg sets the same text, so the drawing is the same (ideographs have no kerning at all).
 *
 * Only plain labels are composed: one run of text, a size, an anchor, a baseline, a fill, and no
 * letters a font would join into a ligature. Anything else (tspans, strokes, letter spacing,
 * "fi") returns null and is left to resvg.
 */

export type GlyphFont = { file: string; family: string; advances: FontAdvances };

export type PlainText = {
  chars: string[];
  fontSize: number;
  anchor: 'start' | 'middle' | 'end';
  baseline: string;
  x: number;
  y: number;
  /** Paint attributes for the group that holds the glyphs: fill, opacity. */
  paint: string;
};

const UNITS = 1000;
const LIGATURES = /f[fijlt]/;
const ATTRIBUTE = /\s([\w:-]+)="([^"]*)"/g;
const PAINT = new Set(['fill', 'fill-opacity', 'opacity']);
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name!.toLowerCase()]!,
  );
}

function number(value: string | undefined): number | null {
  if (value === undefined) return 0;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export class GlyphTextComposer {
  /** `baseline\0char` → the character's outline at UNITS per em, '' for one that draws nothing. */
  private readonly glyphs = new Map<string, string>();

  constructor(private readonly font: GlyphFont) {}

  /** The label as plain text this can compose, or null. `attributes` are the element's, without its transform. */
  parse(attributes: string, content: string): PlainText | null {
    if (content.includes('<')) return null;
    let fontSize: number | null = null;
    let anchor: PlainText['anchor'] = 'start';
    let baseline = 'auto';
    let x: number | null = 0;
    let y: number | null = 0;
    let paint = '';
    let preserve = false;
    for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
      if (name === 'style') {
        for (const declaration of value!.split(';')) {
          const [property, raw] = declaration.split(':').map((s) => s?.trim());
          if (!property) continue;
          if (property === 'font-size') fontSize = /^\d+(\.\d+)?px$/.test(raw ?? '') ? parseFloat(raw!) : null;
          // The regular face is the only one loaded; resvg draws bold text with it too.
          else if (property !== 'font-family' && property !== 'font-weight') return null;
        }
      } else if (name === 'text-anchor') {
        if (value !== 'start' && value !== 'middle' && value !== 'end') return null;
        anchor = value;
      } else if (name === 'dominant-baseline') baseline = value!;
      else if (name === 'x') x = number(value);
      else if (name === 'y') y = number(value);
      else if (name === 'xml:space') preserve = value === 'preserve';
      else if (PAINT.has(name!)) paint += ` ${name}="${value}"`;
      else return null;
    }
    if (fontSize === null || x === null || y === null) return null;
    // SVG's white space handling: tabs and line breaks are spaces; by default runs of spaces are one, none at the ends.
    const spaced = decode(content).replace(/[\t\r\n]/g, ' ');
    const text = preserve ? spaced : spaced.replace(/ {2,}/g, ' ').trim();
    // Fonts join these into ligatures (fi, fl, ff…), which only resvg's shaping draws.
    if (LIGATURES.test(text)) return null;
    const chars = [...text];
    if (chars.some((c) => this.font.advances.advance(c.codePointAt(0)!) === null)) return null;
    return { chars, fontSize, anchor, baseline, x, y, paint };
  }

  /** Outlines, in one resvg pass, every character of `texts` not outlined before. */
  prepare(texts: readonly PlainText[]): void {
    const wanted = new Map<string, Set<string>>();
    for (const text of texts) {
      for (const char of text.chars) {
        if (this.glyphs.has(`${text.baseline}\u0000${char}`)) continue;
        if (char.trim() === '') {
          this.glyphs.set(`${text.baseline}\u0000${char}`, '');
          continue;
        }
        let set = wanted.get(text.baseline);
        if (!set) wanted.set(text.baseline, (set = new Set()));
        set.add(char);
      }
    }
    if (wanted.size === 0) return;
    const order: [string, string][] = [];
    const elements = [...wanted].map(([baseline, chars]) => {
      const spans = [...chars].map((char) => {
        order.push([baseline, char]);
        // A colour per character tells its outline apart in what resvg gives back.
        return `<tspan x="0" y="0" fill="#${order.length.toString(16).padStart(6, '0')}">${char.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</tspan>`;
      });
      return `<text dominant-baseline="${baseline}" style="font-size:${UNITS}px;font-family:'${this.font.family}'">${spans.join('')}</text>`;
    });
    const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${elements.join('')}</svg>`;
    const converted = new Resvg(doc, {
      font: { loadSystemFonts: false, fontFiles: [this.font.file], defaultFontFamily: this.font.family },
    }).toString();
    const outlines = new Map<number, string>();
    for (const [path] of converted.matchAll(/<path\b[^>]*>/g)) {
      const fill = /\sfill="#([0-9a-f]{6})"/i.exec(path)?.[1];
      const d = /\sd="([^"]*)"/.exec(path)?.[1];
      if (fill && d) outlines.set(parseInt(fill, 16), d);
    }
    // A character resvg drew nothing for stays out, so a text that has it goes to resvg whole.
    order.forEach(([baseline, char], i) => {
      const d = outlines.get(i + 1);
      if (d !== undefined) this.glyphs.set(`${baseline}\u0000${char}`, d);
    });
  }

  /** The text as outlines in the element's own coordinates, or null when a character has none. */
  compose(text: PlainText): string | null {
    const scale = text.fontSize / UNITS;
    const font = this.font.advances;
    const codes = text.chars.map((c) => c.codePointAt(0)!);
    const advances = codes.map((code, i) => (font.advance(code)! + (i + 1 < codes.length ? font.kerning(code, codes[i + 1]!) : 0)) * text.fontSize);
    const width = advances.reduce((a, b) => a + b, 0);
    let x = text.x - (text.anchor === 'middle' ? width / 2 : text.anchor === 'end' ? width : 0);
    let paths = '';
    for (let i = 0; i < text.chars.length; i += 1) {
      const d = this.glyphs.get(`${text.baseline}\u0000${text.chars[i]}`);
      if (d === undefined) return null;
      if (d !== '') paths += `<path transform="matrix(${scale} 0 0 ${scale} ${round(x)} ${round(text.y)})" d="${d}"/>`;
      x += advances[i]!;
    }
    return `<g${text.paint}>${paths}</g>`;
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
