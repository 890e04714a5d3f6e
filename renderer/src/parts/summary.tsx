import { PartGuide, type PartContentKey } from './part-guide';
import type { PartProps } from './types';

const ITEMS: readonly PartContentKey<'summary'>[] = ['goals', 'recommendations', 'budget', 'tip'];

export function SummaryPart({ number }: PartProps) {
  return <PartGuide part="summary" number={number} items={ITEMS} />;
}
