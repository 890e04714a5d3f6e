import { useEffect, useRef } from 'react';
import { getApi } from '../api';
import { activeRichEditorHistory, tookFieldHistoryStep, undoIntent, type UndoIntent } from '../components/rich-text/active-editor';
import { useStore } from '../state/store';

/*
 * Undo and redo: one rule for the keys and the Edit menu.
 *
 * A field's own undo acts first, then the plan's:
 * - In a text box, Ctrl/Cmd+Z undoes the browser's typing history while the box holds something
 *   typed since it got the focus; once it is back to what it held then (or anywhere outside a
 *   text box), Ctrl/Cmd+Z undoes the last plan edit. Redo follows: it redoes the box's own undos
 *   first, then the plan's.
 * - In a rich-text editor, its own (ProseMirror) history acts while it has steps; then the plan's.
 * - Elsewhere (a grid cell, a button, the page) the plan's history acts at once.
 * Everything typed during one visit to a field is one plan step (history.ts coalesces by focus
 * visit), so after the field's own undo has run out, the plan's next step is a real change.
 * Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Inside a dialog the keys belong to the dialog.
 */

const focusValues = new WeakMap<Element, string>();
const nativeUndos = new WeakMap<Element, number>();
let lastKeyAt = -Infinity;
let installed = false;

function isTextControl(el: unknown): el is HTMLInputElement | HTMLTextAreaElement {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && ['text', 'search', 'url', 'email', 'tel', 'number', 'password', ''].includes(el.type);
}

function install() {
  if (installed) return;
  installed = true;
  document.addEventListener(
    'focusin',
    (event) => {
      if (isTextControl(event.target)) {
        focusValues.set(event.target, event.target.value);
        nativeUndos.set(event.target, 0);
      }
    },
    true,
  );
  document.addEventListener(
    'input',
    (event) => {
      if (!isTextControl(event.target)) return;
      const kind = (event as InputEvent).inputType;
      const depth = nativeUndos.get(event.target) ?? 0;
      nativeUndos.set(event.target, kind === 'historyUndo' ? depth + 1 : kind === 'historyRedo' ? Math.max(0, depth - 1) : 0);
    },
    true,
  );
}

/** Whether the focused text box should take this undo/redo itself. */
function textControlTakes(el: HTMLInputElement | HTMLTextAreaElement, intent: UndoIntent): boolean {
  if (intent === 'undo') return focusValues.has(el) && el.value !== focusValues.get(el);
  return (nativeUndos.get(el) ?? 0) > 0;
}

/** Runs the plan's undo or redo; true when there was a step to take. */
export async function runPlanHistory(intent: UndoIntent): Promise<boolean> {
  const store = useStore.getState();
  // A plan step ends the focused box's own undo chain: from now on its redo is the plan's.
  const focused = document.activeElement;
  if (isTextControl(focused)) nativeUndos.set(focused, 0);
  const done = await (intent === 'undo' ? store.undo() : store.redo());
  // The plan's step may have changed the focused box; what it holds now is its new starting point.
  window.setTimeout(() => {
    const el = document.activeElement;
    if (isTextControl(el)) {
      focusValues.set(el, el.value);
      nativeUndos.set(el, 0);
    }
  }, 0);
  return done;
}

/**
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y and the Edit menu's Undo/Redo, while a plan is open.
 * `onPlanStep` hears each plan-level undo/redo (and whether there was a step), for an announcement.
 */
export function useUndoShortcuts(onPlanStep: (intent: UndoIntent, done: boolean) => void): void {
  const report = useRef(onPlanStep);
  report.current = onPlanStep;
  useEffect(() => {
    const runPlan = (intent: UndoIntent) => void runPlanHistory(intent).then((done) => report.current(intent, done));
    install();
    const onKeyDown = (event: KeyboardEvent) => {
      const intent = undoIntent(event);
      if (!intent || document.querySelector('dialog[open]')) return;
      lastKeyAt = performance.now();
      // A rich-text editor's own history took the step. Not `defaultPrevented`: ProseMirror cancels
      // every Ctrl/Cmd+Z, even when its history is empty and the step is the plan's.
      if (tookFieldHistoryStep(event)) return;
      const target = event.target;
      if (isTextControl(target) && textControlTakes(target, intent)) return;
      event.preventDefault();
      runPlan(intent);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = getApi().onMenu((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      // The same key press may arrive both as a keydown and as the menu's accelerator.
      if (performance.now() - lastKeyAt < 300 || document.querySelector('dialog[open]')) return;
      const rich = activeRichEditorHistory();
      if (rich && (command === 'undo' ? rich.canUndo() : rich.canRedo())) return command === 'undo' ? rich.undo() : rich.redo();
      const el = document.activeElement;
      if (isTextControl(el) && textControlTakes(el, command)) {
        document.execCommand(command);
        return;
      }
      runPlan(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
