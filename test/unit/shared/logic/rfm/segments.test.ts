import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS, rfmSegment } from '../../../../../shared/logic/rfm';

describe('rfmSegment', () => {
  it('follows the rule table, first match wins', () => {
    expect(rfmSegment(5, 5, 5)).toBe('champions');
    expect(rfmSegment(4, 4, 3)).toBe('loyal');
    expect(rfmSegment(3, 5, 1)).toBe('loyal');
    expect(rfmSegment(5, 1, 1)).toBe('potentialLoyalists');
    expect(rfmSegment(2, 3, 1)).toBe('atRisk');
    expect(rfmSegment(1, 1, 5)).toBe('atRisk');
    expect(rfmSegment(1, 2, 3)).toBe('lost');
    expect(rfmSegment(3, 3, 3)).toBe('hibernating');
    expect(rfmSegment(2, 2, 2)).toBe('hibernating');
  });

  it('puts all 125 score combinations in some segment, and uses every segment', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) seen.add(rfmSegment(r, f, m));
    expect([...seen].sort()).toEqual([...RFM_SEGMENTS].sort());
  });
});
