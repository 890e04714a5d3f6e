import { describe, expect, it } from 'vitest';
import { compactMoney, escapeHtml, fullMoneyFromMajor, listText, monthLabel, periodLabel } from '../../../../shared/charts';
import { axisNumberFormat } from '../../../../shared/charts/format';
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

describe('a value axis in one unit', () => {
  it('writes every label of a Chinese axis reaching 10,000 in 万, never 5,000 beside 1万', () => {
    const label = axisNumberFormat(12_000, 'zh-CN');
    expect([0, 2_000, 5_000, 10_000, 12_000].map(label)).toEqual(['0', '0.2万', '0.5万', '1万', '1.2万']);
    expect([0, 500, 5_000].map(axisNumberFormat(9_000, 'zh-CN'))).toEqual(['0', '500', '5,000']);
    expect([5e7, 1.5e8].map(axisNumberFormat(1.5e8, 'zh-CN'))).toEqual(['0.5亿', '1.5亿']);
  });

  it('uses one of K, M or B in English', () => {
    expect([0, 500, 1_500].map(axisNumberFormat(1_500, 'en'))).toEqual(['0', '0.5K', '1.5K']);
    expect([250_000, 2_000_000].map(axisNumberFormat(2_000_000, 'en'))).toEqual(['0.25M', '2M']);
  });
});
