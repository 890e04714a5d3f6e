import { useCallback, useEffect, useRef } from 'react';
import { registerHeldEdit } from '../../state/pending-saves';
import { afterNextPaint } from '../after-paint';

type Held<T> = { read: () => T; cancel(): void; release(): void };

export type HandOver<T> = {
  /** Keeps the latest change (read when it is handed over) for the frame after this one. */
  hold(read: () => T): void;
  /** Hands a held change over now: blur, a shortcut, leaving the step or the page. */
  flush(): void;
  /** Forgets a held change: a value from elsewhere (the plan's undo) has replaced it. */
  drop(): void;
};

/**
 * A field bound to the plan hands each change to `send` (the store) a frame after the key, not
 * within it. The field has shown the key already; what the store's update sets off (the part's
 * render, the health checks, a preview built from the field) then stays out of the keystroke's
 * frame, which in a large plan is most of its cost. Several keys within a frame make one change.
 *
 * Nothing is lost: `flushPendingSaves` (route change, window close, page hide) hands held changes
 * over before it sends the saves, and so does unmounting.
 */
export function useHandOver<T>(send: (value: T) => void): HandOver<T> {
  const held = useRef<Held<T> | null>(null);
  const sendRef = useRef(send);
  sendRef.current = send;

  const drop = useCallback(() => {
    const change = held.current;
    if (!change) return;
    held.current = null;
    change.cancel();
    change.release();
  }, []);

  const flush = useCallback(() => {
    const change = held.current;
    if (!change) return;
    drop();
    sendRef.current(change.read());
  }, [drop]);

  const hold = useCallback(
    (read: () => T) => {
      if (held.current) {
        held.current.read = read;
        return;
      }
      held.current = { read, cancel: afterNextPaint(flush), release: registerHeldEdit(flush) };
    },
    [flush],
  );

  useEffect(() => flush, [flush]);

  return { hold, flush, drop };
}

/** Keys that act on the plan rather than the text (undo, a step switch, Enter in a dialog): hand the change over first. */
export function actsOnPlan(event: { ctrlKey: boolean; metaKey: boolean; altKey: boolean; key: string }): boolean {
  return event.ctrlKey || event.metaKey || event.altKey || event.key === 'Enter' || event.key === 'Escape';
}
