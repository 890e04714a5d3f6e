import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChartFonts } from '../../../../../electron/core/export/chart-png';
import { fontFaceIndex, readFontAdvances } from '../../../../../electron/core/export/font-metrics';

const fonts = findChartFonts();

describe('readFontAdvances', () => {
  it.skipIf(!fonts.latinFile)('reads advance widths in em from the Latin font', () => {
    const advances = readFontAdvances(fs.readFileSync(fonts.latinFile!))!;
    expect(advances).not.toBeNull();
    const i = advances.advance('i'.codePointAt(0)!)!;
    const w = advances.advance('W'.codePointAt(0)!)!;
    expect(i).toBeGreaterThan(0.1);
    expect(w).toBeGreaterThan(i * 2);
    expect(w).toBeLessThan(1.5);
    // Digits are tabular in every UI font.
    expect(advances.advance('1'.codePointAt(0)!)).toBe(advances.advance('8'.codePointAt(0)!));
    // A character the font has no glyph for.
    expect(advances.advance(0x10ffff)).toBeNull();
  });

  it('returns null for bytes that are not a font, and for a truncated one', () => {
    expect(readFontAdvances(new Uint8Array(64))).toBeNull();
    expect(readFontAdvances(new TextEncoder().encode('ttcf not really a font collection at all'))).toBeNull();
    if (fonts.latinFile) expect(readFontAdvances(fs.readFileSync(fonts.latinFile).subarray(0, 400))).toBeNull();
  });
});

describe('kerning', () => {
  it.skipIf(!fonts.latinFile)('reads the pairs of the Latin font’s kern table, in em, and 0 for pairs it has none for', () => {
    const advances = readFontAdvances(fs.readFileSync(fonts.latinFile!))!;
    const cp = (c: string) => c.codePointAt(0)!;
    // "AV" and "To" are kerned in every text face; "oo" never is.
    expect(advances.kerning(cp('A'), cp('V'))).toBeLessThan(-0.02);
    expect(advances.kerning(cp('T'), cp('o'))).toBeLessThan(-0.02);
    expect(advances.kerning(cp('o'), cp('o'))).toBe(0);
    expect(advances.kerning(0x10ffff, cp('A'))).toBe(0);
  });
});

describe('fontFaceIndex', () => {
  it.skipIf(!fonts.cjk)('finds the face of a font collection by its family name, as resvg picks it', () => {
    const file = fonts.files.find((f) => f !== fonts.latinFile)!;
    const bytes = fs.readFileSync(file);
    const index = fontFaceIndex(bytes, fonts.cjk!);
    expect(index).not.toBeNull();
    expect(readFontAdvances(bytes, index!)!.advance('营'.codePointAt(0)!)).toBe(1);
    expect(fontFaceIndex(bytes, 'No Such Family')).toBeNull();
  });

  it.skipIf(!fonts.latinFile)('takes face 0 of a single font with that family, and null for bytes that are not a font', () => {
    expect(fontFaceIndex(fs.readFileSync(fonts.latinFile!), fonts.latin!)).toBe(0);
    expect(fontFaceIndex(new Uint8Array(64), 'Anything')).toBeNull();
  });
});
