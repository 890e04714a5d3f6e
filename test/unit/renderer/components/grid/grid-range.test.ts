import { describe, expect, it } from 'vitest';
import { clearedRows, pasteBlock, rangeTsv, selectionRange } from '../../../../../renderer/src/components/grid/grid-range';
import type { CellContext } from '../../../../../renderer/src/components/grid/cell-values';
import type { GridColumn } from '../../../../../renderer/src/components/grid/types';

type Row = { id: string; name: string; size: number | null; kind: string };
const columns: GridColumn<Row>[] = [
  { id: 'name', header: 'Name', type: 'text' },
  { id: 'size', header: 'Size', type: 'quantity' },
  {
    id: 'kind',
    header: 'Kind',
    type: 'select',
    nullable: false,
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
  },
];
const ctx: CellContext = { locale: 'en', currency: 'CNY', t: (key) => key };
const rows: Row[] = [
  { id: 'r1', name: 'Students', size: 1200, kind: 'a' },
  { id: 'r2', name: 'Parents', size: 800, kind: 'b' },
  { id: 'r3', name: 'Teachers', size: null, kind: 'a' },
];
let made = 0;
const newRow = (): Row => ({ id: `new${++made}`, name: '', size: null, kind: 'a' });

describe('the selection', () => {
  it('is the block between anchor and active, whichever way it was drawn', () => {
    expect(selectionRange(rows, { rowId: 'r3', col: 0 }, { rowId: 'r1', col: 2 }, 3)).toEqual({ top: 0, bottom: 2, left: 0, right: 2 });
    expect(selectionRange(rows, { rowId: 'r2', col: 1 }, null, 3)).toEqual({ top: 1, bottom: 1, left: 1, right: 1 });
  });

  it('stops at the last data column (the actions button is not a cell)', () => {
    expect(selectionRange(rows, { rowId: 'r1', col: 3 }, null, 3)).toEqual({ top: 0, bottom: 0, left: 2, right: 2 });
  });
});

describe('copy', () => {
  it('gives the block as spreadsheet text', () => {
    expect(rangeTsv(rows, columns, { top: 0, bottom: 1, left: 0, right: 1 }, ctx)).toBe('Students\t1200\nParents\t800');
  });
});

describe('clear', () => {
  it('empties the cells that may be empty and names every cell it cleared', () => {
    const { changed, cleared } = clearedRows(rows, columns, { top: 0, bottom: 2, left: 1, right: 2 });
    expect(changed).toEqual([
      { id: 'r1', name: 'Students', size: null, kind: 'a' },
      { id: 'r2', name: 'Parents', size: null, kind: 'b' },
    ]);
    // The required choice stays; the already empty size is cleared of drafts but is no change.
    expect(cleared).toEqual(['r1:size', 'r2:size', 'r3:size']);
  });
});

describe('paste', () => {
  it('fills cells from the cursor, parsing each as typing would, and adds rows past the end', () => {
    const pasted = pasteBlock({
      text: 'Alumni\t1,500\nDonors\tmany\nBoard\t12',
      at: { rowIndex: 2, col: 0 },
      viewRows: rows,
      columns,
      ctx,
      canAddRow: true,
      newRow,
    })!;
    expect(pasted.changed).toEqual([{ id: 'r3', name: 'Alumni', size: 1500, kind: 'a' }]);
    expect(pasted.added.map((r) => [r.name, r.size])).toEqual([
      ['Donors', null],
      ['Board', 12],
    ]);
    expect(pasted.refused).toBe(1);
    expect(pasted.drafts.find((d) => d.problem)?.problem?.text).toBe('many');
    expect(pasted).toMatchObject({ height: 3, width: 2, lastRowId: pasted.added[1]!.id });
  });

  it('adds no row to a table that cannot grow, and changes nothing that is already so', () => {
    const pasted = pasteBlock({
      text: 'Students\nNew',
      at: { rowIndex: 0, col: 0 },
      viewRows: rows.slice(0, 1),
      columns,
      ctx,
      canAddRow: false,
      newRow,
    })!;
    expect(pasted.changed).toEqual([]);
    expect(pasted.added).toEqual([]);
  });

  it('ignores an empty clipboard', () => {
    expect(pasteBlock({ text: '', at: { rowIndex: 0, col: 0 }, viewRows: rows, columns, ctx, canAddRow: true, newRow })).toBeNull();
  });
});
