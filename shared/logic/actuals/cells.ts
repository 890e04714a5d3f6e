import type { ActualSale, ActualSpend } from '../../domain';
import type { Month } from '../months';

/*
 * What typing into a cell of the actuals grids does to the plan's rows: one actual per product (or
 * action, budget line) and month, holding two figures (units and revenue; amount and results).
 * A figure typed where there is no actual makes one; clearing the last figure of an actual deletes
 * it, so an empty cell is never a row of nulls.
 */

export type ActualChange<R> = { kind: 'upsert'; row: R } | { kind: 'delete'; id: string };

export function setActualSale(
  productId: string,
  month: Month,
  current: ActualSale | undefined,
  field: 'units' | 'revenue',
  value: number | null,
  newId: () => string,
): ActualChange<ActualSale> | null {
  if (!current) {
    if (value === null) return null;
    return { kind: 'upsert', row: { id: newId(), productId, month, units: null, revenue: null, [field]: value } };
  }
  if (current[field] === value) return null;
  const next = { ...current, [field]: value };
  return next.units === null && next.revenue === null ? { kind: 'delete', id: current.id } : { kind: 'upsert', row: next };
}

export type SpendTarget = { kind: 'action' | 'budgetLine'; id: string };

/** Results belong to actions only: a budget line's results cell changes nothing. */
export function setActualSpend(
  target: SpendTarget,
  month: Month,
  current: ActualSpend | undefined,
  field: 'amount' | 'results',
  value: number | null,
  newId: () => string,
): ActualChange<ActualSpend> | null {
  if (field === 'results' && target.kind !== 'action') return null;
  if (!current) {
    if (value === null) return null;
    return {
      kind: 'upsert',
      row: {
        id: newId(),
        actionId: target.kind === 'action' ? target.id : null,
        budgetLineId: target.kind === 'budgetLine' ? target.id : null,
        month,
        amount: null,
        results: null,
        [field]: value,
      },
    };
  }
  if (current[field] === value) return null;
  const next = { ...current, [field]: value };
  return next.amount === null && next.results === null ? { kind: 'delete', id: current.id } : { kind: 'upsert', row: next };
}
