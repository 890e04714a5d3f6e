import type { ActualSale, ActualSpend } from '../../../../shared/domain';
import { newId } from '../../../../shared/domain/primitives';
import { setActualSale, setActualSpend, type ActualChange, type SalesRow, type SpendRow, type Month } from '../../../../shared/logic';

/*
 * The actuals grids' rows as the table edits them, and what their changed cells do to the plan's
 * actuals. Pure (no store); actuals-grid-editor.ts saves them.
 */

export type SalesMeasure = 'units' | 'revenue';
export type SpendMeasure = 'amount' | 'results';

/** A cell the user changed: one figure of one month. */
export type ActualsEdit<M extends string> = { field: M; month: Month; value: number | null };

export type SalesViewRow = SalesRow & { edits: readonly ActualsEdit<SalesMeasure>[] };
export type SpendViewRow = SpendRow & { edits: readonly ActualsEdit<SpendMeasure>[] };

export function withSalesEdit(row: SalesViewRow, edit: ActualsEdit<SalesMeasure>): SalesViewRow {
  return { ...row, edits: [...row.edits, edit] };
}

export function withSpendEdit(row: SpendViewRow, edit: ActualsEdit<SpendMeasure>): SpendViewRow {
  return { ...row, edits: [...row.edits, edit] };
}

/** Applies a row's edits in order, each seeing the actual an earlier one made. */
function applyEdits<R extends { id: string; month: Month }, M extends string>(
  actual: Readonly<Record<Month, R>>,
  edits: readonly ActualsEdit<M>[],
  set: (current: R | undefined, edit: ActualsEdit<M>) => ActualChange<R> | null,
): ActualChange<R>[] {
  const working: Record<Month, R> = { ...actual };
  const out: ActualChange<R>[] = [];
  for (const edit of edits) {
    const change = set(working[edit.month], edit);
    if (!change) continue;
    if (change.kind === 'delete') delete working[edit.month];
    else working[edit.month] = change.row;
    out.push(change);
  }
  return out;
}

export function salesChanges(row: SalesViewRow): ActualChange<ActualSale>[] {
  return applyEdits(row.actual, row.edits, (current, e) => setActualSale(row.productId, e.month, current, e.field, e.value, newId));
}

export function spendChanges(row: SpendViewRow): ActualChange<ActualSpend>[] {
  return applyEdits(row.actual, row.edits, (current, e) => setActualSpend({ kind: row.kind, id: row.id }, e.month, current, e.field, e.value, newId));
}
