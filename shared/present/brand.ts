/**
 * The plan's brand colour on a white slide: used as is for the rule and accents, and for text
 * only when it meets WCAG AA (4.5:1) on white; a pale brand colour gives way to near-black text.
 */
export const PRESENT_INK = '#1b1b1f';

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#RRGGBB". */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** The colour of the slide's accent text (headings' eyebrow, card numbers): the brand where legible. */
export function brandInk(brand: string): string {
  return /^#[0-9a-f]{6}$/i.test(brand) && contrastOnWhite(brand) >= 4.5 ? brand : PRESENT_INK;
}
