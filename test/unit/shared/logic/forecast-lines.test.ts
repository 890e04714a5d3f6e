import { describe, expect, it } from 'vitest';
import { computeBudget, fillForecastMonths, forecastLineRevenue, monthForNewRow } from '../../../../shared/logic';
import { emptyPlan } from './plans';

describe('forecastLineRevenue', () => {
  it('is units × unit price in minor units, rounded once like the budget', () => {
    expect(forecastLineRevenue({ units: 100, unitPrice: 5_000 })).toBe(500_000);
    expect(forecastLineRevenue({ units: 2.5, unitPrice: 1 })).toBe(3);
    expect(forecastLineRevenue({ units: 1.005, unitPrice: 100 })).toBe(101);
    expect(forecastLineRevenue({ units: 0, unitPrice: 9_999 })).toBe(0);
  });

  it('matches what computeBudget adds up for the same line', () => {
    const plan = emptyPlan({ periodStart: '2027-01-01', periodEnd: '2027-12-31' });
    const line = { id: crypto.randomUUID(), productId: null, label: 'Course', month: '2027-03', units: 33.3, unitPrice: 4_999, unitCost: 1_000 };
    plan.collections.forecastLines = [line];
    expect(forecastLineRevenue(line)).toBe(computeBudget(plan).revenue['2027-03']);
  });

  it('is null when the product cannot be held exactly', () => {
    expect(forecastLineRevenue({ units: 1e12, unitPrice: 1_000_000_000_000_000 })).toBeNull();
    expect(forecastLineRevenue({ units: Number.NaN, unitPrice: 1 })).toBeNull();
  });
});

describe('fillForecastMonths', () => {
  const months = ['2027-01', '2027-02', '2027-03'];
  const fill = { productId: 'p1', label: '', units: 40, unitPrice: 6_480, unitCost: 2_720 };

  it('makes one line per month with the same figures', () => {
    const { lines, skipped } = fillForecastMonths(months, [], fill);
    expect(skipped).toEqual([]);
    expect(lines).toEqual(months.map((month) => ({ productId: 'p1', label: '', month, units: 40, unitPrice: 6_480, unitCost: 2_720 })));
  });

  it('skips the months that already forecast the product, so filling twice never doubles it', () => {
    const existing = [
      { productId: 'p1', label: '', month: '2027-02' },
      { productId: 'p2', label: '', month: '2027-01' },
    ];
    const { lines, skipped } = fillForecastMonths(months, existing, fill);
    expect(lines.map((l) => l.month)).toEqual(['2027-01', '2027-03']);
    expect(skipped).toEqual(['2027-02']);
    expect(fillForecastMonths(months, [...existing, ...lines], fill).lines).toEqual([]);
  });

  it('matches a free label without a product, ignoring case and spaces', () => {
    const labelled = { ...fill, productId: null, label: ' Holiday camp ' };
    const existing = [
      { productId: null, label: 'holiday camp', month: '2027-01' },
      { productId: 'p1', label: 'Holiday camp', month: '2027-02' },
    ];
    const { lines, skipped } = fillForecastMonths(months, existing, labelled);
    expect(skipped).toEqual(['2027-01']);
    expect(lines.map((l) => [l.month, l.label, l.productId])).toEqual([
      ['2027-02', 'Holiday camp', null],
      ['2027-03', 'Holiday camp', null],
    ]);
  });
});

describe('monthForNewRow', () => {
  const plan = ['2027-01', '2027-02', '2027-03'];

  it('starts an empty table in the plan’s first month', () => {
    expect(monthForNewRow([], plan, 1)).toBe('2027-01');
    expect(monthForNewRow([], [], 1)).toBe('');
  });

  it('walks on from the last row, or repeats its month', () => {
    expect(monthForNewRow([{ month: '2027-01' }], plan, 1)).toBe('2027-02');
    expect(monthForNewRow([{ month: '2027-03' }, { month: '2027-01' }], plan, 1)).toBe('2027-02');
    expect(monthForNewRow([{ month: '2027-02' }], plan, 0)).toBe('2027-02');
  });

  it('never walks past the plan’s last month', () => {
    expect(monthForNewRow([{ month: '2027-03' }], plan, 1)).toBe('2027-03');
    expect(monthForNewRow([{ month: '2026-12' }], plan, 1)).toBe('2027-01');
  });
});
