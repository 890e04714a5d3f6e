import type { Plan } from '../../../shared/domain';

export type PartProps = {
  plan: Plan;
  /** The part's position in the plan, from 1. */
  number: number;
  readOnly: boolean;
};
