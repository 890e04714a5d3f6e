import { describe, expect, it } from 'vitest';
import { setActualSale, setActualSpend } from '../../../../../shared/logic/actuals';

const newId = () => 'new-id';

describe('setActualSale', () => {
  it('a figure typed into an empty cell makes an actual with that figure only', () => {
    expect(setActualSale('p1', '2027-03', undefined, 'units', 12, newId)).toEqual({
      kind: 'upsert',
      row: { id: 'new-id', productId: 'p1', month: '2027-03', units: 12, revenue: null },
    });
    expect(setActualSale('p1', '2027-03', undefined, 'revenue', 0, newId)).toMatchObject({ row: { units: null, revenue: 0 } });
  });

  it('clearing an empty cell does nothing; typing the same figure does nothing', () => {
    expect(setActualSale('p1', '2027-03', undefined, 'units', null, newId)).toBeNull();
    const sale = { id: 's', productId: 'p1', month: '2027-03', units: 5, revenue: 500 };
    expect(setActualSale('p1', '2027-03', sale, 'units', 5, newId)).toBeNull();
  });

  it('clearing one figure keeps the other; clearing the last deletes the actual', () => {
    const sale = { id: 's', productId: 'p1', month: '2027-03', units: 5, revenue: 500 };
    expect(setActualSale('p1', '2027-03', sale, 'units', null, newId)).toEqual({ kind: 'upsert', row: { ...sale, units: null } });
    expect(setActualSale('p1', '2027-03', { ...sale, units: null }, 'revenue', null, newId)).toEqual({ kind: 'delete', id: 's' });
  });
});

describe('setActualSpend', () => {
  it('an amount for an action or a budget line names the one it is for', () => {
    expect(setActualSpend({ kind: 'budgetLine', id: 'b1' }, '2027-02', undefined, 'amount', 300, newId)).toEqual({
      kind: 'upsert',
      row: { id: 'new-id', actionId: null, budgetLineId: 'b1', month: '2027-02', amount: 300, results: null },
    });
    expect(setActualSpend({ kind: 'action', id: 'a1' }, '2027-02', undefined, 'results', 40, newId)).toMatchObject({
      row: { actionId: 'a1', budgetLineId: null, amount: null, results: 40 },
    });
  });

  it('a budget line has no results', () => {
    expect(setActualSpend({ kind: 'budgetLine', id: 'b1' }, '2027-02', undefined, 'results', 40, newId)).toBeNull();
  });

  it('clearing the last figure deletes the actual', () => {
    const spent = { id: 'x', actionId: 'a1', budgetLineId: null, month: '2027-02', amount: 300, results: null };
    expect(setActualSpend({ kind: 'action', id: 'a1' }, '2027-02', spent, 'amount', null, newId)).toEqual({ kind: 'delete', id: 'x' });
    expect(setActualSpend({ kind: 'action', id: 'a1' }, '2027-02', spent, 'amount', 0, newId)).toEqual({
      kind: 'upsert',
      row: { ...spent, amount: 0 },
    });
  });
});
