/**
 * A long grid renders only the rows in view. Code outside the grid that needs one of its rows in
 * the page (the plan health's "Fix" lands on a cell) asks the grid's block for it with this event;
 * the grid renders that row at once, and the caller finds it on the next frame.
 */
export const REVEAL_ROW_EVENT = 'planwright:reveal-row';

export type RevealRowDetail = { rowId: string };

/** Asks the grid whose block is `block` to render the row `rowId`; false when the block is no windowed grid. */
export function requestRowReveal(block: HTMLElement, rowId: string): boolean {
  if (!block.hasAttribute('data-windowed')) return false;
  block.dispatchEvent(new CustomEvent<RevealRowDetail>(REVEAL_ROW_EVENT, { detail: { rowId } }));
  return true;
}
