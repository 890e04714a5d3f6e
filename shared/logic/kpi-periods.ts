import type { Kpi, KpiPeriod } from '../domain';
import { isMonth, isQuarter, planMonths, planQuarters } from './months';

/**
 * The periods a KPI is tracked over and the edits of one period's value. A KPI stores only the
 * periods that hold a target or an actual; the editor shows one row per month or quarter of the
 * plan, so these helpers bridge the two without ever storing an empty period.
 */

type PeriodKind = Kpi['periodKind'];

export function periodMatchesKind(period: string, kind: PeriodKind): boolean {
  return kind === 'quarter' ? isQuarter(period) : isMonth(period);
}

/** Every month or quarter the plan period touches, in order. */
export function planPeriods(meta: { periodStart: string; periodEnd: string }, kind: PeriodKind): string[] {
  return kind === 'quarter' ? planQuarters(meta) : planMonths(meta);
}

/**
 * The rows of a KPI's period table: the plan's months or quarters, plus any stored period of the
 * KPI's kind that lies outside the plan (a period entered before the plan dates moved), so no
 * value the KPI holds is ever hidden. Sorted.
 */
export function kpiPeriodRows(meta: { periodStart: string; periodEnd: string }, kpi: Pick<Kpi, 'periodKind' | 'periods'>): string[] {
  const rows = new Set(planPeriods(meta, kpi.periodKind));
  for (const p of kpi.periods) if (periodMatchesKind(p.period, kpi.periodKind)) rows.add(p.period);
  return [...rows].sort();
}

/**
 * The periods after setting one period's target or actual: the period is added when missing,
 * dropped when both its values end up empty, and the list stays sorted. The input is not changed.
 */
export function setKpiPeriodValue(periods: readonly KpiPeriod[], period: string, field: 'target' | 'actual', value: number | null): KpiPeriod[] {
  const existing = periods.find((p) => p.period === period) ?? { period, target: null, actual: null };
  const updated = { ...existing, [field]: value };
  const others = periods.filter((p) => p.period !== period);
  const next = updated.target === null && updated.actual === null ? others : [...others, updated];
  return next.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The stored periods that do not match the KPI's kind (left over from a change of month ↔ quarter). */
export function periodsOfOtherKind(kpi: Pick<Kpi, 'periodKind' | 'periods'>): KpiPeriod[] {
  return kpi.periods.filter((p) => !periodMatchesKind(p.period, kpi.periodKind));
}

/**
 * The KPI counted by another kind of period. Periods of the old kind that hold nothing are
 * dropped; periods that hold a value stay, so the schema refuses the change and says why
 * instead of the values disappearing (the user clears them deliberately, or switches back).
 */
export function withPeriodKind<K extends Pick<Kpi, 'periodKind' | 'periods'>>(kpi: K, kind: PeriodKind): K {
  if (kpi.periodKind === kind) return kpi;
  const periods = kpi.periods.filter((p) => periodMatchesKind(p.period, kind) || p.target !== null || p.actual !== null);
  return { ...kpi, periodKind: kind, periods };
}
