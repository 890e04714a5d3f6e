/** What this needs of `window`; tests pass a plain EventTarget. */
export type PageEvents = {
  addEventListener(type: string, listener: (event: unknown) => void, options: { capture: boolean }): void;
};

export type PageLeaving = { readonly leaving: boolean };

/**
 * Whether the page is being left. Saves flushed while it is go by `fetch` with `keepalive`, which
 * outlives the page; a WebSocket message sent from a page being torn down may never leave it.
 *
 * The listeners are capture-phase on window, the events' target, so they run before the app's own
 * (non-capture) flush listeners whatever the order they were added in.
 */
export function watchPageLeaving(events: PageEvents, afterTask: (fn: () => void) => void = (fn) => setTimeout(fn, 0)): PageLeaving {
  let leaving = false;
  /** Bumped by every event, so a stale "clear" from an earlier beforeunload does nothing. */
  let generation = 0;
  const capture = { capture: true };

  events.addEventListener(
    'beforeunload',
    () => {
      leaving = true;
      const mine = ++generation;
      // beforeunload does not always end in an unload: the user may stay on the page after the
      // browser asks, or the navigation turns into a download. No event says so, so the flag is
      // dropped once this task ends: the app's flush in this same dispatch (and the sends its
      // microtasks start) has chosen keepalive by then, and a real unload fires pagehide, which
      // sets the flag again before the page goes.
      afterTask(() => {
        if (generation === mine) leaving = false;
      });
    },
    capture,
  );
  events.addEventListener(
    'pagehide',
    () => {
      leaving = true;
      generation += 1;
    },
    capture,
  );
  // Back from the back/forward cache: the page lives again.
  events.addEventListener(
    'pageshow',
    () => {
      leaving = false;
      generation += 1;
    },
    capture,
  );

  return {
    get leaving() {
      return leaving;
    },
  };
}
