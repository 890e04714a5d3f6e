import type { Kpi } from '../domain';
import { KPI_STATUSES, type KpiResult } from '../logic/kpi';
import { baseOption, categoryAxisStyle, grid, valueAxisStyle } from './base';
import { axisNumberFormat, escapeHtml, listText, numberText, periodLabel } from './format';
import { chartPalette } from './theme';
import type { ChartContext, ChartOption } from './types';

/** The largest target or actual, which chooses the unit of the value axis. */
function largestValue(result: KpiResult): number {
  return Math.max(0, ...result.periods.flatMap((period) => [Math.abs(period.target ?? 0), Math.abs(period.actual ?? 0)]));
}

/** A KPI's chart in words: each period's target, actual and status. */
function kpiDescription(kpi: Pick<Kpi, 'metric' | 'unit'>, result: KpiResult, ctx: ChartContext): string {
  if (result.periods.length === 0) return ctx.t('charts.description.empty');
  const value = (n: number | null) => (n === null ? ctx.t('charts.none') : numberText(n, ctx.locale) + (kpi.unit ? ` ${kpi.unit}` : ''));
  const items = result.periods.map((period) =>
    ctx.t('charts.description.kpiPeriod', {
      period: periodLabel(period.period, ctx),
      target: value(period.target),
      actual: value(period.actual),
      status: ctx.t(`charts.kpiStatus.${period.status}`),
    }),
  );
  return ctx.t('charts.description.kpi', { metric: kpi.metric, items: listText(items, ctx.locale) });
}

/**
 * One KPI over its periods: the target as a line, the actual as bars coloured by the period's
 * status. Each status is its own bar series on one stack, so the legend names the colours.
 */
export function kpiChart(
  kpi: Pick<Kpi, 'metric' | 'unit'>,
  result: KpiResult,
  ctx: ChartContext,
  // Plan versus actual draws the plan's figure where a KPI draws its target.
  options: { targetName?: string } = {},
): ChartOption {
  const p = chartPalette(ctx.theme);
  const periods = result.periods;
  const labels = periods.map((period) => periodLabel(period.period, ctx));
  const value = (n: number | null) => (n === null ? ctx.t('charts.none') : numberText(n, ctx.locale) + (kpi.unit ? ` ${kpi.unit}` : ''));
  const statusName = (status: string) => ctx.t(`charts.kpiStatus.${status}`);
  const base = baseOption(ctx, kpiDescription(kpi, result, ctx));
  const targetName = options.targetName ?? ctx.t('charts.series.target');
  const largest = largestValue(result);

  return {
    ...base,
    grid: grid({ top: 32 }),
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const i = list[0]?.dataIndex ?? 0;
        const period = periods[i]!;
        const lines = [
          `<b>${escapeHtml(labels[i]!)}</b>`,
          `${escapeHtml(targetName)}&nbsp;&nbsp;${escapeHtml(value(period.target))}`,
          `${escapeHtml(ctx.t('charts.series.actual'))}&nbsp;&nbsp;${escapeHtml(value(period.actual))}`,
          `${escapeHtml(statusName(period.status))}${period.variancePct === null ? '' : `&nbsp;&nbsp;${period.variancePct > 0 ? '+' : ''}${numberText(period.variancePct, ctx.locale)}%`}`,
        ];
        return lines.join('<br/>');
      },
    },
    xAxis: { type: 'category', data: labels, ...categoryAxisStyle(p) },
    yAxis: {
      type: 'value',
      ...valueAxisStyle(p),
      name: kpi.unit || undefined,
      nameLocation: 'end',
      nameGap: 8,
      nameTextStyle: { ...valueAxisStyle(p).nameTextStyle, align: 'left' },
      axisLabel: { ...valueAxisStyle(p).axisLabel, formatter: axisNumberFormat(largest, ctx.locale) },
    },
    series: [
      ...KPI_STATUSES.filter((status) => periods.some((period) => period.status === status && period.actual !== null)).map((status) => ({
        type: 'bar' as const,
        name: statusName(status),
        stack: 'actual',
        barMaxWidth: 28,
        itemStyle: { color: p.kpiStatus[status], borderRadius: 2 },
        data: periods.map((period) => (period.status === status ? period.actual : null)),
      })),
      {
        type: 'line' as const,
        name: targetName,
        symbol: 'circle',
        symbolSize: 6,
        connectNulls: false,
        lineStyle: { color: p.target, width: 2, type: 'dashed' as const },
        itemStyle: { color: p.target },
        data: periods.map((period) => period.target),
        z: 3,
      },
    ],
  };
}

/** How many KPIs one small-multiples chart holds at most: three rows of two fit a page with its caption. */
export const KPI_GRID_MAX = 6;
const GRID_COLUMNS = 2;
const GRID_GAP_X = 28;
const GRID_LEGEND = 30;
const GRID_TITLE = 20;
const GRID_PLOT = 142;
const GRID_ROW_GAP = 18;
const GRID_FONT = 11;

/** The size a small-multiples chart of `count` KPIs is drawn at, `width` wide. */
export function kpiGridSize(count: number, width = 640): { width: number; height: number } {
  const rows = Math.max(1, Math.ceil(count / Math.min(GRID_COLUMNS, Math.max(1, count))));
  return { width, height: GRID_LEGEND + rows * (GRID_TITLE + GRID_PLOT) + (rows - 1) * GRID_ROW_GAP };
}

/**
 * Several KPIs as small multiples, two to a row: each KPI its own plot under its name, with the
 * same encoding as kpiChart (target as a dashed line, actuals as bars in the status's colour) and
 * one legend for all. The report prints KPIs this way so a dashboard of many KPIs stays a few
 * pictures instead of one per KPI; `size` must be what kpiGridSize gives for the same count.
 */
export function kpiGridChart(
  kpis: readonly Pick<Kpi, 'metric' | 'unit'>[],
  results: readonly KpiResult[],
  ctx: ChartContext,
  size: { width: number; height: number } = kpiGridSize(kpis.length),
): ChartOption {
  if (kpis.length !== results.length) throw new RangeError(`kpiGridChart needs one result per KPI, not ${results.length} for ${kpis.length}.`);
  const p = chartPalette(ctx.theme);
  const columns = Math.min(GRID_COLUMNS, Math.max(1, kpis.length));
  const cellWidth = (size.width - GRID_GAP_X * (columns - 1)) / columns;
  const statusName = (status: string) => ctx.t(`charts.kpiStatus.${status}`);
  const targetName = ctx.t('charts.series.target');
  const base = baseOption(ctx, kpis.map((kpi, i) => kpiDescription(kpi, results[i]!, ctx)).join(' '));
  const small = { fontSize: GRID_FONT };
  const shown = KPI_STATUSES.filter((status) => results.some((r) => r.periods.some((period) => period.status === status && period.actual !== null)));

  const cells = kpis.map((kpi, i) => {
    const left = (i % columns) * (cellWidth + GRID_GAP_X);
    const top = GRID_LEGEND + Math.floor(i / columns) * (GRID_TITLE + GRID_PLOT + GRID_ROW_GAP);
    return { kpi, result: results[i]!, left, top };
  });
  const unitTitle = (kpi: Pick<Kpi, 'metric' | 'unit'>) =>
    kpi.unit.trim() ? ctx.t('charts.metricWithUnit', { metric: kpi.metric, unit: kpi.unit.trim() }) : kpi.metric;

  return {
    ...base,
    tooltip: { show: false },
    legend: { ...base.legend, data: [...shown.map(statusName), targetName] },
    title: cells.map(({ kpi, left, top }) => ({
      show: true,
      text: unitTitle(kpi),
      left,
      top,
      padding: 0,
      textStyle: {
        color: p.text,
        fontFamily: p.fontFamily,
        fontSize: 12,
        fontWeight: 'normal' as const,
        width: cellWidth,
        overflow: 'truncate' as const,
      },
    })),
    grid: cells.map(({ left, top }) => ({
      ...grid({ top: top + GRID_TITLE, left, right: 0, bottom: 0 }),
      width: cellWidth,
      height: GRID_PLOT,
      right: undefined,
      bottom: undefined,
    })),
    xAxis: cells.map(({ result }, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: result.periods.map((period) => periodLabel(period.period, ctx)),
      ...categoryAxisStyle(p),
      axisLabel: { ...categoryAxisStyle(p).axisLabel, ...small, hideOverlap: true },
    })),
    yAxis: cells.map(({ result }, i) => ({
      type: 'value' as const,
      gridIndex: i,
      splitNumber: 3,
      ...valueAxisStyle(p),
      axisLabel: { ...valueAxisStyle(p).axisLabel, ...small, formatter: axisNumberFormat(largestValue(result), ctx.locale) },
    })),
    series: cells.flatMap(({ result }, i) => [
      ...KPI_STATUSES.filter((status) => result.periods.some((period) => period.status === status && period.actual !== null)).map((status) => ({
        type: 'bar' as const,
        name: statusName(status),
        xAxisIndex: i,
        yAxisIndex: i,
        stack: `actual-${i}`,
        barMaxWidth: 16,
        itemStyle: { color: p.kpiStatus[status], borderRadius: 1.5 },
        data: result.periods.map((period) => (period.status === status ? period.actual : null)),
      })),
      {
        type: 'line' as const,
        name: targetName,
        xAxisIndex: i,
        yAxisIndex: i,
        symbol: 'circle',
        symbolSize: 4,
        connectNulls: false,
        lineStyle: { color: p.target, width: 1.5, type: 'dashed' as const },
        itemStyle: { color: p.target },
        data: result.periods.map((period) => period.target),
        z: 3,
      },
    ]),
  };
}
