import { describe, expect, it } from 'vitest';
import { salesRows, spendRows } from '../../../../../shared/logic';
import {
  salesChanges,
  spendChanges,
  withSalesEdit,
  withSpendEdit,
  type SalesViewRow,
  type SpendViewRow,
} from '../../../../../renderer/src/parts/control/actuals-grid-changes';

const product = { id: crypto.randomUUID(), name: 'Tea' };

function salesRow(actuals: Parameters<typeof salesRows>[2] = []): SalesViewRow {
  return { ...salesRows([product], [], actuals)[0]!, edits: [] };
}

describe('the actuals grids’ edits', () => {
  it('a pasted row of two months makes two actuals; a later cell of the same month sees the earlier one', () => {
    let row = salesRow();
    row = withSalesEdit(row, { field: 'revenue', month: '2027-01', value: 4_800 });
    row = withSalesEdit(row, { field: 'revenue', month: '2027-02', value: 5_200 });
    row = withSalesEdit(row, { field: 'units', month: '2027-01', value: 960 });
    const changes = salesChanges(row);
    expect(changes.map((c) => c.kind)).toEqual(['upsert', 'upsert', 'upsert']);
    // The units go onto January's new actual, not a second one.
    const [jan, , janUnits] = changes.map((c) => (c.kind === 'upsert' ? c.row : null));
    expect(janUnits).toEqual({ ...jan, units: 960 });
  });

  it('clearing a cell’s last figure deletes its actual', () => {
    const sale = { id: crypto.randomUUID(), productId: product.id, month: '2027-01', units: null, revenue: 4_800 };
    const row = withSalesEdit(salesRow([sale]), { field: 'revenue', month: '2027-01', value: null });
    expect(salesChanges(row)).toEqual([{ kind: 'delete', id: sale.id }]);
  });

  it('spend of a budget line, and no results for it', () => {
    const line = { id: crypto.randomUUID(), label: 'Retainer', month: '2027-02', amount: 100_000, mixElement: null };
    let row: SpendViewRow = { ...spendRows([], [line], [])[0]!, edits: [] };
    row = withSpendEdit(row, { field: 'amount', month: '2027-02', value: 130_000 });
    row = withSpendEdit(row, { field: 'results', month: '2027-02', value: 4 });
    expect(spendChanges(row)).toEqual([
      { kind: 'upsert', row: expect.objectContaining({ actionId: null, budgetLineId: line.id, month: '2027-02', amount: 130_000, results: null }) },
    ]);
  });
});
