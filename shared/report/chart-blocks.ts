import type { Kpi } from '../domain';
import { planMonths } from '../logic/months';
import { computeKpi } from '../logic/kpi';
import { actionTimelineChart, timelineActions, timelineHeight } from '../charts/action-timeline';
import { chartDescription } from '../charts/base';
import { budgetByMixChart } from '../charts/budget-by-mix';
import { listText } from '../charts/format';
import { kpiChart, kpiGridChart, kpiGridSize, KPI_GRID_MAX } from '../charts/kpi-chart';
import { monthlySpendChart } from '../charts/monthly-spend';
import { revenueForecastChart } from '../charts/revenue-forecast';
import type { ChartContext, ChartOption } from '../charts/types';
import type { BuildContext } from './context';
import type { ChartBlock, ChartId } from './types';

/** The charts a report shows, each null when it would have nothing to draw. */
export type ReportCharts = {
  budgetByMix(): ChartBlock | null;
  monthlySpend(): ChartBlock | null;
  revenueForecast(): ChartBlock | null;
  actionTimeline(): ChartBlock | null;
  kpi(kpi: Kpi): ChartBlock | null;
  /** Several KPIs as small multiples in one picture (one KPI: its own chart, as kpi()). */
  kpis(kpis: readonly Kpi[]): ChartBlock | null;
};

/**
 * The KPIs that have periods, in groups of at most KPI_GRID_MAX, as even as the count allows
 * (7 → 4 + 3, not 6 + 1), so no picture is a lone KPI drawn apart from the rest's layout.
 */
export function kpiChartGroups<T extends Pick<Kpi, 'periods'>>(kpis: readonly T[]): T[][] {
  const charted = kpis.filter((kpi) => kpi.periods.length > 0);
  const groups = Math.ceil(charted.length / KPI_GRID_MAX);
  const out: T[][] = [];
  let at = 0;
  for (let g = 0; g < groups; g++) {
    const size = Math.ceil((charted.length - at) / (groups - g));
    out.push(charted.slice(at, at + size));
    at += size;
  }
  return out;
}

const TIMELINE_PRINT_ROWS = 30;

/** Drawn at the width of a page's text at 96 dpi, so type in the PNG prints at the size it was designed at. */
export const CHART_WIDTH = 640;

function block(id: ChartId, option: ChartOption, height: number, caption: string): ChartBlock {
  return { kind: 'chart', id, option, width: CHART_WIDTH, height, caption, summary: chartDescription(option) };
}

/** The same builders the app's screens use, in the print theme and the report's language. */
export function reportCharts(ctx: BuildContext): ReportCharts {
  const { plan, t, budget } = ctx;
  const chartCtx: ChartContext = { t, locale: ctx.f.locale, currency: plan.meta.currency, theme: 'print' };
  const B = (key: string) => t(`report.budget.${key}`);
  const kpi = (k: Kpi): ChartBlock | null => {
    const result = computeKpi(k);
    if (result.periods.length === 0) return null;
    const index = plan.collections.kpis.indexOf(k) + 1;
    return block(`kpi:${index}`, kpiChart(k, result, chartCtx), 240, t('report.control.kpiChart', { metric: k.metric }));
  };
  return {
    budgetByMix: () => (budget.totals.marketing === 0 ? null : block('budgetByMix', budgetByMixChart(budget, chartCtx), 220, B('byMix'))),
    monthlySpend: () =>
      budget.months.some((m) => budget.marketing[m] !== 0) ? block('monthlySpend', monthlySpendChart(budget, chartCtx), 300, B('byMonth')) : null,
    revenueForecast: () =>
      plan.collections.forecastLines.length === 0 ? null : block('revenueForecast', revenueForecastChart(budget, chartCtx), 300, B('forecastChart')),
    actionTimeline: () => {
      const dated = timelineActions(plan.collections.actions).length;
      if (dated === 0) return null;
      // Fewer rows than on screen, so the chart fits on a page at a readable size; the table lists every action.
      const option = actionTimelineChart(plan.collections.actions, chartCtx, { months: planMonths(plan.meta), maxRows: TIMELINE_PRINT_ROWS });
      return block('actionTimeline', option, timelineHeight(dated, TIMELINE_PRINT_ROWS), t('report.actions.timeline'));
    },
    kpi,
    kpis: (kpis) => {
      const shown = kpis.filter((k) => k.periods.length > 0);
      if (shown.length <= 1) return shown[0] ? kpi(shown[0]) : null;
      const first = plan.collections.kpis.indexOf(shown[0]!) + 1;
      const last = plan.collections.kpis.indexOf(shown[shown.length - 1]!) + 1;
      const size = kpiGridSize(shown.length, CHART_WIDTH);
      const option = kpiGridChart(
        shown,
        shown.map((k) => computeKpi(k)),
        chartCtx,
        size,
      );
      const caption = t('report.control.kpiCharts', {
        metrics: listText(
          shown.map((k) => k.metric),
          ctx.f.locale,
        ),
      });
      return block(`kpi:${first}-${last}`, option, size.height, caption);
    },
  };
}
