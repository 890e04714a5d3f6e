import { createHash } from 'node:crypto';
import type { Plan } from '../../../shared/domain';
import { canonicalPlanText } from '../../../shared/team/canonical-plan';

/** SHA-256 of the plan's canonical text: equal for equal contents, whatever the clocks say. */
export function planContentHash(plan: Plan): string {
  return createHash('sha256').update(canonicalPlanText(plan)).digest('hex');
}
