import { describe, expect, it } from 'vitest';
import { wholeBreakEvenUnits } from '../../../../shared/logic/break-even';

describe('wholeBreakEvenUnits', () => {
  it('rounds up to whole units', () => {
    expect(wholeBreakEvenUnits(11.875)).toBe(12);
    expect(wholeBreakEvenUnits(11.0001)).toBe(12);
    expect(wholeBreakEvenUnits(0.2)).toBe(1);
  });

  it('keeps an exact figure, binary noise dropped', () => {
    expect(wholeBreakEvenUnits(12)).toBe(12);
    expect(wholeBreakEvenUnits((0.1 + 0.2) * 40)).toBe(12); // 12.000000000000002
    expect(wholeBreakEvenUnits(0)).toBe(0);
  });
});
