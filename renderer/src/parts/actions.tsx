import { PartGuide, type PartContentKey } from './part-guide';
import type { PartProps } from './types';

const ITEMS: readonly PartContentKey<'actions'>[] = ['what', 'who', 'links', 'status'];

export function ActionsPart({ number }: PartProps) {
  return <PartGuide part="actions" number={number} items={ITEMS} />;
}
