import { describe, expect, it } from 'vitest';
import { changesOf, withEdit, type ForecastGridViewRow } from '../../../../../renderer/src/parts/budget/forecast-grid-changes';
import { forecastGridRows } from '../../../../../shared/logic/forecast-grid';

const months = ['2027-12', '2028-01', '2028-02'];
const products = [{ id: 'tea', name: 'Tea', price: 500, marginPct: 40 }];
const view = (row: ReturnType<typeof forecastGridRows>[number]): ForecastGridViewRow => ({ ...row, name: 'Tea', edits: [] });

describe('changesOf: a grid row’s edited cells as changes to the forecast lines', () => {
  it('applies a row’s cells in order: a pasted price reaches the lines the same paste added', () => {
    let row = view(forecastGridRows([], products)[0]!);
    row = withEdit(row, { field: 'units', month: '2027-12', value: 10 });
    row = withEdit(row, { field: 'units', month: '2028-01', value: 12 });
    row = withEdit(row, { field: 'unitPrice', month: null, value: 550 });
    const changes = changesOf(row, months);
    const finalLines = new Map<string, { month: string; units: number; unitPrice: number; unitCost: number }>();
    for (const c of changes) if (c.kind === 'upsert') finalLines.set(c.line.id, c.line);
    expect([...finalLines.values()].map((l) => [l.month, l.units, l.unitPrice, l.unitCost])).toEqual([
      ['2027-12', 10, 550, 300],
      ['2028-01', 12, 550, 300],
    ]);
  });

  it('clears a month (its line deleted) and leaves a price that is cleared as it was', () => {
    const line = { id: 'x', productId: 'tea', label: '', month: '2028-01', units: 5, unitPrice: 500, unitCost: 300 };
    let row = view(forecastGridRows([line], products)[0]!);
    row = withEdit(row, { field: 'unitPrice', month: null, value: null });
    row = withEdit(row, { field: 'units', month: '2028-01', value: null });
    expect(changesOf(row, months)).toEqual([{ kind: 'delete', lineId: 'x' }]);
  });

  it('no edits, no changes; the same value, no change', () => {
    const line = { id: 'x', productId: 'tea', label: '', month: '2028-01', units: 5, unitPrice: 500, unitCost: 300 };
    const row = view(forecastGridRows([line], products)[0]!);
    expect(changesOf(row, months)).toEqual([]);
    expect(changesOf(withEdit(row, { field: 'units', month: '2028-01', value: 5 }), months)).toEqual([]);
  });
});
