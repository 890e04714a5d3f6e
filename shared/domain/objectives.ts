import { message } from './messages';
import { z } from 'zod';
import { Id, IsoDate, LIMITS, Quantity, ShortText, Text } from './primitives';

export const OBJECTIVE_KINDS = ['financial', 'marketing'] as const;
export const OBJECTIVE_METRICS = [
  'revenue',
  'profit',
  'roi',
  'marketShare',
  'awareness',
  'newCustomers',
  'retention',
  'conversion',
  'other',
] as const;

/** A SMART objective: a metric moved from a baseline to a target by a deadline, with an owner. */
export const Objective = z.strictObject({
  id: Id,
  kind: z.enum(OBJECTIVE_KINDS),
  metric: z.enum(OBJECTIVE_METRICS).nullable(),
  title: Text.trim().min(1, { message: message('empty') }),
  baseline: Quantity.nullable(),
  target: Quantity.nullable(),
  unit: ShortText,
  deadline: IsoDate.nullable(),
  owner: ShortText,
});

export const PlanIssue = z.strictObject({
  id: Id,
  statement: Text.trim().min(1, { message: message('empty') }),
  objectiveIds: z.array(Id).max(LIMITS.rowLinks),
});

export type Objective = z.infer<typeof Objective>;
export type PlanIssue = z.infer<typeof PlanIssue>;
