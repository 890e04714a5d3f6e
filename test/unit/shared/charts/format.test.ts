import { describe, expect, it } from 'vitest';
import { compactMoney, escapeHtml, fullMoneyFromMajor, listText, monthLabel, periodLabel } from '../../../../shared/charts';
import { chartContext } from './chart-fixtures';

describe('chart labels', () => {
  it('names months by locale, in UTC, including years before 100', () => {
    expect(monthLabel('2027-01', 'en')).toBe('Jan 27');
    expect(monthLabel('2027-12', 'zh-CN')).toBe('2027年12月');
    expect(monthLabel('0099-03', 'en')).toBe('Mar 99');
  });

  it('names quarters through the i18n area and months by locale', () => {
    expect(periodLabel('2027-Q3', chartContext('en'))).toBe('Q3 2027');
    expect(periodLabel('2027-Q3', chartContext('zh-CN'))).toBe('2027年第3季度');
    expect(periodLabel('2027-04', chartContext('zh-CN'))).toBe('2027年4月');
  });

  it('writes compact money without trailing zeros and full money exactly', () => {
    const en = chartContext('en', 'light', 'USD');
    expect(compactMoney(0, en)).toBe('$0');
    expect(compactMoney(12_000, en)).toBe('$12K');
    expect(compactMoney(1_250_000, en)).toBe('$1.3M');
    expect(compactMoney(15_000, chartContext('zh-CN'))).toBe('¥1.5万');
    expect(compactMoney(1_234_567, chartContext('en', 'light', 'JPY'))).toBe('¥1.2M');
    expect(fullMoneyFromMajor(1234.5, en)).toBe('$1,234.50');
    expect(fullMoneyFromMajor(0.1 + 0.2, en)).toBe('$0.30');
  });

  it('joins lists by locale and escapes markup for tooltips', () => {
    expect(listText(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(listText(['甲', '乙', '丙'], 'zh-CN')).toBe('甲、乙和丙');
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&#60;img src=x onerror=&#34;alert(&#39;1&#39;)&#34;&#62;&#38;');
  });
});
