import type { BudgetLine, ForecastLine } from '../../../../shared/domain';
import { newId } from '../../../../shared/domain/primitives';
import { nextMonth } from '../../../../shared/logic';

/**
 * The month a new row starts in: the month after the last row's (so adding rows walks through
 * the plan), or the plan's first month; never past the plan's last month.
 */
export function monthForNewRow(rows: readonly { month: string }[], planMonths: readonly string[], step: 0 | 1): string {
  const first = planMonths[0] ?? '';
  const last = rows[rows.length - 1]?.month;
  if (!last) return first;
  const next = nextMonth(last, step);
  const end = planMonths[planMonths.length - 1];
  return end !== undefined && next > end ? last : next;
}

/** Units and prices are required numbers; a new line starts at zero until the user types. */
export const newForecastLine = (month: string): ForecastLine => ({
  id: newId(),
  productId: null,
  label: '',
  month,
  units: 0,
  unitPrice: 0,
  unitCost: 0,
});

export const newBudgetLine = (month: string): BudgetLine => ({ id: newId(), label: '', month, amount: 0, mixElement: null });
