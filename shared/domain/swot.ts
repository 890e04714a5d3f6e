import { message } from './messages';
import { z } from 'zod';
import { Id, LIMITS, Score, Text } from './primitives';

export const SWOT_KINDS = ['S', 'W', 'O', 'T'] as const;
export const TOWS_KINDS = ['SO', 'ST', 'WO', 'WT'] as const;
/** The situation tables a SWOT item may cite as its evidence. */
export const EVIDENCE_KINDS = ['segment', 'product', 'competitor', 'channel', 'macroForce', 'customerTier'] as const;

export const Evidence = z.strictObject({ kind: z.enum(EVIDENCE_KINDS), id: Id });

export const SwotItem = z
  .strictObject({
    id: Id,
    kind: z.enum(SWOT_KINDS),
    statement: Text.trim().min(1, { message: message('empty') }),
    impact: Score.nullable(),
    /** Only external items (opportunities, threats) have a likelihood. */
    likelihood: Score.nullable(),
    evidence: Evidence.nullable(),
  })
  .refine((item) => item.likelihood === null || item.kind === 'O' || item.kind === 'T', {
    message: message('likelihoodExternalOnly'),
    path: ['likelihood'],
  });

export const TowsStrategy = z.strictObject({
  id: Id,
  kind: z.enum(TOWS_KINDS),
  strategy: Text.trim().min(1, { message: message('empty') }),
  swotItemIds: z.array(Id).max(LIMITS.towsItems),
});

export type SwotKind = (typeof SWOT_KINDS)[number];
export type TowsKind = (typeof TOWS_KINDS)[number];
export type SwotItem = z.infer<typeof SwotItem>;
export type TowsStrategy = z.infer<typeof TowsStrategy>;
export type Evidence = z.infer<typeof Evidence>;
