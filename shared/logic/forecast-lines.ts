import type { ForecastLine } from '../domain';
import { multiplyMinor } from './budget';
import { nextMonth, type Month } from './months';

/**
 * Per-line figures of the revenue forecast and the "fill every month" helper. Amounts are
 * integer minor units, rounded once per line exactly as `computeBudget` rounds them.
 */

/** A line's revenue (units × unit price); null when it is too large to hold exactly. */
export function forecastLineRevenue(line: Pick<ForecastLine, 'units' | 'unitPrice'>): number | null {
  if (!Number.isFinite(line.units) || !Number.isSafeInteger(line.unitPrice)) return null;
  const value = multiplyMinor(line.units, line.unitPrice);
  return value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(value);
}

export type ForecastFill = {
  productId: string | null;
  label: string;
  units: number;
  unitPrice: number;
  unitCost: number;
};

/** Whether a line forecasts the same thing as the fill: the same product, or with no product the same label. */
function sameItem(line: Pick<ForecastLine, 'productId' | 'label'>, fill: Pick<ForecastFill, 'productId' | 'label'>): boolean {
  if (fill.productId !== null) return line.productId === fill.productId;
  return line.productId === null && line.label.trim().toLocaleLowerCase() === fill.label.trim().toLocaleLowerCase();
}

/**
 * One line per month for a product (or a free label), for the months that do not forecast it
 * yet; the months that already do are returned as `skipped` and left as they are, so filling
 * twice never doubles a forecast. Lines come without ids: the caller gives each a fresh one.
 */
export function fillForecastMonths(
  months: readonly Month[],
  existing: readonly Pick<ForecastLine, 'productId' | 'label' | 'month'>[],
  fill: ForecastFill,
): { lines: Omit<ForecastLine, 'id'>[]; skipped: Month[] } {
  const taken = new Set(existing.filter((line) => sameItem(line, fill)).map((line) => line.month));
  const lines: Omit<ForecastLine, 'id'>[] = [];
  const skipped: Month[] = [];
  for (const month of months) {
    if (taken.has(month)) {
      skipped.push(month);
      continue;
    }
    taken.add(month);
    lines.push({ productId: fill.productId, label: fill.label.trim(), month, units: fill.units, unitPrice: fill.unitPrice, unitCost: fill.unitCost });
  }
  return { lines, skipped };
}

/**
 * The month a new budget row starts in: `step` months after the last row's (1 walks a forecast
 * through the plan, 0 repeats the month), or the plan's first month when there are no rows;
 * never past the plan's last month.
 */
export function monthForNewRow(rows: readonly { month: Month }[], planMonths: readonly Month[], step: 0 | 1): Month {
  const first = planMonths[0] ?? '';
  const last = rows[rows.length - 1]?.month;
  if (!last) return first;
  const next = nextMonth(last, step);
  const end = planMonths[planMonths.length - 1];
  return end !== undefined && next > end ? last : next;
}
