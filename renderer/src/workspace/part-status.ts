import type { Plan } from '../../../shared/domain';
import { PART_KEYS, type PartKey } from '../../../shared/domain/parts';
import { partCompleteness } from '../../../shared/logic/completeness';

export type PartStatus = { done: number; total: number };

/** Each part's "3 of 5": the same completeness items the plan's progress is counted from. */
export function partStatuses(plan: Plan): Record<PartKey, PartStatus> {
  return Object.fromEntries(
    PART_KEYS.map((part) => {
      const { done, total } = partCompleteness(plan, part);
      return [part, { done, total }];
    }),
  ) as Record<PartKey, PartStatus>;
}
