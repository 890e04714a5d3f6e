import { describe, expect, it } from 'vitest';
import { planYearOf, planYearStart, yearToDateMonths } from '../../../../../shared/logic/actuals';

describe('plan years and year to date', () => {
  it('a calendar-year plan: year to date is January to the month', () => {
    const meta = { periodStart: '2027-01-01' };
    expect(planYearOf(meta, '2027-03')).toBe(1);
    expect(yearToDateMonths(meta, '2027-03')).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('a plan across a year end: its year starts in its first month, not in January', () => {
    const meta = { periodStart: '2026-07-15' };
    expect(planYearOf(meta, '2027-02')).toBe(1);
    expect(yearToDateMonths(meta, '2027-02')).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('a plan longer than a year: month 14 is in plan year 2, which starts at month 13', () => {
    const meta = { periodStart: '2027-04-01' };
    expect(planYearOf(meta, '2028-03')).toBe(1);
    expect(planYearOf(meta, '2028-04')).toBe(2);
    expect(planYearStart(meta, 2)).toBe('2028-04');
    expect(yearToDateMonths(meta, '2028-05')).toEqual(['2028-04', '2028-05']);
    expect(planYearOf(meta, '2029-04')).toBe(3);
  });

  it('a month before the plan starts belongs to year 0', () => {
    expect(planYearOf({ periodStart: '2027-04-01' }, '2027-03')).toBe(0);
    expect(yearToDateMonths({ periodStart: '2027-04-01' }, '2027-03')).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
  });
});
