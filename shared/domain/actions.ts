import { z } from 'zod';
import { Id, IsoDate, Money, ShortText, Text } from './primitives';
import { MIX_ELEMENTS } from './strategy';

export const ACTION_STATUSES = ['planned', 'inProgress', 'done', 'cancelled'] as const;

export const Action = z
  .strictObject({
    id: Id,
    title: Text.trim().min(1, { message: 'must not be empty' }),
    start: IsoDate.nullable(),
    end: IsoDate.nullable(),
    owner: ShortText,
    cost: Money.nullable(),
    objectiveIds: z.array(Id).max(100),
    mixElement: z.enum(MIX_ELEMENTS).nullable(),
    status: z.enum(ACTION_STATUSES),
    dependsOn: z.array(Id).max(100),
  })
  .refine((a) => a.start === null || a.end === null || a.end >= a.start, {
    message: 'before start',
    path: ['end'],
  })
  .refine((a) => !a.dependsOn.includes(a.id), { message: 'an action cannot depend on itself', path: ['dependsOn'] });

export type Action = z.infer<typeof Action>;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
