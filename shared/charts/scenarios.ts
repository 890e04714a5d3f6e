import { toMajor } from '../format/money';
import type { ScenarioOutcome } from '../logic/scenarios/outcomes';
import { baseOption, categoryAxisStyle, grid, valueAxisStyle } from './base';
import { compactMoney, escapeHtml, fullMoney, listText } from './format';
import { chartPalette } from './theme';
import type { ChartContext, ChartOption } from './types';

/**
 * The base case and each scenario side by side: revenue, contribution and profit as grouped bars,
 * one group per case, so the spread between pessimistic and optimistic reads at a glance.
 */
export function scenarioComparisonChart(outcomes: readonly ScenarioOutcome[], ctx: ChartContext): ChartOption {
  const p = chartPalette(ctx.theme);
  const names = outcomes.map((o) => o.name);
  const series = [
    { key: 'revenue', name: ctx.t('charts.series.revenue'), color: p.grossMargin, of: (o: ScenarioOutcome) => o.report.totals.revenue },
    {
      key: 'contribution',
      name: ctx.t('charts.series.contribution'),
      color: p.contribution,
      of: (o: ScenarioOutcome) => o.report.totals.contribution,
    },
    { key: 'profit', name: ctx.t('charts.series.profit'), color: p.mix.price, of: (o: ScenarioOutcome) => o.report.totals.profit },
  ] as const;
  const items = outcomes.map((o) =>
    ctx.t('charts.description.scenarioItem', {
      name: o.name,
      revenue: fullMoney(o.report.totals.revenue, ctx),
      profit: fullMoney(o.report.totals.profit, ctx),
    }),
  );
  const description =
    outcomes.length === 0 ? ctx.t('charts.description.empty') : ctx.t('charts.description.scenarios', { items: listText(items, ctx.locale) });
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
        const outcome = outcomes[i]!;
        return [
          `<b>${escapeHtml(outcome.name)}</b>`,
          ...series.map((s, k) => `${String(list[k]?.marker ?? '')}${escapeHtml(s.name)}&nbsp;&nbsp;${fullMoney(s.of(outcome), ctx)}`),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: names,
      ...categoryAxisStyle(p),
      axisLabel: { ...categoryAxisStyle(p).axisLabel, interval: 0, width: 140, overflow: 'break' },
    },
    yAxis: {
      type: 'value',
      ...valueAxisStyle(p),
      axisLabel: { ...valueAxisStyle(p).axisLabel, formatter: (value: number) => compactMoney(value, ctx) },
    },
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      barMaxWidth: 28,
      itemStyle: { color: s.color },
      data: outcomes.map((o) => toMajor(s.of(o), ctx.currency)),
    })),
  };
}
