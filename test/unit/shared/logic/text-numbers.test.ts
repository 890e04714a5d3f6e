import { describe, expect, it } from 'vitest';
import { numbersInText, textMentionsNumber } from '../../../../shared/logic';

describe('textMentionsNumber', () => {
  it('reads numbers with or without thousands separators and currency symbols', () => {
    for (const text of [
      '1200000',
      '1,200,000',
      '¥1,200,000.00',
      'CN¥1,200,000',
      'US$1,200,000.00',
      '1 200 000',
      '1\u202f200\u202f000',
      '$1.2m',
      '120万',
      '1.2 million',
      '1200k',
    ]) {
      expect(textMentionsNumber(`Budget: ${text}.`, 1_200_000), text).toBe(true);
    }
  });

  it('does not find a number inside a larger one', () => {
    expect(textMentionsNumber('We sold 35 units', 5)).toBe(false);
    expect(textMentionsNumber('Budget 19,000', 9000)).toBe(false);
    expect(textMentionsNumber('Budget 19,000', 19)).toBe(true);
    expect(textMentionsNumber('', 0)).toBe(false);
  });

  it('matches decimals by value and negatives by magnitude', () => {
    expect(textMentionsNumber('Conversion up to 3.50%', 3.5)).toBe(true);
    expect(textMentionsNumber('Cut churn by 5 points', -5)).toBe(true);
    expect(textMentionsNumber('Cut churn by 5.1 points', 5)).toBe(false);
  });

  it('lists every reading of the numerals', () => {
    expect(numbersInText('1,234 and 5万')).toEqual(expect.arrayContaining([1234, 1, 234, 5, 50_000]));
  });
});
