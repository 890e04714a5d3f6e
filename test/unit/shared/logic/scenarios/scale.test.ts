import { describe, expect, it } from 'vitest';
import { BudgetOverflowError } from '../../../../../shared/logic/budget';
import { scaleMinor, scaleUnits } from '../../../../../shared/logic/scenarios';

describe('scaleMinor', () => {
  it('changes an amount by a percentage, exactly to the minor unit', () => {
    expect(scaleMinor(10_000, -10)).toBe(9_000);
    expect(scaleMinor(12_345, 10)).toBe(13_580); // 13,579.5 → 13,580
    expect(scaleMinor(999, 0)).toBe(999);
  });

  it('reads the percentage as the decimal typed: 7.3 % of 1,000 is 73, not 72.99…', () => {
    expect(scaleMinor(1_000, 7.3)).toBe(1_073);
    expect(scaleMinor(100, 0.5)).toBe(101); // 100.5 rounds half away from zero
    expect(scaleMinor(1_000_000_001, 33.333)).toBe(1_333_330_001); // 1,333,330,001.33333
  });

  it('rounds half away from zero for credits too', () => {
    expect(scaleMinor(-100, 0.5)).toBe(-101);
    expect(scaleMinor(-12_345, 10)).toBe(-13_580);
  });

  it('never goes below zero: −100 % and below leave nothing', () => {
    expect(scaleMinor(5_000, -100)).toBe(0);
    expect(scaleMinor(5_000, -250)).toBe(0);
  });

  it('refuses a result beyond exact numbers', () => {
    expect(() => scaleMinor(Number.MAX_SAFE_INTEGER - 1, 1000)).toThrow(BudgetOverflowError);
  });
});

describe('scaleUnits', () => {
  it('keeps units an exact decimal (3 × 1.1 is 3.3)', () => {
    expect(scaleUnits(3, 10)).toBe(3.3);
    expect(scaleUnits(120, -15)).toBe(102);
    expect(scaleUnits(0.7, 10)).toBe(0.77);
    expect(scaleUnits(40, 0)).toBe(40);
  });

  it('takes units to zero, never below', () => {
    expect(scaleUnits(40, -100)).toBe(0);
    expect(scaleUnits(40, -120)).toBe(0);
  });
});
