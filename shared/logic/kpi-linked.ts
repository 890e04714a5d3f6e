import type { ForecastLine, Kpi, KpiPeriod, Plan } from '../domain';
import { forecastTargets, withTargets, type ForecastMeasure } from './forecast-targets';
import { setKpiPeriodValue } from './kpi-periods';

type Forecast = {
  lines: readonly Pick<ForecastLine, 'productId' | 'month' | 'units' | 'unitPrice'>[];
  meta: { periodStart: string; periodEnd: string };
  currency: string;
};

/** Whether a KPI's targets follow the forecast rather than being its own. */
export function isLinked(kpi: Pick<Kpi, 'targetsFrom'>): boolean {
  return kpi.targetsFrom !== null && kpi.targetsFrom !== undefined;
}

/** The forecast's targets for a linked KPI, one per month or quarter of the plan. */
export function linkedTargets(kpi: Kpi, forecast: Forecast): { period: string; target: number }[] {
  if (!isLinked(kpi)) return [];
  return forecastTargets(forecast.lines, forecast.meta, kpi.periodKind, kpi.targetsFrom!, kpi.targetsProductId ?? null, forecast.currency);
}

/**
 * The KPI as every reader sees it: a linked KPI's targets are the forecast's as it is now (its
 * stored periods contribute only their actuals; a period outside the plan keeps its actual with no
 * target); any other KPI is returned as it is, the same object.
 */
export function resolvedKpi(kpi: Kpi, forecast: Forecast): Kpi {
  if (!isLinked(kpi)) return kpi;
  const actuals: KpiPeriod[] = kpi.periods.filter((p) => p.actual !== null).map((p) => ({ ...p, target: null }));
  return { ...kpi, periods: withTargets(actuals, linkedTargets(kpi, forecast)) };
}

function forecastOf(plan: Plan): Forecast {
  return { lines: plan.collections.forecastLines, meta: plan.meta, currency: plan.meta.currency };
}

/** The plan's KPIs with linked targets derived from its forecast (the same array when none is linked). */
export function resolvedKpis(plan: Plan): Kpi[] {
  const { kpis } = plan.collections;
  if (!kpis.some(isLinked)) return kpis;
  const forecast = forecastOf(plan);
  return kpis.map((k) => resolvedKpi(k, forecast));
}

/** The plan with its KPIs resolved, for the report and the spreadsheets (the same plan when none is linked). */
export function withResolvedKpis(plan: Plan): Plan {
  const kpis = resolvedKpis(plan);
  return kpis === plan.collections.kpis ? plan : { ...plan, collections: { ...plan.collections, kpis } };
}

/** The stored row of a KPI linked to the forecast: its targets cleared (they are derived), its actuals kept. */
export function linkKpi(kpi: Kpi, measure: ForecastMeasure, productId: string | null): Kpi {
  let periods = kpi.periods;
  for (const p of kpi.periods) periods = setKpiPeriodValue(periods, p.period, 'target', null);
  return { ...kpi, targetsFrom: measure, targetsProductId: productId, periods };
}

/** The stored row of a linked KPI made independent: the forecast's current targets copied in, the link dropped. */
export function unlinkKpi(kpi: Kpi, plan: Plan): Kpi {
  const targets = linkedTargets(kpi, forecastOf(plan));
  return { ...kpi, targetsFrom: null, targetsProductId: null, periods: withTargets(kpi.periods, targets) };
}
