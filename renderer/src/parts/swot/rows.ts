import { newId } from '../../../../shared/domain/primitives';
import type { SwotItem, SwotKind, TowsKind, TowsStrategy } from '../../../../shared/domain/swot';

export const newSwotItem = (kind: SwotKind, statement: string): SwotItem => ({
  id: newId(),
  kind,
  statement,
  impact: null,
  likelihood: null,
  evidence: null,
});

export const newTowsStrategy = (kind: TowsKind, strategy: string, swotItemIds: string[] = []): TowsStrategy => ({
  id: newId(),
  kind,
  strategy,
  swotItemIds,
});

/** The SWOT kinds a TOWS strategy pairs: SO pairs strengths with opportunities, and so on. */
export function pairedKinds(kind: TowsKind): [SwotKind, SwotKind] {
  return [kind[0] as SwotKind, kind[1] as SwotKind];
}

/** Opportunities and threats are external: only they have a likelihood. */
export const isExternal = (kind: SwotKind) => kind === 'O' || kind === 'T';
