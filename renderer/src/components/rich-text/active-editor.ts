/**
 * The rich-text editor that has the focus, so the plan-wide undo keys and the Edit menu can let
 * its own history act first (see hooks/use-undo-shortcuts.ts), and the one rule for which
 * keys undo and redo, shared by both.
 */
export type FieldHistory = { canUndo(): boolean; canRedo(): boolean; undo(): void; redo(): void };
export type UndoIntent = 'undo' | 'redo';

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

/**
 * Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. A layout without Latin letters (Russian,
 * Greek) reports another character for the same key, so the physical key decides there.
 */
export function undoIntent(event: KeyboardEvent): UndoIntent | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : event.code === 'KeyZ' ? 'z' : event.code === 'KeyY' ? 'y' : '';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey && event.ctrlKey) return 'redo';
  return null;
}

/*
 * ProseMirror cancels every Ctrl/Cmd+Z in an editor (so the browser's own contenteditable undo
 * never runs), whether or not its history had a step: a cancelled key press says nothing about
 * who took it. The editor marks the presses its history did take; the plan's undo takes the rest.
 */
const fieldSteps = new WeakSet<Event>();

export function markFieldHistoryStep(event: Event): void {
  fieldSteps.add(event);
}

export function tookFieldHistoryStep(event: Event): boolean {
  return fieldSteps.has(event);
}
