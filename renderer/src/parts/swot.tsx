import { PartGuide, type PartContentKey } from './part-guide';
import type { PartProps } from './types';

const ITEMS: readonly PartContentKey<'swot'>[] = ['internal', 'external', 'evidence', 'tows'];

export function SwotPart({ number }: PartProps) {
  return <PartGuide part="swot" number={number} items={ITEMS} />;
}
