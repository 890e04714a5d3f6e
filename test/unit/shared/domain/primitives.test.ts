import { describe, expect, it } from 'vitest';
import { CurrencyCode, IsoDate, IsoMonth, Money, NewPlanInput } from '../../../../shared/domain';

describe('primitives', () => {
  it('money is whole minor units only', () => {
    expect(Money.safeParse(123456).success).toBe(true);
    expect(Money.safeParse(-5).success).toBe(true);
    expect(Money.safeParse(0.1).success).toBe(false);
    expect(Money.safeParse(Number.NaN).success).toBe(false);
    expect(Money.safeParse(1e16).success).toBe(false);
    expect(Money.safeParse('100').success).toBe(false);
  });

  it('currency is a known ISO 4217 code', () => {
    expect(CurrencyCode.safeParse('CNY').success).toBe(true);
    expect(CurrencyCode.safeParse('usd').success).toBe(false);
    expect(CurrencyCode.safeParse('ABC').success).toBe(false);
  });

  it('dates and months are real calendar values', () => {
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2027-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2027-1-5').success).toBe(false);
    expect(IsoMonth.safeParse('2027-12').success).toBe(true);
    expect(IsoMonth.safeParse('2027-13').success).toBe(false);
  });

  it('a new plan’s period may not end before it starts', () => {
    const input = { name: 'x', client: '', currency: 'EUR', language: 'en', periodStart: '2027-06-01', periodEnd: '2027-05-31' };
    const result = NewPlanInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['periodEnd'], message: 'before start' });
    expect(NewPlanInput.safeParse({ ...input, periodEnd: '2027-06-01' }).success).toBe(true);
  });
});
