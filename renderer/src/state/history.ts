/**
 * The plan's undo history as plain data. Each entry holds the edits that redo it and the edits
 * that undo it; both run through the same save commands as any other edit.
 */
import { sameValue, type EditOp } from './plan-edits';

export type HistoryEntry = {
  undo: EditOp[];
  redo: EditOp[];
  /** Edits with the same key coalesce: typing in one field is one step, not one per keystroke. */
  key?: string;
  /** The focus visit the edit was made in: a field's edits coalesce for as long as it keeps the focus. */
  session?: number;
  at: number;
};

/** `sealed`: the last step was an undo or redo, so the next edit starts a new entry. */
export type History = { past: HistoryEntry[]; future: HistoryEntry[]; sealed?: boolean };

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Typing pauses shorter than this stay one undo step even after the field has lost the focus. */
export const COALESCE_MS = 1000;
export const HISTORY_LIMIT = 200;

function coalesces(top: HistoryEntry | undefined, entry: HistoryEntry): top is HistoryEntry {
  if (!top || !top.key || top.key !== entry.key) return false;
  const sameVisit = top.session !== undefined && top.session === entry.session;
  return sameVisit || entry.at - top.at <= COALESCE_MS;
}

/**
 * Adds an edit; a new edit clears what could be redone. An edit that coalesces with the last
 * keeps that entry's undo and takes the new redo; if the two now cancel out (the user typed and
 * then deleted the same text), the entry disappears, so the next undo is a real change.
 */
export function record(history: History, entry: HistoryEntry): History {
  const top = history.past[history.past.length - 1];
  if (!history.sealed && coalesces(top, entry)) {
    const merged: HistoryEntry = { ...top, redo: entry.redo, at: entry.at };
    const past = history.past.slice(0, -1);
    if (!cancelsOut(merged)) past.push(merged);
    return { past, future: [] };
  }
  if (cancelsOut(entry)) return { past: history.past, future: [] };
  return { past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}

function cancelsOut(entry: HistoryEntry): boolean {
  return entry.undo.length === entry.redo.length && entry.undo.every((op, i) => sameValue(stripIndex(op), stripIndex(entry.redo[i])));
}

function stripIndex(op: EditOp | undefined): unknown {
  if (op?.kind === 'upsert') return { kind: op.kind, collection: op.collection, row: op.row };
  return op;
}

/** The entry to undo and the history after it, or null when there is nothing to undo. */
export function takeUndo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return { entry, history: { past: history.past.slice(0, -1), future: [...history.future, entry], sealed: true } };
}

export function takeRedo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return { entry, history: { past: [...history.past, entry], future: history.future.slice(0, -1), sealed: true } };
}
