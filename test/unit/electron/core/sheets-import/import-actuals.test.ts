import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../../shared/sheets/import-rows';
import { buildSample } from '../../../../../shared/samples';

const NOW = '2026-11-20T09:00:00.000Z';

describe('importing actual sales and spend from a month-end report', () => {
  const plan = buildSample('education', 'en', { now: NOW });
  const [scratch, python] = plan.collections.products;

  it('adds April’s sales by product name, corrects March’s in place, one actual per cell', () => {
    const march = plan.collections.actualSales.find((a) => a.productId === scratch!.id && a.month === '2027-03')!;
    const result = planImport(plan, 'actual-sales', [
      ['Product', 'Month', 'Units', 'Revenue (CNY)'],
      [scratch!.name, '2027-04', 120, 432_000],
      [python!.name, { date: '2027-04-30' }, 80, null],
      [scratch!.name, '2027-03', march.units, 450_000],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.changes.map((c) => [c.added, c.row])).toEqual([
      [true, expect.objectContaining({ productId: scratch!.id, month: '2027-04', units: 120, revenue: 43_200_000 })],
      [true, expect.objectContaining({ productId: python!.id, month: '2027-04', units: 80, revenue: null })],
      [false, { ...march, revenue: 45_000_000 }],
    ]);
  });

  it('finds an action by its title and a budget line by its label and month; names what it cannot find', () => {
    const action = plan.collections.actions[0]!;
    const line = plan.collections.budgetLines[0]!;
    const result = planImport(plan, 'actual-spend', [
      ['Action or budget line', 'Kind', 'Month', 'Spend (CNY)', 'Results'],
      [action.title, 'Action', '2027-04', 1_000, 3],
      [line.label, 'Budget line', line.month, 99, null],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.changes.map((c) => c.row)).toEqual([
      expect.objectContaining({ actionId: action.id, budgetLineId: null, month: '2027-04', amount: 100_000, results: 3 }),
      expect.objectContaining({ actionId: null, budgetLineId: line.id, month: line.month, amount: 9_900, results: null }),
    ]);
    const refused = planImport(plan, 'actual-spend', [
      ['Action or budget line', 'Month', 'Spend (CNY)'],
      ['No such campaign', '2027-04', 5],
      [action.title, '2027-05', 5],
      [action.title, '2027-05', 6],
    ]);
    expect(refused.changes).toEqual([]);
    expect(refused.problems).toEqual([
      { row: 2, column: 'Action or budget line', columnIndex: 0, message: 'no action or budget line "No such campaign" in this plan' },
      { row: 4, column: 'Month', columnIndex: 1, message: 'this month of this row is in the sheet twice' },
    ]);
  });
});
