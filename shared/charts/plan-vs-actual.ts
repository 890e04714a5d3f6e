import { toMajor } from '../format/money';
import type { PlanVsActualMonth } from '../logic/actuals';
import { kpiPeriodResult, type KpiResult } from '../logic/kpi';
import { kpiChart } from './kpi-chart';
import type { ChartContext, ChartOption } from './types';

/**
 * Sales or spend, plan against actual by month: the KPI chart's picture (the plan as the line, the
 * actual as bars coloured by how far it is from the plan), in major units of the plan's currency.
 * Spend is better below the plan, so its bars are read that way round.
 */
export function planVsActualChart(
  months: readonly PlanVsActualMonth[],
  measure: 'revenue' | 'spend',
  label: string,
  currency: string,
  ctx: ChartContext,
): ChartOption {
  const direction = measure === 'spend' ? 'lowerIsBetter' : 'higherIsBetter';
  const periods = months.map((m) =>
    kpiPeriodResult(
      {
        period: m.month,
        target: toMajor(m[measure].plan, currency),
        actual: m[measure].actual === null ? null : toMajor(m[measure].actual!, currency),
      },
      direction,
    ),
  );
  const result: KpiResult = { periods, latest: periods.filter((p) => p.actual !== null).pop() ?? null, status: 'noData' };
  return kpiChart({ metric: label, unit: currency }, result, ctx, { targetName: ctx.t('charts.series.plan') });
}
