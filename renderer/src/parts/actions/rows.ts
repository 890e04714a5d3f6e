import type { Action, ActionStatus } from '../../../../shared/domain/actions';
import { newId } from '../../../../shared/domain/primitives';

/**
 * A fresh action. Added while the table is filtered by an owner or a single status, it starts
 * with them, so it belongs to the list it was added to.
 */
export function newAction(prefill: { owner?: string; status?: ActionStatus } = {}): Action {
  return {
    id: newId(),
    title: '',
    start: null,
    end: null,
    owner: prefill.owner ?? '',
    cost: null,
    objectiveIds: [],
    mixElement: null,
    status: prefill.status ?? 'planned',
    dependsOn: [],
  };
}

export const byTitle = (action: Action) => action.title;
