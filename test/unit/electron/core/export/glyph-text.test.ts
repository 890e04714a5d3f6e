import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { findChartFonts } from '../../../../../electron/core/export/chart-png';
import { fontFaceIndex, readFontAdvances } from '../../../../../electron/core/export/font-metrics';
import { GlyphTextComposer } from '../../../../../electron/core/export/glyph-text';

const fonts = findChartFonts();
const cjkFile = fonts.files.find((f) => f !== fonts.latinFile);

function composer(file: string, family: string): GlyphTextComposer {
  const bytes = fs.readFileSync(file);
  return new GlyphTextComposer({ file, family, advances: readFontAdvances(bytes, fontFaceIndex(bytes, family) ?? 0)! });
}

/** Pixels that differ clearly between resvg laying the text out and the composed outlines. */
function difference(glyphs: GlyphTextComposer, file: string, family: string, attributes: string, text: string): { differ: number; ink: number } {
  const parsed = glyphs.parse(attributes, text);
  expect(parsed, text).not.toBeNull();
  glyphs.prepare([parsed!]);
  const composed = glyphs.compose(parsed!);
  expect(composed).not.toBeNull();
  const page = (content: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60">${content}</svg>`;
  const native = new Resvg(page(`<text${attributes}>${text}</text>`), {
    background: '#fff',
    font: { loadSystemFonts: false, fontFiles: [file], defaultFontFamily: family },
  }).render().pixels;
  const ours = new Resvg(page(composed!), { background: '#fff', font: { loadSystemFonts: false } }).render().pixels;
  let differ = 0;
  let ink = 0;
  for (let i = 0; i < native.length; i += 4) {
    if (native[i]! < 128) ink += 1;
    if (Math.abs(native[i]! - ours[i]!) > 64) differ += 1;
  }
  return { differ, ink };
}

describe.skipIf(!fonts.latinFile)('GlyphTextComposer with the Latin font', () => {
  const glyphs = composer(fonts.latinFile!, fonts.latin!);

  it('sets text as resvg does: same glyphs, advances and kerning, at each anchor and baseline', () => {
    for (const [anchor, baseline, x] of [
      ['start', 'central', 10],
      ['middle', 'central', 300],
      ['end', 'auto', 590],
    ] as const) {
      for (const text of ['Promotion $1.5M', 'AVAWAY To', 'Q1 2027 &amp; Jan 27']) {
        const attributes = ` dominant-baseline="${baseline}" text-anchor="${anchor}" style="font-size:24px;font-family:'${fonts.latin}';" x="${x}" y="30" fill="#202020"`;
        const { differ, ink } = difference(glyphs, fonts.latinFile!, fonts.latin!, attributes, text);
        expect(ink, text).toBeGreaterThan(300);
        expect(differ, `${text} (${anchor})`).toBeLessThan(ink * 0.01);
      }
    }
  });

  it('leaves to resvg what it cannot compose exactly: tspans, strokes, spacing, ligatures', () => {
    const plain = ` style="font-size:12px" fill="#000"`;
    expect(glyphs.parse(plain, 'Sales')).not.toBeNull();
    expect(glyphs.parse(plain, '<tspan>Sales</tspan>')).toBeNull();
    expect(glyphs.parse(`${plain} stroke="#fff"`, 'Sales')).toBeNull();
    expect(glyphs.parse(` style="font-size:12px;letter-spacing:2px"`, 'Sales')).toBeNull();
    expect(glyphs.parse(plain, 'Office')).toBeNull();
    expect(glyphs.parse(' fill="#000"', 'No size')).toBeNull();
  });

  it('keeps white space as SVG does: collapsed by default, kept with xml:space="preserve"', () => {
    expect(glyphs.parse(' style="font-size:12px"', '  a  b ')!.chars.join('')).toBe('a b');
    expect(glyphs.parse(' style="font-size:12px" xml:space="preserve"', ' a  b')!.chars.join('')).toBe(' a  b');
  });

  it('gives null for a character it has not outlined', () => {
    const fresh = composer(fonts.latinFile!, fonts.latin!);
    expect(fresh.compose(fresh.parse(' style="font-size:12px"', 'Zebra')!)).toBeNull();
  });
});

describe.skipIf(!fonts.cjk || !cjkFile)('GlyphTextComposer with the CJK font', () => {
  it('sets Chinese labels, digits among them, as resvg does', () => {
    const glyphs = composer(cjkFile!, fonts.cjk!);
    for (const text of ['27年1月', '营销费用', '第一部分　计划实施概要']) {
      const attributes = ` dominant-baseline="central" text-anchor="middle" style="font-size:24px;font-family:'${fonts.cjk}';" x="300" y="30" fill="#202020"`;
      const { differ, ink } = difference(glyphs, cjkFile!, fonts.cjk!, attributes, text);
      expect(ink, text).toBeGreaterThan(300);
      expect(differ, text).toBeLessThan(ink * 0.01);
    }
  });
});
