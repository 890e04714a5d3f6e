import { toMajor } from '../format/money';
import { MIX_KEYS, type BudgetReport, type MixKey } from '../logic/budget';
import { baseOption, categoryAxisStyle, grid, valueAxisStyle } from './base';
import { echarts } from './echarts';
import { compactMoney, fullMoney, fullMoneyFromMajor, labelWidth, listText } from './format';
import { chartPalette } from './theme';
import type { ChartContext, ChartOption } from './types';

/** ECharts' gap between a bar's end and its label. */
const LABEL_DISTANCE = 5;

/** The mix elements a spend chart shows: always the 4P, "unassigned" only when something is. */
export function mixKeysShown(hasUnassigned: boolean): MixKey[] {
  return MIX_KEYS.filter((key) => key !== 'unassigned' || hasUnassigned);
}

/** Marketing spend by marketing-mix element, as horizontal bars labelled with their amounts. */
export function budgetByMixChart(report: BudgetReport, ctx: ChartContext): ChartOption {
  const p = chartPalette(ctx.theme);
  const keys = mixKeysShown(report.spendByMix.unassigned !== 0);
  const items = keys.map((key) => ctx.t('charts.item', { label: ctx.t(`charts.mix.${key}`), value: fullMoney(report.spendByMix[key], ctx) }));
  const total = keys.reduce((sum, key) => sum + report.spendByMix[key], 0);
  const description = ctx.t('charts.description.budgetByMix', { items: listText(items, ctx.locale), total: fullMoney(total, ctx) });

  const base = baseOption(ctx, description);
  // The amounts stand beside their bars: the plot ends early enough for the longest bar's to fit.
  // Measured as ECharts will draw them (the browser's font, or the export's font metrics), never
  // less than the per-character guess: the guess alone falls short for wide letters (M, W, N).
  const font = `${p.fontSize}px ${p.fontFamily}`;
  const amounts = keys.map((key) => compactMoney(toMajor(report.spendByMix[key], ctx.currency), ctx));
  const widest = Math.max(...amounts.map((text) => Math.max(echarts.format.getTextRect(text, font).width, labelWidth(text, p.fontSize))));
  const labelRoom = Math.ceil(widest) + LABEL_DISTANCE + 6;

  return {
    ...base,
    legend: { show: false },
    grid: grid({ top: 4, right: Math.max(16, labelRoom) }),
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0]! : params;
        return `${item.marker ?? ''}${item.name}&nbsp;&nbsp;<b>${fullMoneyFromMajor(Number(item.value), ctx)}</b>`;
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: keys.map((key) => ctx.t(`charts.mix.${key}`)),
      ...categoryAxisStyle(p),
    },
    xAxis: {
      type: 'value',
      ...valueAxisStyle(p),
      axisLabel: { ...valueAxisStyle(p).axisLabel, formatter: (value: number) => compactMoney(value, ctx), hideOverlap: true },
    },
    series: [
      {
        type: 'bar',
        name: ctx.t('charts.series.marketing'),
        barMaxWidth: 22,
        data: keys.map((key) => ({ value: toMajor(report.spendByMix[key], ctx.currency), itemStyle: { color: p.mix[key], borderRadius: 3 } })),
        label: {
          show: true,
          position: 'right',
          distance: LABEL_DISTANCE,
          color: p.text,
          fontFamily: p.fontFamily,
          fontSize: p.fontSize,
          formatter: (params) => compactMoney(Number(params.value), ctx),
        },
      },
    ],
  };
}
