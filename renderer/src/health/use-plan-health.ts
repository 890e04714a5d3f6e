import { useDeferredValue, useMemo } from 'react';
import type { Plan } from '../../../shared/domain';
import { cachedPlanHealth, healthOverview, type HealthOverview } from './plan-health-cache';

/**
 * The plan's health, following every edit. The plan is deferred: the keystroke renders first and
 * the checks (which add up the whole budget, a few milliseconds in a 300-action plan) follow in
 * a render React may interrupt, so typing never waits for them.
 */
export function usePlanHealth(plan: Plan): HealthOverview;
export function usePlanHealth(plan: Plan | null): HealthOverview | null;
export function usePlanHealth(plan: Plan | null): HealthOverview | null {
  const deferred = useDeferredValue(plan);
  // Another plan opened: its own findings at once, never the previous plan's for a frame.
  const current = deferred && plan && deferred.meta.id === plan.meta.id ? deferred : plan;
  return useMemo(() => (current ? healthOverview(cachedPlanHealth(current)) : null), [current]);
}
