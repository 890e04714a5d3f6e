import { useMemo, useRef } from 'react';
import { emptyCollections, type Plan } from '../../../../shared/domain';
import { planHealth, targetedSegments, type HealthFinding } from '../../../../shared/logic/health';

export type StrategyFindings = { positioning: HealthFinding[]; promotion: HealthFinding[] };

/**
 * The plan-health findings about the strategy's own fields (a targeted segment the positioning or
 * the promotion audience does not name), by the very rules of shared/logic/health.ts. Those
 * checks read only the segments, their scores and the strategy fields, so they run on a plan cut
 * down to those: a keystroke then costs no budget computation, even in a 300-row plan.
 */
export function useStrategyFindings(plan: Plan): StrategyFindings {
  const { segments, segmentScores } = plan.collections;
  const strategy = plan.fields.strategy;
  const last = useRef<StrategyFindings>({ positioning: [], promotion: [] });
  return useMemo(() => {
    const cut: Plan = { ...plan, collections: { ...emptyCollections(), segments, segmentScores }, fields: { ...plan.fields, strategy } };
    const findings = planHealth(cut).filter((f) => f.part === 'strategy');
    // The same findings keep the same arrays, so the sections showing them are not re-rendered per keystroke.
    const keep = (previous: HealthFinding[], next: HealthFinding[]) =>
      previous.length === next.length && previous.every((f, i) => f.id === next[i]!.id && f.params.segment === next[i]!.params.segment)
        ? previous
        : next;
    last.current = {
      positioning: keep(
        last.current.positioning,
        findings.filter((f) => f.check === 'segmentNotInPositioning'),
      ),
      promotion: keep(
        last.current.promotion,
        findings.filter((f) => f.check === 'segmentNotInPromotion'),
      ),
    };
    return last.current;
    // Only what these checks read: a change elsewhere in the plan leaves the findings as they are.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the parts of the plan these checks read, not on the whole plan
  }, [segments, segmentScores, strategy]);
}

/** The targeted segments (id, name), in segment order; the same list the health checks use. */
export function useTargets(plan: Plan): { id: string; name: string }[] {
  const { segments, segmentScores } = plan.collections;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the parts of the plan these checks read, not on the whole plan
  return useMemo(() => targetedSegments(plan), [segments, segmentScores]);
}
