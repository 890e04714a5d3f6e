import { describe, expect, it } from 'vitest';
import { formatPlanDate, formatPlanDateRange, formatPlanMonth } from '../../../../shared/format/dates';

describe('plan dates in one style', () => {
  it('writes Chinese days, months and ranges as 2027年1月1日, 2027年1月, …至…, never 2027/1/1', () => {
    expect(formatPlanDate('2027-01-01', 'zh-CN')).toBe('2027年1月1日');
    expect(formatPlanMonth('2027-01', 'zh-CN')).toBe('2027年1月');
    expect(formatPlanDateRange('2027-01-01', '2027-12-31', 'zh-CN')).toBe('2027年1月1日至2027年12月31日');
    expect(formatPlanDateRange('2027-03-05', '2027-03-05', 'zh-CN')).toBe('2027年3月5日');
  });

  it('keeps English ranges short', () => {
    expect(formatPlanDateRange('2027-01-01', '2027-12-31', 'en')).toMatch(/^Jan 1\s–\sDec 31, 2027$/);
    expect(formatPlanDate('2027-01-01', 'en')).toBe('Jan 1, 2027');
  });
});
