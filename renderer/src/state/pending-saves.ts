/**
 * Debounced edits waiting to be sent. Whatever leaves the current place (route change, window
 * close, page hide) calls `flushPendingSaves` first, so a closed window loses nothing.
 *
 * Two stages: an editor may hold a value the store has not seen yet (the rich-text editor hands
 * its document over a frame after the key, see rich-text-editor.tsx). Those go first, so the
 * saves flushed next carry them.
 */
type Flusher = () => void;

const heldEdits = new Set<Flusher>();
const saves = new Set<Flusher>();

/** A value an editor holds and has not passed to the store yet. */
export function registerHeldEdit(flush: Flusher): () => void {
  heldEdits.add(flush);
  return () => heldEdits.delete(flush);
}

/** Saves waiting for their pause. */
export function registerFlusher(flush: Flusher): () => void {
  saves.add(flush);
  return () => saves.delete(flush);
}

export function flushPendingSaves(): void {
  for (const flush of [...heldEdits]) flush();
  // Copied after the held edits ran: the saves they scheduled register here first.
  for (const flush of [...saves]) flush();
}
