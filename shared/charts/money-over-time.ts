import { toMajor } from '../format/money';
import type { BudgetReport } from '../logic/budget';
import { moneyOverTime } from '../logic/money-over-time';
import { baseOption, categoryAxisStyle, grid, valueAxisStyle } from './base';
import { compactMoney, escapeHtml, fullMoney, monthLabel } from './format';
import { chartPalette } from './theme';
import type { ChartContext, ChartOption } from './types';

/**
 * Money over time: cumulative revenue, cost of sales, marketing spend and contribution as lines,
 * the fixed costs as a level the contribution must reach, and the break-even month marked.
 */
export function moneyOverTimeChart(report: BudgetReport, ctx: ChartContext): ChartOption {
  const p = chartPalette(ctx.theme);
  const money = moneyOverTime(report);
  const labels = money.months.map((m) => monthLabel(m.month, ctx.locale));
  const names = {
    revenue: ctx.t('charts.series.revenue'),
    cogs: ctx.t('charts.series.cogs'),
    marketing: ctx.t('charts.series.marketing'),
    contribution: ctx.t('charts.series.contribution'),
    fixedCosts: ctx.t('charts.series.fixedCosts'),
  };
  const breakEven = money.breakEvenMonth ? monthLabel(money.breakEvenMonth, ctx.locale) : null;
  const last = money.months[money.months.length - 1];
  const description = !last
    ? ctx.t('charts.description.empty')
    : ctx.t('charts.description.moneyOverTime', {
        first: labels[0]!,
        last: labels[labels.length - 1]!,
        revenue: fullMoney(last.cumulative.revenue, ctx),
        contribution: fullMoney(last.cumulative.contribution, ctx),
        breakEven: breakEven ?? ctx.t('charts.notWithinPeriod'),
      });
  const base = baseOption(ctx, description);
  const line = (key: 'revenue' | 'cogs' | 'marketing' | 'contribution', color: string, dashed = false) => ({
    type: 'line' as const,
    name: names[key],
    symbol: 'circle',
    symbolSize: 5,
    lineStyle: { color, width: 2, type: dashed ? ('dashed' as const) : ('solid' as const) },
    itemStyle: { color },
    data: money.months.map((m) => toMajor(m.cumulative[key], ctx.currency)),
  });
  const contribution = line('contribution', p.contribution);
  return {
    ...base,
    grid: grid({ top: 40 }),
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const i = list[0]?.dataIndex ?? 0;
        const m = money.months[i]!;
        const row = (name: string, minor: number) => `${escapeHtml(name)}&nbsp;&nbsp;${fullMoney(minor, ctx)}`;
        return [
          `<b>${escapeHtml(labels[i]!)}</b>`,
          row(names.revenue, m.cumulative.revenue),
          row(names.cogs, m.cumulative.cogs),
          row(names.marketing, m.cumulative.marketing),
          row(names.contribution, m.cumulative.contribution),
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
      line('revenue', p.grossMargin),
      line('cogs', p.cogs),
      line('marketing', p.mix.promotion),
      {
        ...contribution,
        z: 3,
        markLine: {
          symbol: 'none',
          silent: true,
          label: { color: p.textSecondary, formatter: '{b}' },
          lineStyle: { color: p.target, type: 'dashed', width: 1 },
          data: [
            ...(money.fixedCosts > 0
              ? [{ name: names.fixedCosts, yAxis: toMajor(money.fixedCosts, ctx.currency), label: { position: 'insideStartTop' as const } }]
              : []),
            ...(breakEven ? [{ name: ctx.t('charts.breakEven'), xAxis: breakEven }] : []),
          ],
        },
      },
    ],
  };
}
