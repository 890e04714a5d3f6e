import { describe, expect, it } from 'vitest';
import { objectiveForecast } from '../../../../shared/logic/objective-forecast';

const report = { totals: { revenue: 169_300_000_00, profit: -5_000_00 } } as never;

describe('objectiveForecast', () => {
  it('gives the revenue forecast in the objective’s unit beside its target', () => {
    expect(objectiveForecast({ metric: 'revenue', target: 150, unit: '百万元' }, report, 'CNY')).toEqual({
      forecastMinor: 169_300_000_00,
      targetMinor: 150_000_000_00,
      value: 169.3,
      reached: true,
    });
    expect(objectiveForecast({ metric: 'revenue', target: 17_000, unit: 'CNY 10,000 (万元)' }, report, 'CNY')).toMatchObject({
      value: 16_930,
      reached: false,
    });
  });
  it('reads profit, and a loss as a negative figure', () => {
    expect(objectiveForecast({ metric: 'profit', target: 0, unit: 'CNY' }, report, 'CNY')).toEqual({
      forecastMinor: -5_000_00,
      targetMinor: 0,
      value: -5_000,
      reached: false,
    });
  });
  it('says nothing of other metrics, a missing target or another currency', () => {
    expect(objectiveForecast({ metric: 'marketShare', target: 10, unit: '%' }, report, 'CNY')).toBeNull();
    expect(objectiveForecast({ metric: 'revenue', target: null, unit: 'CNY' }, report, 'CNY')).toBeNull();
    expect(objectiveForecast({ metric: 'revenue', target: 1, unit: 'USD' }, report, 'CNY')).toBeNull();
  });
});
