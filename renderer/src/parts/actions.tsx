import { ActionsEditor } from './actions/actions-editor';
import { PartPage } from './part-page';
import type { PartProps } from './types';

/** Part 5, the action programs (行动方案): what will be done, when, by whom, at what cost. */
export function ActionsPart({ plan, number, readOnly }: PartProps) {
  return (
    <PartPage part="actions" plan={plan} number={number}>
      <ActionsEditor
        planId={plan.meta.id}
        actions={plan.collections.actions}
        objectives={plan.collections.objectives}
        currency={plan.meta.currency}
        periodStart={plan.meta.periodStart}
        periodEnd={plan.meta.periodEnd}
        readOnly={readOnly}
      />
    </PartPage>
  );
}
