/**
 * RFM segments, from the three scores (R, F, M each 1–5). The first matching rule wins:
 *
 * | segment             | rule                              | meaning                                   |
 * |---------------------|-----------------------------------|-------------------------------------------|
 * | champions           | R ≥ 4 and F ≥ 4 and M ≥ 4         | bought lately, often, and spend the most  |
 * | loyal               | R ≥ 3 and F ≥ 4                   | buy often and are still around            |
 * | potentialLoyalists  | R ≥ 4                             | bought lately, not yet often              |
 * | atRisk              | R ≤ 2 and (F ≥ 3 or M ≥ 4)        | were good customers, silent for a while   |
 * | lost                | R = 1                             | silent longest, and never bought much     |
 * | hibernating         | everything else                   | R 2–3, bought rarely and little           |
 *
 * Every combination of scores lands in exactly one segment (the last rule catches the rest).
 */
export const RFM_SEGMENTS = ['champions', 'loyal', 'potentialLoyalists', 'atRisk', 'hibernating', 'lost'] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

export function rfmSegment(r: number, f: number, m: number): RfmSegment {
  if (r >= 4 && f >= 4 && m >= 4) return 'champions';
  if (r >= 3 && f >= 4) return 'loyal';
  if (r >= 4) return 'potentialLoyalists';
  if (r <= 2 && (f >= 3 || m >= 4)) return 'atRisk';
  if (r === 1) return 'lost';
  return 'hibernating';
}
