import { stripXmlInvalid } from '../domain/characters';
import { echarts } from './echarts';
import type { ChartOption } from './types';

export type ChartSize = { width: number; height: number };

/**
 * The chart as an SVG document, by ECharts' server-side rendering: no DOM, so it runs in plain
 * Node (the report and the command line) and gives the same drawing as the app. Animation is off
 * so the string holds the final frame.
 */
export function renderChartSvg(option: ChartOption, size: ChartSize): string {
  if (!(size.width > 0 && size.height > 0)) throw new RangeError(`A chart needs a positive size, not ${size.width}×${size.height}.`);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    // ECharts escapes markup but not characters XML cannot carry; resvg then refuses the whole SVG.
    return stripXmlInvalid(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
