import { Extension, type Editor } from '@tiptap/react';
import { history, redo, redoDepth, undo, undoDepth } from '@tiptap/pm/history';
import { EditorState, Plugin } from '@tiptap/pm/state';
import { markFieldHistoryStep, undoIntent, type FieldHistory } from './active-editor';

/**
 * The editor's own undo history, in place of StarterKit's: the same ProseMirror history, but the
 * undo keys go through the app's one key rule (active-editor.ts), and a key press the history
 * takes is marked, so the plan's undo (hooks/use-undo-shortcuts.ts) acts only on the others.
 */
export const FieldUndo = Extension.create({
  name: 'fieldUndo',
  addProseMirrorPlugins() {
    return [
      history({ depth: 200, newGroupDelay: 500 }),
      new Plugin({
        props: {
          handleKeyDown(view, event) {
            const intent = undoIntent(event);
            if (!intent) return false;
            const took = (intent === 'undo' ? undo : redo)(view.state, view.dispatch);
            if (took) markFieldHistoryStep(event);
            return took;
          },
        },
      }),
    ];
  },
});

export function fieldHistoryOf(editor: Editor): FieldHistory {
  return {
    canUndo: () => undoDepth(editor.state) > 0,
    canRedo: () => redoDepth(editor.state) > 0,
    undo: () => void undo(editor.state, editor.view.dispatch),
    redo: () => void redo(editor.state, editor.view.dispatch),
  };
}

/**
 * Forgets the editor's own undo steps, keeping its document, selection and other plugins' views.
 * Called when the value is replaced from outside (the plan's undo, a drafted summary): the old
 * steps describe a document that is gone, and ProseMirror would map them onto the new one and
 * "undo" nothing visible, swallowing Ctrl+Z presses that belong to the plan's undo. ProseMirror
 * has no command to clear a history, and `reconfigure` keeps every plugin's state, so the
 * state is created anew.
 */
export function restartHistory(editor: Editor): void {
  if (editor.isDestroyed) return;
  const { doc, selection, storedMarks, plugins } = editor.state;
  editor.view.updateState(EditorState.create({ doc, selection, storedMarks, plugins }));
}
