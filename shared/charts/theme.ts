import type { ActionStatus } from '../domain';
import type { KpiStatus, MixKey } from '../logic';
import type { ChartTheme } from './types';

/**
 * The charts' colours and type. ECharts draws into SVG attributes, where CSS variables do not
 * resolve (and Node has no CSS at all), so the values of renderer/src/styles/tokens.css are
 * repeated here: neutrals, accent and the success/warning/danger status colours are the tokens'
 * own; the four mix elements add three hues of the same lightness beside the accent so the
 * 4P read apart in both themes. Keep the two files in step.
 */
export type ChartPalette = {
  background: string;
  text: string;
  textSecondary: string;
  textMuted: string;
  axisLine: string;
  splitLine: string;
  tooltipBackground: string;
  tooltipBorder: string;
  fontFamily: string;
  fontSize: number;
  mix: Record<MixKey, string>;
  actionStatus: Record<ActionStatus, string>;
  kpiStatus: Record<KpiStatus, string>;
  cogs: string;
  grossMargin: string;
  contribution: string;
  target: string;
};

/** tokens.css --font-sans, which the app's own text uses. */
const APP_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** The report's PNGs are drawn by resvg from the fonts found on the exporting machine (chart-png.ts). */
export const PRINT_FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

const LIGHT: ChartPalette = {
  background: 'transparent',
  text: '#1b1b1f',
  textSecondary: '#55555e',
  textMuted: '#8a8a94',
  axisLine: '#cfcfd6',
  splitLine: '#e3e3e8',
  tooltipBackground: '#ffffff',
  tooltipBorder: '#e3e3e8',
  fontFamily: APP_FONT,
  fontSize: 12,
  mix: { product: '#5b5bd6', price: '#1b8f8a', place: '#c7851f', promotion: '#cc4b7e', unassigned: '#a3a3ad' },
  actionStatus: { planned: '#a9a9ee', inProgress: '#5b5bd6', done: '#1f8a4c', cancelled: '#c4c4cc' },
  kpiStatus: { onTrack: '#1f8a4c', atRisk: '#a15c07', offTrack: '#c93434', noData: '#a3a3ad' },
  cogs: '#c4c4d0',
  grossMargin: '#5b5bd6',
  contribution: '#c7851f',
  target: '#55555e',
};

const DARK: ChartPalette = {
  background: 'transparent',
  text: '#ececf0',
  textSecondary: '#b0b0ba',
  textMuted: '#7d7d88',
  axisLine: '#3a3a43',
  splitLine: '#2a2a31',
  tooltipBackground: '#202025',
  tooltipBorder: '#3a3a43',
  fontFamily: APP_FONT,
  fontSize: 12,
  mix: { product: '#7272ea', price: '#2fb3ad', place: '#e0a14a', promotion: '#e76e9d', unassigned: '#6b6b76' },
  actionStatus: { planned: '#4a4a9a', inProgress: '#7272ea', done: '#46c07a', cancelled: '#4a4a53' },
  kpiStatus: { onTrack: '#46c07a', atRisk: '#e0a14a', offTrack: '#f06a6a', noData: '#6b6b76' },
  cogs: '#4a4a58',
  grossMargin: '#7272ea',
  contribution: '#e0a14a',
  target: '#b0b0ba',
};

/** Light colours on white paper, with darker greys so thin lines survive printing. */
const PRINT: ChartPalette = {
  ...LIGHT,
  background: '#ffffff',
  text: '#1b1b1f',
  textSecondary: '#45454d',
  textMuted: '#6e6e78',
  axisLine: '#9a9aa5',
  splitLine: '#dcdce2',
  fontFamily: PRINT_FONT,
};

const PALETTES: Record<ChartTheme, ChartPalette> = { light: LIGHT, dark: DARK, print: PRINT };

export function chartPalette(theme: ChartTheme): ChartPalette {
  return PALETTES[theme];
}
