import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../shared/format/money';

describe('money for a Chinese reader', () => {
  it('writes a round sum of 10,000 or more in 万 or 亿', () => {
    expect(formatMoney(160_000_000_000_00, 'CNY', 'zh-CN')).toBe('¥1,600亿');
    expect(formatMoney(96_000_000_00, 'CNY', 'zh-CN')).toBe('¥9,600万');
    expect(formatMoney(12_611_600_00, 'CNY', 'zh-CN')).toBe('¥1,261.16万');
    expect(formatMoney(1_424_000_00, 'CNY', 'zh-CN')).toBe('¥142.4万');
    expect(formatMoney(10_000_00, 'CNY', 'zh-CN')).toBe('¥1万');
    expect(formatMoney(-2_600_000_00, 'CNY', 'zh-CN')).toBe('-¥260万');
    expect(formatMoney(250_000_000_00, 'CNY', 'zh-CN')).toBe('¥2.5亿');
  });

  it('writes every amount of a table in full digits, so a column reads alike', () => {
    expect(formatMoney(12_611_600_00, 'CNY', 'zh-CN', { chineseUnits: false })).toBe('¥12,611,600.00');
    expect(formatMoney(10_417_940_00, 'CNY', 'zh-CN', { chineseUnits: false })).toBe('¥10,417,940.00');
  });

  it('never writes a sum as a different number: what 万 would round stays in full', () => {
    expect(formatMoney(1_234_567_89, 'CNY', 'zh-CN')).toBe('¥1,234,567.89');
    expect(formatMoney(12_345_00, 'CNY', 'zh-CN')).toBe('¥12,345.00');
    expect(formatMoney(9_999_00, 'CNY', 'zh-CN')).toBe('¥9,999.00');
  });

  it('leaves English and chart-axis amounts as they were', () => {
    expect(formatMoney(96_000_000_00, 'CNY', 'en')).toBe('CN¥96,000,000.00');
    expect(formatMoney(12_000_00, 'CNY', 'zh-CN', { compact: true })).toBe('¥1.2万');
    expect(formatMoney(96_000_000, 'JPY', 'zh-CN')).toBe('JP¥9,600万');
  });
});
