import type { Segment, SegmentScore } from '../domain';

/**
 * Targeting (目标市场选择): how attractive each segment is, from its four 1–5 scores. Size,
 * growth and fit count for a segment; competitive intensity counts against it, so it enters
 * inverted (6 − score): a fierce fight (5) adds 1, an empty field (1) adds 5.
 */

export type ScoreCriteria = Pick<SegmentScore, 'size' | 'growth' | 'intensity' | 'fit'>;

export const SCORE_CRITERIA = ['size', 'growth', 'intensity', 'fit'] as const satisfies readonly (keyof ScoreCriteria)[];
export const ATTRACTIVENESS_MIN = 4;
export const ATTRACTIVENESS_MAX = 20;

/** size + growth + (6 − intensity) + fit, from 4 to 20; null until all four are scored (a partial sum would rank unfairly). */
export function attractiveness(score: ScoreCriteria): number | null {
  const { size, growth, intensity, fit } = score;
  if (size === null || growth === null || intensity === null || fit === null) return null;
  return size + growth + (6 - intensity) + fit;
}

/** The most attractive first; rows not fully scored last; ties keep their order. */
export function rankByAttractiveness<T extends ScoreCriteria>(scores: readonly T[]): T[] {
  return scores
    .map((score, index) => ({ score, index, value: attractiveness(score) }))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.index - b.index)
    .map((x) => x.score);
}

/** The segments that have no score row yet, in segment order: the rows the scoring grid offers to add. */
export function unscoredSegments<S extends Pick<Segment, 'id'>>(segments: readonly S[], scores: readonly Pick<SegmentScore, 'segmentId'>[]): S[] {
  const scored = new Set(scores.map((s) => s.segmentId));
  return segments.filter((s) => !scored.has(s.id));
}
