import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysByMonth,
  daysInclusive,
  daysInMonth,
  isMonth,
  isQuarter,
  monthOf,
  monthRange,
  monthsOfQuarter,
  nextMonth,
  planMonths,
  planQuarters,
  quarterOf,
} from '../../../../shared/logic';

describe('months', () => {
  it('lists every calendar month the plan period touches', () => {
    expect(planMonths({ periodStart: '2027-01-15', periodEnd: '2027-03-02' })).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(planMonths({ periodStart: '2027-05-31', periodEnd: '2027-05-31' })).toEqual(['2027-05']);
    expect(planMonths({ periodStart: '2027-11-30', periodEnd: '2028-02-01' })).toEqual(['2027-11', '2027-12', '2028-01', '2028-02']);
    expect(planMonths({ periodStart: '2027-01-01', periodEnd: '2027-12-31' })).toHaveLength(12);
  });

  it('steps months across year boundaries, forwards and backwards', () => {
    expect(nextMonth('2027-12')).toBe('2028-01');
    expect(nextMonth('2027-01', -1)).toBe('2026-12');
    expect(nextMonth('2027-03', 14)).toBe('2028-05');
    expect(monthRange('2027-03', '2027-01')).toEqual([]);
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth('2027-02')).toBe(28);
    expect(daysInMonth('2028-02')).toBe(29);
    expect(daysInMonth('2100-02')).toBe(28);
    expect(daysInMonth('2000-02')).toBe(29);
    expect(daysInMonth('2027-04')).toBe(30);
    expect(daysInMonth('2027-12')).toBe(31);
  });

  it('counts a span by month, start and end days included', () => {
    expect(daysByMonth('2027-12-20', '2028-01-10')).toEqual([
      { month: '2027-12', days: 12 },
      { month: '2028-01', days: 10 },
    ]);
    expect(daysByMonth('2027-03-15', '2027-03-15')).toEqual([{ month: '2027-03', days: 1 }]);
    expect(daysByMonth('2028-02-01', '2028-03-01')).toEqual([
      { month: '2028-02', days: 29 },
      { month: '2028-03', days: 1 },
    ]);
    expect(daysByMonth('2027-03-02', '2027-03-01')).toEqual([]);
    expect(daysInclusive('2027-01-01', '2027-12-31')).toBe(365);
    expect(daysInclusive('2028-01-01', '2028-12-31')).toBe(366);
  });

  it('maps months to quarters and quarters to months', () => {
    expect(quarterOf('2027-01')).toBe('2027-Q1');
    expect(quarterOf('2027-03')).toBe('2027-Q1');
    expect(quarterOf('2027-04')).toBe('2027-Q2');
    expect(quarterOf('2027-12-31')).toBe('2027-Q4');
    expect(monthsOfQuarter('2027-Q4')).toEqual(['2027-10', '2027-11', '2027-12']);
    expect(monthsOfQuarter('2028-Q1')).toEqual(['2028-01', '2028-02', '2028-03']);
    expect(planQuarters({ periodStart: '2027-11-15', periodEnd: '2028-04-01' })).toEqual(['2027-Q4', '2028-Q1', '2028-Q2']);
    expect(() => monthsOfQuarter('2027-Q5')).toThrow(/quarter/);
    expect(isQuarter('2027-Q2')).toBe(true);
    expect(isQuarter('2027-06')).toBe(false);
    expect(isMonth('2027-06')).toBe(true);
    expect(isMonth('2027-13')).toBe(false);
  });

  it('refuses what is not a date or a month', () => {
    expect(() => monthOf('2027/03/01')).toThrow(/YYYY-MM-DD/);
    expect(() => nextMonth('March')).toThrow(/YYYY-MM/);
  });

  describe.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'America/Sao_Paulo', 'Europe/London'])('in time zone %s', (zone) => {
    let saved: string | undefined;
    beforeAll(() => {
      saved = process.env.TZ;
      process.env.TZ = zone;
    });
    afterAll(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('never shifts a day', () => {
      expect(planMonths({ periodStart: '2027-01-01', periodEnd: '2027-12-31' })[0]).toBe('2027-01');
      // Across both daylight-saving changes of the year, each day still counts once.
      expect(daysInclusive('2027-03-01', '2027-11-30')).toBe(275);
      expect(daysInclusive('2027-03-28', '2027-03-28')).toBe(1);
      expect(daysInclusive('2027-03-13', '2027-03-15')).toBe(3);
      expect(daysInMonth('2028-02')).toBe(29);
    });
  });
});
