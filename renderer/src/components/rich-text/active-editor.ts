/**
 * The rich-text editor that has the focus, so the plan-wide undo keys and the Edit menu can let
 * its own history act first (see workspace/use-undo-shortcuts.ts).
 */
export type FieldHistory = { canUndo(): boolean; canRedo(): boolean; undo(): void; redo(): void };

let active: { element: HTMLElement; history: FieldHistory } | null = null;

export function setActiveRichEditor(element: HTMLElement, history: FieldHistory | null): void {
  if (history) active = { element, history };
  else if (active?.element === element) active = null;
}

/** The focused rich-text editor's history, if the focus is in one. */
export function activeRichEditorHistory(): FieldHistory | null {
  if (!active || !active.element.isConnected || !active.element.contains(document.activeElement)) return null;
  return active.history;
}
