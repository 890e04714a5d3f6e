import { useCallback, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { DeleteRowDialog, type DeleteRequest } from '../../components/grid/delete-row-dialog';
import { deleteImpact, rowsOf } from '../../state/plan-edits';
import { useStore } from '../../state/store';
import { focusCardText, type CardCollection } from './row-edits';

/**
 * Deleting a card: at once when nothing links to it, else after the same confirmation the grids
 * ask ("TOWS strategies: 2 will lose this link"). The focus goes to the next card of the group,
 * or the previous, or `fallback` (the group's add box) when the group is now empty.
 */
export function useRowDelete(collection: CardCollection) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<(DeleteRequest & { after: () => void }) | null>(null);

  const requestDelete = useCallback(
    (id: string, name: string, group: readonly { id: string }[], fallback: () => void) => {
      const plan = useStore.getState().plan;
      if (!plan || !rowsOf(plan, collection).some((r) => r.id === id)) return;
      const at = group.findIndex((r) => r.id === id);
      const next = group[at + 1] ?? group[at - 1];
      const run = () => {
        useStore.getState().deleteRow(collection, id);
        if (next) focusCardText(next.id);
        else requestAnimationFrame(fallback);
      };
      const impact = deleteImpact(plan, collection, id);
      if (impact.length === 0) run();
      else setRequest({ rowId: id, name: name || t('swotEditor.untitled'), impact, after: run });
    },
    [collection, t],
  );

  const dialog = request ? <DeleteRowDialog request={request} onConfirm={request.after} onClose={() => setRequest(null)} /> : null;
  return { requestDelete, dialog };
}
