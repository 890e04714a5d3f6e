import { describe, expect, it } from 'vitest';
import { beyondThreshold, favourable, figure, points, ratioPct, sumMinor } from '../../../../../shared/logic/actuals';

describe('figure: variance and variance %', () => {
  it('is actual − plan, in percent of the plan', () => {
    expect(figure(1_000, 1_150)).toEqual({ plan: 1_000, actual: 1_150, variance: 150, variancePct: 15 });
    expect(figure(1_000, 800)).toEqual({ plan: 1_000, actual: 800, variance: -200, variancePct: -20 });
  });

  it('a zero actual is an actual: the whole plan missed', () => {
    expect(figure(500, 0)).toEqual({ plan: 500, actual: 0, variance: -500, variancePct: -100 });
  });

  it('a missing actual has no variance', () => {
    expect(figure(500, null)).toEqual({ plan: 500, actual: null, variance: null, variancePct: null });
  });

  it('a plan of zero has a variance but no percentage', () => {
    expect(figure(0, 300)).toEqual({ plan: 0, actual: 300, variance: 300, variancePct: null });
    expect(figure(0, 0)).toEqual({ plan: 0, actual: 0, variance: 0, variancePct: null });
  });

  it('a negative plan (a planned loss) is measured against its size', () => {
    expect(figure(-200, -100).variancePct).toBe(50);
  });

  it('prints tidy: 0.3 − 0.1 is 0.2', () => {
    expect(figure(0.1, 0.3).variance).toBe(0.2);
  });
});

describe('favourable and the threshold', () => {
  it('more sales is good, more spend is not', () => {
    expect(favourable(figure(100, 120), 'moreIsBetter')).toBe(true);
    expect(favourable(figure(100, 120), 'lessIsBetter')).toBe(false);
    expect(favourable(figure(100, null), 'lessIsBetter')).toBeNull();
  });

  it('flags a variance beyond the threshold either way, not one at it', () => {
    expect(beyondThreshold(figure(100, 110), 10)).toBe(false);
    expect(beyondThreshold(figure(100, 111), 10)).toBe(true);
    expect(beyondThreshold(figure(100, 89), 10)).toBe(true);
    expect(beyondThreshold(figure(100, null), 10)).toBe(false);
  });

  it('flags an actual where nothing was planned, and not a zero against zero', () => {
    expect(beyondThreshold(figure(0, 50), 10)).toBe(true);
    expect(beyondThreshold(figure(0, 0), 10)).toBe(false);
  });
});

describe('sums and ratios', () => {
  it('sums minor units exactly, and refuses a sum past the safe range', () => {
    expect(sumMinor([0.1 * 0, 9_007_199_254_740_990, 1])).toBe(9_007_199_254_740_991);
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('a ratio needs a base; points compare two percentages', () => {
    expect(ratioPct(25, 200)).toBe(12.5);
    expect(ratioPct(25, 0)).toBeNull();
    expect(ratioPct(null, 200)).toBeNull();
    expect(points(12.5, 14)).toBe(1.5);
    expect(points(null, 14)).toBeNull();
  });
});
