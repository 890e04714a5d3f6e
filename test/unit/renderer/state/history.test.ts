import { describe, expect, it } from 'vitest';
import { COALESCE_MS, EMPTY_HISTORY, HISTORY_LIMIT, record, takeRedo, takeUndo, type HistoryEntry } from '../../../../renderer/src/state/history';
import type { EditOp } from '../../../../renderer/src/state/plan-edits';

const fields = (marketSize: number | null): EditOp => ({ kind: 'fields', part: 'budget', fields: { marketingBudget: marketSize, fixedCosts: null } });

function typed(from: number | null, to: number | null, at: number, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return { undo: [fields(from)], redo: [fields(to)], key: 'fields:budget:marketingBudget', at, ...extra };
}

describe('history', () => {
  it('coalesces edits of one value made within a second into one step', () => {
    let h = record(EMPTY_HISTORY, typed(null, 1, 0));
    h = record(h, typed(1, 12, 300));
    h = record(h, typed(12, 123, 300 + COALESCE_MS));
    expect(h.past).toHaveLength(1);
    expect(h.past[0]).toMatchObject({ undo: [fields(null)], redo: [fields(123)] });
  });

  it('starts a new step after a longer pause, or for another value', () => {
    let h = record(EMPTY_HISTORY, typed(null, 1, 0));
    h = record(h, typed(1, 2, COALESCE_MS + 1));
    h = record(h, { ...typed(2, 3, COALESCE_MS + 2), key: 'fields:budget:fixedCosts' });
    expect(h.past).toHaveLength(3);
  });

  it('keeps one step for as long as a field keeps the focus, however slow the typing', () => {
    let h = record(EMPTY_HISTORY, typed(null, 1, 0, { session: 7 }));
    h = record(h, typed(1, 2, 60_000, { session: 7 }));
    h = record(h, typed(2, 3, 120_000, { session: 8 }));
    expect(h.past).toHaveLength(2);
  });

  it('drops a step whose edits cancel out, so the next undo is a real change', () => {
    let h = record(EMPTY_HISTORY, typed(5, 6, 0, { key: 'other' }));
    h = record(h, typed(null, 1, 10));
    h = record(h, typed(1, null, 20));
    expect(h.past).toHaveLength(1);
    expect(h.past[0]!.key).toBe('other');
  });

  it('undo and redo move entries between the stacks; a new edit clears redo', () => {
    let h = record(EMPTY_HISTORY, typed(null, 1, 0));
    h = record(h, { ...typed(1, 2, 5_000) });
    const undone = takeUndo(h)!;
    expect(undone.entry.undo).toEqual([fields(1)]);
    h = undone.history;
    expect(h.past).toHaveLength(1);
    expect(h.future).toHaveLength(1);
    const redone = takeRedo(h)!;
    expect(redone.entry.redo).toEqual([fields(2)]);
    h = takeUndo(redone.history)!.history;
    h = record(h, typed(1, 9, 5_010));
    expect(h.future).toEqual([]);
    expect(takeRedo(h)).toBeNull();
    expect(takeUndo(EMPTY_HISTORY)).toBeNull();
  });

  it('an edit right after an undo is a new step, even for the same value within a second', () => {
    let h = record(EMPTY_HISTORY, typed(null, 1, 0));
    h = record(h, typed(1, 2, 2_000));
    h = takeUndo(h)!.history;
    h = record(h, typed(1, 5, 2_100));
    expect(h.past).toHaveLength(2);
    expect(h.past[1]!.undo).toEqual([fields(1)]);
  });

  it('keeps at most the last steps', () => {
    let h = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, { undo: [fields(i)], redo: [fields(i + 1)], at: i * 10_000 });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]!.undo).toEqual([fields(5)]);
  });
});
