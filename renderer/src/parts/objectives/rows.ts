import type { Objective, PlanIssue } from '../../../../shared/domain/objectives';
import { newId } from '../../../../shared/domain/primitives';

/** A new objective of a group (financial or marketing), named by what the user typed. */
export const newObjective = (kind: Objective['kind'], title: string): Objective => ({
  id: newId(),
  kind,
  metric: null,
  title,
  baseline: null,
  target: null,
  unit: '',
  deadline: null,
  owner: '',
});

export const newIssue = (): PlanIssue => ({ id: newId(), statement: '', objectiveIds: [] });
