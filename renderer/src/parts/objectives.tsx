import { PartGuide, type PartContentKey } from './part-guide';
import type { PartProps } from './types';

const ITEMS: readonly PartContentKey<'objectives'>[] = ['financial', 'marketing', 'smart', 'issues'];

export function ObjectivesPart({ number }: PartProps) {
  return <PartGuide part="objectives" number={number} items={ITEMS} />;
}
