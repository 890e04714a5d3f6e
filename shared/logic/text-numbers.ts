/**
 * Finding a number in prose, leniently: people write 1200000, 1,200,000, ¥1,200,000.00,
 * 1 200 000, 120万 or 1.2m for the same amount, so every reading of the text's numerals counts.
 */

const GROUPED = /\d{1,3}(?:[,\u00a0\u202f' ]\d{3})+(?:\.\d+)?/g;
const PLAIN = /\d+(?:\.\d+)?/g;

// Sticky: each is tried right where a numeral ends, without copying the rest of the text.
const SCALES: { re: RegExp; factor: number }[] = [
  { re: /\s*万/y, factor: 1e4 },
  { re: /\s*亿/y, factor: 1e8 },
  { re: /\s*千/y, factor: 1e3 },
  { re: /\s*(k|thousand)(?![a-z])/iy, factor: 1e3 },
  { re: /\s*(m|mn|million)(?![a-z])/iy, factor: 1e6 },
  { re: /\s*(bn|billion)(?![a-z])/iy, factor: 1e9 },
];

// The health checks ask about several numbers in the same summary on every keystroke: the text's
// numbers are read once per text.
let last: { text: string; values: number[] } | null = null;

/** Every value the numerals of `text` can be read as (with and without their scale word). */
export function numbersInText(text: string): number[] {
  if (last?.text === text) return last.values;
  const values: number[] = [];
  for (const re of [GROUPED, PLAIN]) {
    for (const match of text.matchAll(re)) {
      const value = Number(match[0].replace(/[,\u00a0\u202f' ]/g, ''));
      if (!Number.isFinite(value)) continue;
      values.push(value);
      const end = (match.index ?? 0) + match[0].length;
      for (const { re: scale, factor } of SCALES) {
        scale.lastIndex = end;
        if (scale.test(text)) values.push(value * factor);
      }
    }
  }
  last = { text, values };
  return values;
}

/** Whether the text mentions `value` (its magnitude: "a cut of 5" names −5 too). */
export function textMentionsNumber(text: string, value: number): boolean {
  const wanted = Math.abs(value);
  const tolerance = 1e-9 * Math.max(1, wanted);
  return numbersInText(text).some((n) => Math.abs(n - wanted) <= tolerance);
}
