import type { PaperSize, ReportOptions } from '../../../../shared/report/options';
import type { CellTone } from '../../../../shared/report/types';

/**
 * The report's look in Word units: page geometry in twips (1/1440 inch), type sizes in half
 * points, colours as hex without '#'. One brand colour drives headings, rules and table headers;
 * everything else is a neutral grey so the client's colour is the only accent.
 */

const PAGES: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

export type DocxTheme = {
  page: { width: number; height: number; marginX: number; marginTop: number; marginBottom: number; header: number; footer: number };
  /** Width of the text between the margins, in twips and in CSS pixels (96 dpi) for images. */
  textWidth: number;
  textWidthPx: number;
  /** Height between the margins in CSS pixels: no picture may be taller, or Word and LibreOffice clip it. */
  textHeightPx: number;
  fonts: { latin: string; eastAsia: string };
  chinese: boolean;
  language: { value: string; eastAsia: string };
  color: {
    brand: string;
    /** Brand mixed with white: table label cells, the cover band. */
    brandTint: string;
    brandPale: string;
    text: string;
    muted: string;
    rule: string;
    ruleStrong: string;
    footerFill: string;
    /** Text on the brand colour: white, or near-black when the brand colour is light. */
    onBrand: string;
    tones: Record<CellTone, string>;
  };
  size: { body: number; table: number; small: number; h1: number; h2: number; h3: number; title: number };
};

function hex(color: string): [number, number, number] {
  const h = color.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: number[]): string {
  return rgb
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** `amount` of the way from the colour to white. */
export function tint(color: string, amount: number): string {
  return toHex(hex(color).map((v) => v + (255 - v) * amount));
}

/** Relative luminance (WCAG), to choose readable text on the brand colour. */
function luminance(color: string): number {
  const [r, g, b] = hex(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function docxTheme(options: ReportOptions): DocxTheme {
  const page = PAGES[options.paperSize];
  const marginX = 1247; // 2.2 cm
  const textWidth = page.width - 2 * marginX;
  const brand = options.brandColor.replace('#', '').toUpperCase();
  // White text needs 4.5:1 against the fill: (1.05) / (L + 0.05) ≥ 4.5 ⇔ L ≤ 0.183.
  const onBrand = luminance(options.brandColor) <= 0.183 ? 'FFFFFF' : '1A1A1A';
  return {
    page: { ...page, marginX, marginTop: 1361, marginBottom: 1247, header: 680, footer: 624 },
    textWidth,
    textWidthPx: Math.floor(textWidth / 15),
    textHeightPx: Math.floor((page.height - 1361 - 1247) / 15),
    fonts: { latin: options.font.latin, eastAsia: options.font.eastAsia },
    chinese: options.language === 'zh-CN',
    // As Word writes it for both languages: Latin runs are English (spelling), CJK runs Simplified Chinese.
    language: { value: 'en-US', eastAsia: 'zh-CN' },
    color: {
      brand,
      brandTint: tint(options.brandColor, 0.88),
      brandPale: tint(options.brandColor, 0.94),
      text: '262626',
      muted: '6B6B6B',
      rule: 'D0D0D0',
      ruleStrong: '7F7F7F',
      footerFill: 'F2F2F2',
      onBrand,
      tones: { good: '1E7B45', warn: '9A5B00', bad: 'B42318', muted: '8C8C8C' },
    },
    size: { body: 21, table: 18, small: 16, h1: 32, h2: 26, h3: 22, title: 56 },
  };
}
