import type { Plan } from '../../../shared/domain';

/**
 * From how many rows (all tables together) a plan is "large": its steps mount their later sections
 * a frame after the title, and off-screen sections skip layout. The benchmark's stress plan has
 * about 770; a complete real plan (the samples) about 150, and mounts in a few milliseconds, so it
 * is shown all at once, with nothing appearing a frame late.
 */
export const LARGE_PLAN_ROWS = 250;

export function isLargePlan(plan: Plan): boolean {
  let rows = 0;
  for (const collection of Object.values(plan.collections)) rows += collection.length;
  return rows >= LARGE_PLAN_ROWS;
}
