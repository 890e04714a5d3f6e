import { toMajor } from '../format/money';
import type { BudgetReport } from '../logic/budget';
import { baseOption, categoryAxisStyle, grid, valueAxisStyle } from './base';
import { mixKeysShown } from './budget-by-mix';
import { compactMoney, escapeHtml, fullMoney, fullMoneyFromMajor, monthLabel } from './format';
import { chartPalette } from './theme';
import type { ChartContext, ChartOption } from './types';

/** Marketing spend per month of the budget, each month's bar stacked by marketing-mix element. */
export function monthlySpendChart(report: BudgetReport, ctx: ChartContext): ChartOption {
  const p = chartPalette(ctx.theme);
  const months = report.months;
  const spendIn = (month: string) => report.spendByMonthAndMix[month];
  const keys = mixKeysShown(months.some((m) => (spendIn(m)?.unassigned ?? 0) !== 0));
  const monthTotal = (month: string) => keys.reduce((sum, key) => sum + (spendIn(month)?.[key] ?? 0), 0);
  const labels = months.map((m) => monthLabel(m, ctx.locale));
  const description = spendDescription(report, ctx, monthTotal);
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
        const rows = list
          .filter((item) => Number(item.value) !== 0)
          .map((item) => `${item.marker ?? ''}${escapeHtml(item.seriesName ?? '')}&nbsp;&nbsp;${fullMoneyFromMajor(Number(item.value), ctx)}`);
        return [`<b>${escapeHtml(labels[i]!)}&nbsp;&nbsp;${fullMoney(monthTotal(months[i]!), ctx)}</b>`, ...rows].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: labels, ...categoryAxisStyle(p) },
    yAxis: {
      type: 'value',
      ...valueAxisStyle(p),
      axisLabel: { ...valueAxisStyle(p).axisLabel, formatter: (value: number) => compactMoney(value, ctx) },
    },
    series: keys.map((key) => ({
      type: 'bar' as const,
      name: ctx.t(`charts.mix.${key}`),
      stack: 'spend',
      barMaxWidth: 32,
      itemStyle: { color: p.mix[key] },
      data: months.map((m) => toMajor(spendIn(m)?.[key] ?? 0, ctx.currency)),
    })),
  };
}

function spendDescription(report: BudgetReport, ctx: ChartContext, monthTotal: (month: string) => number): string {
  const months = report.months;
  if (months.length === 0) return ctx.t('charts.description.empty');
  let peakMonth = months[0]!;
  for (const m of months) if (monthTotal(m) > monthTotal(peakMonth)) peakMonth = m;
  return ctx.t('charts.description.monthlySpend', {
    first: monthLabel(months[0]!, ctx.locale),
    last: monthLabel(months[months.length - 1]!, ctx.locale),
    total: fullMoney(
      months.reduce((sum, m) => sum + monthTotal(m), 0),
      ctx,
    ),
    peakMonth: monthLabel(peakMonth, ctx.locale),
    peak: fullMoney(monthTotal(peakMonth), ctx),
  });
}
