import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The one place ECharts is assembled: only what the builders use, so the renderer bundle carries
 * a fraction of the full library. SVG only: it needs no canvas, renders the same markup in Node
 * (server-side rendering for the report) and in the app, and needs nothing the CSP forbids.
 */
echarts.use([
  BarChart,
  LineChart,
  CustomChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
