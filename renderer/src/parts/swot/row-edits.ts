import type { CollectionName, CollectionRow } from '../../../../shared/domain';
import { rowsOf } from '../../state/plan-edits';
import { useStore, type Store } from '../../state/store';
import type { EditOptions } from '../../state/plan-slice';
import { groupMoveIndex } from './group-order';

/**
 * Changes some fields of a row as the store holds it now (not as a component last saw it), so
 * quick edits in a row never undo each other.
 */
export function patchRow<C extends CollectionName>(collection: C, id: string, patch: Partial<CollectionRow<C>>, options?: EditOptions): void {
  const store: Store = useStore.getState();
  const row = store.plan ? rowsOf(store.plan, collection).find((r) => r.id === id) : undefined;
  if (!row) return;
  store.upsertRow(collection, { ...row, ...patch } as CollectionRow<C>, options);
}

/** Moves a row among the rows of its group (quadrant, TOWS kind); false when it is already at that end. */
/** The collections shown as groups of cards (quadrants, TOWS kinds, objective kinds). */
export type CardCollection = 'swotItems' | 'towsStrategies' | 'objectives';

export function moveInGroup(collection: CardCollection, id: string, step: 1 | -1): boolean {
  const store = useStore.getState();
  if (!store.plan) return false;
  const rows = rowsOf(store.plan, collection) as { id: string; kind: string }[];
  const to = groupMoveIndex(rows, id, step, (r) => r.kind);
  if (to === null) return false;
  // React moves the card's element in the page; the element keeps the focus only if we put it back.
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  store.moveRow(collection, id, to);
  requestAnimationFrame(() => {
    if (focused?.isConnected && document.activeElement !== focused) focused.focus({ preventScroll: true });
    focused?.scrollIntoView({ block: 'nearest' });
  });
  return true;
}

/** Puts the focus in a card's main text box (or the control `selector` finds) once the card is on the page. */
export function focusCardText(id: string, selector = '[data-card-text]'): void {
  requestAnimationFrame(() => {
    const box = document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"] ${selector}`);
    box?.focus();
    box?.scrollIntoView({ block: 'nearest' });
  });
}
