import { describe, expect, it } from 'vitest';
import { groupMoveIndex, reuseUnchanged, rowsByGroup } from '../../../../../renderer/src/parts/swot/group-order';

type Row = { id: string; kind: string };
const rows: Row[] = [
  { id: 's1', kind: 'S' },
  { id: 'o1', kind: 'O' },
  { id: 's2', kind: 'S' },
  { id: 't1', kind: 'T' },
  { id: 's3', kind: 'S' },
];
const kind = (r: Row) => r.kind;

/** What moveRow does with the index (remove, then insert at it), as plan-edits.ts applies it. */
function move(list: Row[], id: string, toIndex: number): string[] {
  const next = [...list];
  const [row] = next.splice(
    list.findIndex((r) => r.id === id),
    1,
  );
  next.splice(toIndex, 0, row!);
  return next.map((r) => r.id);
}

describe('groupMoveIndex', () => {
  it('swaps a row with the previous row of its group, skipping other groups', () => {
    const to = groupMoveIndex(rows, 's2', -1, kind);
    expect(to).toBe(0);
    expect(move(rows, 's2', to!)).toEqual(['s2', 's1', 'o1', 't1', 's3']);
  });

  it('swaps a row with the next row of its group', () => {
    const to = groupMoveIndex(rows, 's2', 1, kind);
    expect(to).toBe(4);
    expect(move(rows, 's2', to!).filter((id) => id.startsWith('s'))).toEqual(['s1', 's3', 's2']);
    const first = groupMoveIndex(rows, 's1', 1, kind);
    expect(move(rows, 's1', first!)).toEqual(['o1', 's2', 's1', 't1', 's3']);
  });

  it('refuses to move past the ends of the group or an unknown row', () => {
    expect(groupMoveIndex(rows, 's1', -1, kind)).toBeNull();
    expect(groupMoveIndex(rows, 's3', 1, kind)).toBeNull();
    expect(groupMoveIndex(rows, 'o1', 1, kind)).toBeNull();
    expect(groupMoveIndex(rows, 't1', -1, kind)).toBeNull();
    expect(groupMoveIndex(rows, 'nope', 1, kind)).toBeNull();
  });
});

describe('rowsByGroup', () => {
  it('splits rows by group in collection order, with every group present', () => {
    const groups = rowsByGroup(rows, ['S', 'W', 'O', 'T'] as const, (r) => r.kind as 'S' | 'W' | 'O' | 'T');
    expect(Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v.map((r) => r.id)]))).toEqual({
      S: ['s1', 's2', 's3'],
      W: [],
      O: ['o1'],
      T: ['t1'],
    });
  });
});

describe('reuseUnchanged', () => {
  it('keeps the arrays of groups whose rows are the same objects', () => {
    const [a, b, c] = rows;
    const prev = { S: [a!], O: [b!] } as Record<'S' | 'O', Row[]>;
    const same = reuseUnchanged(prev, { S: [a!], O: [b!] });
    expect(same).toBe(prev);
    const edited = { ...b!, id: 'o1' };
    const next = reuseUnchanged(prev, { S: [a!], O: [edited] });
    expect(next).not.toBe(prev);
    expect(next.S).toBe(prev.S);
    expect(next.O).toEqual([edited]);
    const grown = reuseUnchanged(prev, { S: [a!, c!], O: [b!] });
    expect(grown.S).toEqual([a, c]);
    expect(grown.O).toBe(prev.O);
    expect(reuseUnchanged(null, prev)).toBe(prev);
  });
});
