import { PartGuide, type PartContentKey } from './part-guide';
import type { PartProps } from './types';

const ITEMS: readonly PartContentKey<'control'>[] = ['kpis', 'tracking', 'corrective', 'kinds'];

export function ControlPart({ number }: PartProps) {
  return <PartGuide part="control" number={number} items={ITEMS} />;
}
