import { toMajor } from '../format/money';
import type { BudgetReport } from '../logic/budget';
import { baseOption, categoryAxisStyle, grid, valueAxisStyle } from './base';
import { compactMoney, escapeHtml, fullMoney, monthLabel } from './format';
import { chartPalette } from './theme';
import type { ChartContext, ChartOption } from './types';

/**
 * Revenue per month as one bar split into cost of goods sold and gross margin (the two add up to
 * revenue), with contribution (gross margin − marketing) as a line across it.
 */
export function revenueForecastChart(report: BudgetReport, ctx: ChartContext): ChartOption {
  const p = chartPalette(ctx.theme);
  const months = report.months;
  const labels = months.map((m) => monthLabel(m, ctx.locale));
  const at = (record: Record<string, number>, month: string) => record[month] ?? 0;
  const major = (record: Record<string, number>) => months.map((m) => toMajor(at(record, m), ctx.currency));
  const names = {
    revenue: ctx.t('charts.series.revenue'),
    cogs: ctx.t('charts.series.cogs'),
    grossMargin: ctx.t('charts.series.grossMargin'),
    contribution: ctx.t('charts.series.contribution'),
  };
  const description =
    months.length === 0
      ? ctx.t('charts.description.empty')
      : ctx.t('charts.description.revenueForecast', {
          first: labels[0]!,
          last: labels[labels.length - 1]!,
          revenue: fullMoney(report.totals.revenue, ctx),
          grossMargin: fullMoney(report.totals.grossMargin, ctx),
          contribution: fullMoney(report.totals.contribution, ctx),
        });
  const base = baseOption(ctx, description);

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
        const month = months[i]!;
        const line = (name: string, minor: number, marker = '') => `${marker}${escapeHtml(name)}&nbsp;&nbsp;${fullMoney(minor, ctx)}`;
        const marker = (seriesIndex: number) => list.find((item) => item.seriesIndex === seriesIndex)?.marker ?? '';
        return [
          `<b>${escapeHtml(labels[i]!)}</b>`,
          line(names.revenue, at(report.revenue, month)),
          line(names.cogs, at(report.cogs, month), String(marker(0))),
          line(names.grossMargin, at(report.grossMargin, month), String(marker(1))),
          line(names.contribution, at(report.contribution, month), String(marker(2))),
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: labels, ...categoryAxisStyle(p) },
    yAxis: {
      type: 'value',
      ...valueAxisStyle(p),
      axisLabel: { ...valueAxisStyle(p).axisLabel, formatter: (value: number) => compactMoney(value, ctx) },
    },
    series: [
      { type: 'bar', name: names.cogs, stack: 'revenue', barMaxWidth: 32, itemStyle: { color: p.cogs }, data: major(report.cogs) },
      {
        type: 'bar',
        name: names.grossMargin,
        stack: 'revenue',
        barMaxWidth: 32,
        itemStyle: { color: p.grossMargin },
        data: major(report.grossMargin),
      },
      {
        type: 'line',
        name: names.contribution,
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { color: p.contribution, width: 2 },
        itemStyle: { color: p.contribution },
        data: major(report.contribution),
        z: 3,
      },
    ],
  };
}
