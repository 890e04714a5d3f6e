import { describe, expect, it } from 'vitest';
import { forecastTargets, withTargets } from '../../../../shared/logic/forecast-targets';

const line = (productId: string | null, month: string, units: number, unitPrice: number) => ({ productId, month, units, unitPrice });
const lines = [
  line('tea', '2027-11', 100, 550), // 550.00 yuan
  line('tea', '2027-12', 120, 550),
  line('box', '2027-12', 3, 5_805), // 174.15 yuan
  line('tea', '2028-01', 0.5, 3), // 1.5 minor → 2 (rounded once, half away from zero)
];
const meta = { periodStart: '2027-11-01', periodEnd: '2028-02-29' };

describe('forecastTargets', () => {
  it('sums the units of every product by month, across a year end, with 0 where nothing is forecast', () => {
    expect(forecastTargets(lines, meta, 'month', 'units', null, 'CNY')).toEqual([
      { period: '2027-11', target: 100 },
      { period: '2027-12', target: 123 },
      { period: '2028-01', target: 0.5 },
      { period: '2028-02', target: 0 },
    ]);
  });
  it('gives revenue in major units to the minor unit, for one product or all, by quarter', () => {
    expect(forecastTargets(lines, meta, 'month', 'revenue', null, 'CNY').map((t) => t.target)).toEqual([550, 834.15, 0.02, 0]);
    expect(forecastTargets(lines, meta, 'quarter', 'revenue', 'tea', 'CNY')).toEqual([
      { period: '2027-Q4', target: 1210 },
      { period: '2028-Q1', target: 0.02 },
    ]);
    expect(forecastTargets([line(null, '2027-11', 7, 1_234)], meta, 'month', 'revenue', null, 'JPY')[0]!.target).toBe(8_638);
  });
  it('covers a period longer than a year', () => {
    const long = forecastTargets(lines, { periodStart: '2027-01-01', periodEnd: '2028-12-31' }, 'quarter', 'units', null, 'CNY');
    expect(long).toHaveLength(8);
    expect(long.map((t) => t.target)).toEqual([0, 0, 0, 223, 0.5, 0, 0, 0]);
  });
});

describe('withTargets', () => {
  it('writes the targets and keeps the actuals', () => {
    const periods = [
      { period: '2027-11', target: 90, actual: 95 },
      { period: '2027-10', target: null, actual: 12 },
    ];
    expect(
      withTargets(periods, [
        { period: '2027-11', target: 100 },
        { period: '2027-12', target: 123 },
      ]),
    ).toEqual([
      { period: '2027-10', target: null, actual: 12 },
      { period: '2027-11', target: 100, actual: 95 },
      { period: '2027-12', target: 123, actual: null },
    ]);
  });
});
