import { useDeferredValue, useMemo, useRef } from 'react';
import type { Plan } from '../../../shared/domain';
import { cachedPlanHealth, healthOverview, type HealthOverview } from '../health/plan-health-cache';
import { partStatuses, type PartStatus } from './part-status';

export type SideViews = { plan: Plan; statuses: Record<string, PartStatus>; health: HealthOverview };

/**
 * What the rail and the side panel show (each part's progress, the plan's health), a render
 * behind the plan: a keystroke paints the field first and these catch up in a render React may
 * interrupt. Called inside the rail and the panel themselves, so that catching-up render is
 * theirs alone, never the whole workspace's (the part being edited would render twice).
 */
export function useSideViews(plan: Plan): SideViews {
  const deferred = useDeferredValue(plan);
  // Another plan opened: its own figures at once, never the previous plan's for a frame.
  const side = deferred.meta.id === plan.meta.id ? deferred : plan;
  // The same figures keep the same object, so the rail and the panel are not redrawn for nothing.
  const last = useRef<Record<string, PartStatus> | null>(null);
  const statuses = useMemo(() => {
    const next = partStatuses(side);
    const previous = last.current;
    const same =
      previous !== null &&
      Object.keys(next).every(
        (k) => previous[k]?.done === next[k as keyof typeof next].done && previous[k]?.total === next[k as keyof typeof next].total,
      );
    return (last.current = same ? previous : next);
  }, [side]);
  const health = useMemo(() => healthOverview(cachedPlanHealth(side)), [side]);
  return useMemo(() => ({ plan: side, statuses, health }), [side, statuses, health]);
}
