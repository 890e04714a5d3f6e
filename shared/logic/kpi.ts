import type { Kpi, Plan } from '../domain';

export type KpiStatus = 'onTrack' | 'atRisk' | 'offTrack' | 'noData';
export const KPI_STATUSES = ['onTrack', 'atRisk', 'offTrack', 'noData'] as const satisfies readonly KpiStatus[];

export type KpiPeriodResult = {
  period: string;
  target: number | null;
  actual: number | null;
  /** actual − target, sign flipped for lower-is-better KPIs so a positive variance is always good. */
  variance: number | null;
  /** variance as a percentage of |target|; null when the target is 0 or missing. */
  variancePct: number | null;
  status: KpiStatus;
};

export type KpiResult = { periods: KpiPeriodResult[]; latest: KpiPeriodResult | null; status: KpiStatus };

/** A period short of its target by at most this share of |target| is at risk; beyond, off track. */
export const AT_RISK_SHORTFALL = 0.1;

/** Drops binary noise (0.3 − 0.1 = 0.19999999999999998) so variances print and compare as typed. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

export function kpiPeriodResult(
  period: { period: string; target: number | null; actual: number | null },
  direction: Kpi['direction'],
): KpiPeriodResult {
  const { target, actual } = period;
  if (target === null || actual === null) {
    return { period: period.period, target, actual, variance: null, variancePct: null, status: 'noData' };
  }
  const variance = tidy(direction === 'lowerIsBetter' ? target - actual : actual - target);
  const variancePct = target === 0 ? null : tidy((variance / Math.abs(target)) * 100);
  let status: KpiStatus;
  if (variance >= 0) status = 'onTrack';
  else if (-variance <= tidy(AT_RISK_SHORTFALL * Math.abs(target))) status = 'atRisk';
  else status = 'offTrack';
  return { period: period.period, target, actual, variance, variancePct, status };
}

/**
 * Each period's variance and status in period order; `latest` is the last period with an actual
 * and its status is the KPI's (noData when nothing has been measured yet).
 */
export function computeKpi(kpi: Pick<Kpi, 'periods' | 'direction'>): KpiResult {
  const periods = [...kpi.periods]
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((p) => kpiPeriodResult(p, kpi.direction));
  const latest = periods.filter((p) => p.actual !== null).pop() ?? null;
  return { periods, latest, status: latest?.status ?? 'noData' };
}

/** How many of a plan's KPIs are on track, at risk, off track or without data (by their latest status). */
export function kpiStatusCounts(plan: Pick<Plan, 'collections'>): Record<KpiStatus, number> {
  const counts: Record<KpiStatus, number> = { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0 };
  for (const kpi of plan.collections.kpis) counts[computeKpi(kpi).status] += 1;
  return counts;
}
