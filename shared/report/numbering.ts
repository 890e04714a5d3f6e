import type { Language } from '../domain';

/**
 * Heading numbers as each language's business documents write them: "1", "1.2", "1.2.3" in
 * English; "第一部分", "一、", "（一）" in Chinese (the numbering of Chinese reports and official
 * documents).
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger numbers as Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export type HeadingNumber = { number: string; label: string };

/** The number of a heading at `path` (1-based counters from the part down) and its full label. */
export function headingNumber(language: Language, path: readonly number[], text: string): HeadingNumber {
  const level = path.length;
  if (language === 'zh-CN') {
    const last = path[level - 1]!;
    if (level === 1) {
      const number = `第${chineseNumeral(last)}部分`;
      return { number, label: `${number}\u3000${text}` };
    }
    const number = level === 2 ? `${chineseNumeral(last)}、` : `（${chineseNumeral(last)}）`;
    return { number, label: `${number}${text}` };
  }
  const number = path.join('.');
  return { number, label: `${number}\u2003${text}` };
}
