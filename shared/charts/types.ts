import type { BarSeriesOption, CustomSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Translate } from '../i18n/translate';

/** The options every builder returns: only the series and components registered in ./echarts.ts. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | CustomSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

/** 'print' is the Word report's: white paper, fonts that exist where the PNG is rendered. */
export type ChartTheme = 'light' | 'dark' | 'print';

/** What a builder needs besides its data: the plan's currency and the reader's language and theme. */
export type ChartContext = {
  t: Translate;
  locale: string;
  currency: string;
  theme: ChartTheme;
};
