/**
 * Debounced edits waiting to be sent. Whatever leaves the current place (route change, window
 * close, page hide) calls `flushPendingSaves` first, so a closed window loses nothing.
 */
type Flusher = () => void;

const flushers = new Set<Flusher>();

export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export function flushPendingSaves(): void {
  for (const flush of [...flushers]) flush();
}

