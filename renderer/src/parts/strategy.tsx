import { PartGuide, type PartContentKey } from './part-guide';
import type { PartProps } from './types';

const ITEMS: readonly PartContentKey<'strategy'>[] = ['segmentation', 'positioning', 'competitive', 'mix'];

export function StrategyPart({ number }: PartProps) {
  return <PartGuide part="strategy" number={number} items={ITEMS} />;
}
