import { PartGuide, type PartContentKey } from './part-guide';
import type { PartProps } from './types';

const ITEMS: readonly PartContentKey<'budget'>[] = ['forecast', 'costs', 'marketing', 'breakEven'];

export function BudgetPart({ number }: PartProps) {
  return <PartGuide part="budget" number={number} items={ITEMS} />;
}
