import type { StateCreator } from 'zustand';
import { EMPTY_HISTORY, record, takeRedo, takeUndo, type History, type HistoryEntry } from './history';
import type { Store } from './store';

export type HistorySlice = {
  /** The open plan's undo history; cleared when another plan opens. */
  history: History;
  canUndo: boolean;
  canRedo: boolean;
  recordEdit(entry: HistoryEntry): void;
  /** Runs several edits as one undo step (a paste, "Add all six forces"). */
  editBatch(run: () => void): void;
  /** Runs the last edit's inverse through the same save commands. */
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  clearHistory(): void;
};

function flags(history: History) {
  return { history, canUndo: history.past.length > 0, canRedo: history.future.length > 0 };
}

let batch: HistoryEntry[] | null = null;

export const createHistorySlice: StateCreator<Store, [], [], HistorySlice> = (set, get) => ({
  ...flags(EMPTY_HISTORY),

  recordEdit(entry) {
    if (batch) batch.push(entry);
    else set((s) => flags(record(s.history, entry)));
  },

  editBatch(run) {
    if (batch) return run();
    batch = [];
    try {
      run();
    } finally {
      const entries = batch;
      batch = null;
      if (entries.length > 0) {
        // Undo runs the inverses backwards: the last edit of the batch is undone first.
        const undo = [...entries].reverse().flatMap((e) => e.undo);
        set((s) => flags(record(s.history, { undo, redo: entries.flatMap((e) => e.redo), at: Date.now() })));
      }
    }
  },

  async undo() {
    const step = takeUndo(get().history);
    if (!step || !get().plan || get().plan!.meta.deletedAt !== null) return false;
    set(flags(step.history));
    get().applyEdits(step.entry.undo);
    return true;
  },

  async redo() {
    const step = takeRedo(get().history);
    if (!step || !get().plan || get().plan!.meta.deletedAt !== null) return false;
    set(flags(step.history));
    get().applyEdits(step.entry.redo);
    return true;
  },

  clearHistory() {
    set(flags(EMPTY_HISTORY));
  },
});
