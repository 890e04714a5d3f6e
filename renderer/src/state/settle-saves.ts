import { flushPendingSaves } from './pending-saves';
import { useStore } from './store';

/** Edits still on their way belong in what is exported (a report, a plan file): send them, and wait (a while) for their answers. */
export async function settleSaves(timeoutMs = 10_000): Promise<void> {
  flushPendingSaves();
  if (useStore.getState().pendingSaves === 0) return;
  await new Promise<void>((resolve) => {
    const timer = window.setTimeout(done, timeoutMs);
    const unsubscribe = useStore.subscribe((s) => {
      if (s.pendingSaves === 0) done();
    });
    function done() {
      window.clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}
