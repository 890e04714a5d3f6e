import type { FORECAST_MEASURES, ForecastLine, Kpi, KpiPeriod } from '../domain';
import { minorDigits } from '../format/money';
import { multiplyMinor } from './budget';
import { planPeriods, setKpiPeriodValue } from './kpi-periods';
import { quarterOf } from './months';

/** What a KPI can take from the forecast: its units, or its revenue in the plan's currency (major units, as KPIs hold money). */
export type ForecastMeasure = (typeof FORECAST_MEASURES)[number];

/**
 * A KPI's targets from the revenue forecast, one per month or quarter of the plan: the units or
 * the revenue of every forecast line (or of one product's) in that period. Revenue is summed in
 * minor units (each line rounded once, as the budget does) and only then written in major units,
 * so 1,234.5 yuan stays 1234.5. A period without any line gets 0: the forecast says nothing sells.
 */
export function forecastTargets(
  lines: readonly Pick<ForecastLine, 'productId' | 'month' | 'units' | 'unitPrice'>[],
  meta: { periodStart: string; periodEnd: string },
  periodKind: Kpi['periodKind'],
  measure: ForecastMeasure,
  productId: string | null,
  currency: string,
): { period: string; target: number }[] {
  const periods = planPeriods(meta, periodKind);
  const units = new Map<string, number>();
  const revenue = new Map<string, bigint>();
  for (const line of lines) {
    if (productId !== null && line.productId !== productId) continue;
    const period = periodKind === 'quarter' ? quarterOf(line.month) : line.month;
    units.set(period, (units.get(period) ?? 0) + line.units);
    revenue.set(period, (revenue.get(period) ?? 0n) + multiplyMinor(line.units, line.unitPrice));
  }
  const digits = minorDigits(currency);
  return periods.map((period) => ({
    period,
    target: measure === 'units' ? Number((units.get(period) ?? 0).toPrecision(12)) : Number(revenue.get(period) ?? 0n) / 10 ** digits,
  }));
}

/** The KPI's periods with these targets written in (its actuals kept). */
export function withTargets(periods: readonly KpiPeriod[], targets: readonly { period: string; target: number }[]): KpiPeriod[] {
  let out = [...periods];
  for (const { period, target } of targets) out = setKpiPeriodValue(out, period, 'target', target);
  return out;
}
