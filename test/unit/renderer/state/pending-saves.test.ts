import { afterEach, describe, expect, it } from 'vitest';
import { flushPendingSaves, registerFlusher, registerHeldEdit } from '../../../../renderer/src/state/pending-saves';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('flushPendingSaves', () => {
  it('hands held edits over before it sends the saves', () => {
    const order: string[] = [];
    cleanups.push(registerFlusher(() => order.push('save')));
    cleanups.push(registerHeldEdit(() => order.push('held')));
    flushPendingSaves();
    expect(order).toEqual(['held', 'save']);
  });

  it('sends a save that a held edit scheduled in the same flush', () => {
    const sent: string[] = [];
    cleanups.push(
      registerHeldEdit(() => {
        // As the store does on the first edit of a pause: the save's flusher registers now.
        cleanups.push(registerFlusher(() => sent.push('narrative')));
      }),
    );
    flushPendingSaves();
    expect(sent).toEqual(['narrative']);
  });

  it('forgets a flusher once it is unregistered', () => {
    let calls = 0;
    const unregister = registerHeldEdit(() => calls++);
    flushPendingSaves();
    unregister();
    flushPendingSaves();
    expect(calls).toBe(1);
  });
});
