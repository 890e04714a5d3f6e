import { describe, expect, it } from 'vitest';
import { quintileScores } from '../../../../../shared/logic/rfm';

const asc = (a: number, b: number) => a - b;

describe('quintileScores', () => {
  it('gives each fifth of ten distinct values one score', () => {
    expect(quintileScores([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], asc)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('keeps ties in one score, decided by the mid-rank of their group', () => {
    // 2,2,2 sit at ranks 2–4 of 5: q = (1 + 3/2) / 5 = 0.5 → 3.
    expect(quintileScores([1, 2, 2, 2, 3], asc)).toEqual([1, 3, 3, 3, 5]);
    // A tie across the 1|2 boundary: 0,0,0 at ranks 1–3 of 10 → q = 0.15 → 1; 1 at rank 4 → q = 0.35 → 2.
    expect(quintileScores([0, 0, 0, 1, 2, 3, 4, 5, 6, 7], asc)).toEqual([1, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('scores one customer, and a list where all are equal, 3', () => {
    expect(quintileScores([42], asc)).toEqual([3]);
    expect(quintileScores([7, 7, 7, 7], asc)).toEqual([3, 3, 3, 3]);
    expect(quintileScores([], asc)).toEqual([]);
  });
});
