import { describe, expect, it } from 'vitest';
import { ATTRACTIVENESS_MAX, ATTRACTIVENESS_MIN, attractiveness, rankByAttractiveness, unscoredSegments } from '../../../../shared/logic';

const score = (size: number | null, growth: number | null, intensity: number | null, fit: number | null, id = 'x') => ({
  id,
  size,
  growth,
  intensity,
  fit,
});

describe('attractiveness', () => {
  it('adds size, growth and fit, and counts competitive intensity against the segment (6 − score)', () => {
    expect(attractiveness(score(5, 3, 4, 5))).toBe(5 + 3 + 2 + 5);
    expect(attractiveness(score(2, 5, 2, 3))).toBe(2 + 5 + 4 + 3);
  });

  it('runs from 4 (worst on every count) to 20 (best on every count)', () => {
    expect(attractiveness(score(1, 1, 5, 1))).toBe(ATTRACTIVENESS_MIN);
    expect(attractiveness(score(5, 5, 1, 5))).toBe(ATTRACTIVENESS_MAX);
  });

  it('a fiercer fight makes the same segment less attractive', () => {
    expect(attractiveness(score(4, 4, 5, 4))!).toBeLessThan(attractiveness(score(4, 4, 1, 4))!);
  });

  it('is null until all four criteria are scored', () => {
    expect(attractiveness(score(null, 3, 3, 3))).toBeNull();
    expect(attractiveness(score(3, 3, null, 3))).toBeNull();
    expect(attractiveness(score(null, null, null, null))).toBeNull();
  });
});

describe('rankByAttractiveness', () => {
  it('puts the most attractive first, incomplete rows last, and keeps ties in their order', () => {
    const rows = [
      score(3, 1, 3, 2, 'kinder'),
      score(5, 3, 4, 5, 'lower'),
      score(null, 5, 2, 3, 'partial'),
      score(4, 4, 3, 5, 'upper'),
      score(4, 3, 3, 5, 'tie'),
    ];
    expect(rankByAttractiveness(rows).map((r) => r.id)).toEqual(['upper', 'lower', 'tie', 'kinder', 'partial']);
  });

  it('does not change the list it is given', () => {
    const rows = [score(1, 1, 1, 1, 'a'), score(5, 5, 1, 5, 'b')];
    rankByAttractiveness(rows);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('unscoredSegments', () => {
  it('lists the segments without a score row, in segment order', () => {
    const segments = [{ id: 's1' }, { id: 's2' }, { id: 's3' }];
    expect(unscoredSegments(segments, [{ segmentId: 's2' }])).toEqual([{ id: 's1' }, { id: 's3' }]);
    expect(
      unscoredSegments(
        segments,
        segments.map((s) => ({ segmentId: s.id })),
      ),
    ).toEqual([]);
    expect(unscoredSegments([], [])).toEqual([]);
  });
});
