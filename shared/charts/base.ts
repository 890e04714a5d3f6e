import { chartPalette, type ChartPalette } from './theme';
import type { ChartContext, ChartOption } from './types';

/**
 * What every chart shares: type and colours of the theme, no title (the app and the report put
 * the title outside the chart, where it is real text), and the text alternative in `aria`.
 */
export function baseOption(ctx: ChartContext, description: string): ChartOption {
  const p = chartPalette(ctx.theme);
  return {
    backgroundColor: p.background,
    animationDuration: 300,
    animationDurationUpdate: 300,
    textStyle: { fontFamily: p.fontFamily, fontSize: p.fontSize, color: p.textSecondary },
    title: { show: false },
    aria: { enabled: true, label: { enabled: true, description } },
    tooltip: {
      confine: true,
      backgroundColor: p.tooltipBackground,
      borderColor: p.tooltipBorder,
      borderWidth: 1,
      padding: [6, 10],
      textStyle: { color: p.text, fontFamily: p.fontFamily, fontSize: p.fontSize },
      extraCssText: 'box-shadow: 0 4px 12px rgba(16, 16, 24, 0.12); border-radius: 7px;',
    },
    legend: {
      top: 0,
      left: 0,
      icon: 'roundRect',
      itemWidth: 10,
      itemHeight: 10,
      itemGap: 14,
      textStyle: { color: p.textSecondary, fontFamily: p.fontFamily, fontSize: p.fontSize },
    },
  };
}

/** The plotting area: fixed margins, with axis labels kept inside them (ECharts 6 outer bounds). */
export function grid(margins: { top: number; right?: number; bottom?: number; left?: number }) {
  return {
    top: margins.top,
    right: margins.right ?? 12,
    bottom: margins.bottom ?? 4,
    left: margins.left ?? 4,
    outerBoundsMode: 'same' as const,
    outerBoundsContain: 'all' as const,
  };
}

export function categoryAxisStyle(p: ChartPalette) {
  return {
    axisLine: { lineStyle: { color: p.axisLine } },
    axisTick: { show: false },
    axisLabel: { color: p.textSecondary, fontFamily: p.fontFamily, fontSize: p.fontSize },
  };
}

export function valueAxisStyle(p: ChartPalette) {
  return {
    axisLine: { show: false },
    axisTick: { show: false },
    splitLine: { lineStyle: { color: p.splitLine } },
    axisLabel: { color: p.textSecondary, fontFamily: p.fontFamily, fontSize: p.fontSize },
    nameTextStyle: { color: p.textMuted, fontFamily: p.fontFamily, fontSize: p.fontSize },
  };
}

/** The text alternative of a finished option, for the report's image alt text. */
export function chartDescription(option: ChartOption): string {
  const aria = option.aria as { label?: { description?: string } } | undefined;
  return aria?.label?.description ?? '';
}
