import { PartGuide, type PartContentKey } from './part-guide';
import type { PartProps } from './types';

const ITEMS: readonly PartContentKey<'situation'>[] = ['market', 'product', 'competition', 'distribution', 'macro', 'customers'];

export function SituationPart({ number }: PartProps) {
  return <PartGuide part="situation" number={number} items={ITEMS} />;
}
