import { newId } from '../../../../shared/domain/primitives';
import type { SegmentScore } from '../../../../shared/domain/strategy';
import { unscoredSegments } from '../../../../shared/logic/targeting';
import { useStore } from '../../state/store';

export const newScoreFor = (segmentId: string): SegmentScore => ({
  id: newId(),
  segmentId,
  size: null,
  growth: null,
  intensity: null,
  fit: null,
  targeted: false,
});

/**
 * A score row for the first segment that has none. It reads the plan at the moment of the call,
 * not at render, so a paste that adds several rows gives each its own segment.
 */
export function newSegmentScore(): SegmentScore {
  const plan = useStore.getState().plan;
  const [segment] = plan ? unscoredSegments(plan.collections.segments, plan.collections.segmentScores) : [];
  return newScoreFor(segment?.id ?? '');
}
