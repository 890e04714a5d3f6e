import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChartFonts } from '../../../../../electron/core/export/chart-png';
import { readFontAdvances } from '../../../../../electron/core/export/font-metrics';

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
