import { message } from './messages';
import { z } from 'zod';
import { Id, IsoDate, LIMITS, Money, ShortText, Text } from './primitives';
import { MIX_ELEMENTS } from './strategy';

export const ACTION_STATUSES = ['planned', 'inProgress', 'done', 'cancelled'] as const;

export const Action = z
  .strictObject({
    id: Id,
    title: Text.trim().min(1, { message: message('empty') }),
    start: IsoDate.nullable(),
    end: IsoDate.nullable(),
    owner: ShortText,
    cost: Money.nullable(),
    objectiveIds: z.array(Id).max(LIMITS.rowLinks),
    mixElement: z.enum(MIX_ELEMENTS).nullable(),
    status: z.enum(ACTION_STATUSES),
    dependsOn: z.array(Id).max(LIMITS.rowLinks),
  })
  .refine((a) => a.start === null || a.end === null || a.end >= a.start, {
    message: message('beforeStart'),
    path: ['end'],
  })
  .refine((a) => !a.dependsOn.includes(a.id), { message: message('selfDependency'), path: ['dependsOn'] });

export type Action = z.infer<typeof Action>;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
