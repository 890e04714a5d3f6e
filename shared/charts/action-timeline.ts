import type { CustomSeriesRenderItem } from 'echarts';
import { ACTION_STATUSES, MIX_ELEMENTS, type Action } from '../domain';
import type { MixKey } from '../logic/budget';
import { formatPlanDateRange } from '../format/dates';
import { daysInMonth, monthOf, monthRange, type Month } from '../logic/months';
import { baseOption, categoryAxisStyle, grid, valueAxisStyle } from './base';
import { escapeHtml, fullMoney, listText, monthLabel } from './format';
import { chartPalette } from './theme';
import type { ChartContext, ChartOption } from './types';

/** Beyond this many rows a Gantt chart stops being readable (and a report page overflows). */
export const TIMELINE_MAX_ROWS = 40;

const ROW_HEIGHT = 26;
const LEGEND_SPACE = 32;
const AXIS_SPACE = 30;
const NOTE_SPACE = 22;

export type TimelineOptions = {
  /** Colour bars by the action's status (default) or by its marketing-mix element. */
  colourBy?: 'status' | 'mixElement';
  /** At most this many rows; the rest are counted under the chart. */
  maxRows?: number;
  /** Months the axis covers at least, such as the plan's period (planMonths). */
  months?: readonly Month[];
};

/** The actions a timeline shows, in order: those with a date, by start (or end) date. */
export function timelineActions(actions: readonly Action[]): Action[] {
  return actions
    .filter((a) => a.start !== null || a.end !== null)
    .map((action, index) => ({ action, index, from: (action.start ?? action.end)!, to: (action.end ?? action.start)! }))
    .sort((a, b) => (a.from !== b.from ? (a.from < b.from ? -1 : 1) : a.to !== b.to ? (a.to < b.to ? -1 : 1) : a.index - b.index))
    .map((row) => row.action);
}

/** The chart's height in pixels for `count` dated actions (rows beyond the cap add nothing). */
export function timelineHeight(count: number, maxRows = TIMELINE_MAX_ROWS): number {
  const rows = Math.max(1, Math.min(count, maxRows));
  return LEGEND_SPACE + rows * ROW_HEIGHT + AXIS_SPACE + (count > maxRows ? NOTE_SPACE : 0);
}

function day(date: string): number {
  return Number(date.slice(8, 10));
}

/**
 * A Gantt chart: one row per dated action, a bar from its first to its last day, coloured by
 * status or mix element, on an axis of months. An action with only one date is a one-day bar.
 */
export function actionTimelineChart(actions: readonly Action[], ctx: ChartContext, options: TimelineOptions = {}): ChartOption {
  const p = chartPalette(ctx.theme);
  const maxRows = options.maxRows ?? TIMELINE_MAX_ROWS;
  const dated = timelineActions(actions);
  const rows = dated.slice(0, maxRows);
  const hidden = dated.length - rows.length;

  const bounds = [
    ...rows
      .flatMap((a) => [a.start, a.end])
      .filter((d): d is string => d !== null)
      .map(monthOf),
    ...(options.months ?? []),
  ].sort();
  const months = bounds.length === 0 ? [] : monthRange(bounds[0]!, bounds[bounds.length - 1]!);
  const index = new Map(months.map((m, i) => [m, i]));
  // Position on the axis in months: the start of a day's month plus the days before it.
  const startOf = (date: string) => index.get(monthOf(date))! + (day(date) - 1) / daysInMonth(monthOf(date));
  const endOf = (date: string) => index.get(monthOf(date))! + day(date) / daysInMonth(monthOf(date));

  const colourBy = options.colourBy ?? 'status';
  const groupOf = (a: Action): string => (colourBy === 'status' ? a.status : (a.mixElement ?? 'unassigned'));
  const groups: readonly string[] = colourBy === 'status' ? ACTION_STATUSES : [...MIX_ELEMENTS, 'unassigned'];
  const colourOf = (group: string) => (colourBy === 'status' ? p.actionStatus[group as Action['status']] : p.mix[group as MixKey]);
  const nameOf = (group: string) => ctx.t(colourBy === 'status' ? `charts.actionStatus.${group}` : `charts.mix.${group}`);

  const description = timelineDescription(rows, dated.length, months, ctx);
  const base = baseOption(ctx, description);

  const renderItem: CustomSeriesRenderItem = (params, api) => {
    const row = Number(api.value(0));
    const [x0, y] = api.coord([api.value(1), row]) as [number, number];
    const [x1] = api.coord([api.value(2), row]) as [number, number];
    const height = (api.size!([0, 1]) as number[])[1]! * 0.62;
    const area = params.coordSys as unknown as { x: number; width: number };
    const left = Math.max(x0, area.x);
    const right = Math.min(Math.max(x1, x0 + 3), area.x + area.width);
    return {
      type: 'rect',
      shape: { x: left, y: y - height / 2, width: Math.max(right - left, 0), height, r: 3 },
      style: { fill: api.visual('color') as string },
    };
  };

  return {
    ...base,
    ...(hidden > 0
      ? {
          title: {
            show: true,
            text: '',
            subtext: ctx.t('charts.timelineMore', { count: hidden }),
            left: 0,
            bottom: 0,
            itemGap: 0,
            padding: 0,
            subtextStyle: { color: p.textMuted, fontFamily: p.fontFamily, fontSize: p.fontSize },
          },
        }
      : {}),
    grid: grid({ top: LEGEND_SPACE, bottom: hidden > 0 ? NOTE_SPACE : 4 }),
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0]! : params;
        const action = rows[Number((item.value as number[])[0])]!;
        const from = (action.start ?? action.end)!;
        const to = (action.end ?? action.start)!;
        const lines = [
          `<b>${escapeHtml(action.title)}</b>`,
          `${item.marker ?? ''}${escapeHtml(item.seriesName ?? '')}`,
          escapeHtml(formatPlanDateRange(from, to, ctx.locale)),
        ];
        if (action.owner) lines.push(escapeHtml(action.owner));
        if (action.cost !== null) lines.push(`${escapeHtml(ctx.t('charts.tooltipCost'))}&nbsp;&nbsp;${fullMoney(action.cost, ctx)}`);
        return lines.join('<br/>');
      },
    },
    // The value axis places the bars (in months, with days as fractions) and draws a line at
    // each month's start; a category axis over it names the months, centred in their columns,
    // and drops labels by itself when they would collide.
    xAxis: [
      {
        type: 'value',
        min: 0,
        max: Math.max(months.length, 1),
        interval: Math.max(1, Math.ceil(months.length / 24)),
        ...valueAxisStyle(p),
        axisLine: { show: true, lineStyle: { color: p.axisLine } },
        axisLabel: { show: false },
      },
      {
        type: 'category',
        position: 'bottom',
        data: months.map((m) => monthLabel(m, ctx.locale)),
        boundaryGap: true,
        ...categoryAxisStyle(p),
        axisLine: { show: false },
      },
    ],
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((a) => a.title),
      ...categoryAxisStyle(p),
      axisLabel: { ...categoryAxisStyle(p).axisLabel, width: 180, overflow: 'truncate', interval: 0 },
    },
    series: groups
      .filter((group) => rows.some((a) => groupOf(a) === group))
      .map((group) => ({
        type: 'custom' as const,
        name: nameOf(group),
        renderItem,
        itemStyle: { color: colourOf(group) },
        encode: { x: [1, 2], y: 0 },
        data: rows.flatMap((a, row) => (groupOf(a) === group ? [[row, startOf((a.start ?? a.end)!), endOf((a.end ?? a.start)!)]] : [])),
      })),
  };
}

function timelineDescription(rows: readonly Action[], count: number, months: readonly Month[], ctx: ChartContext): string {
  if (rows.length === 0 || months.length === 0) return ctx.t('charts.description.empty');
  const statuses = ACTION_STATUSES.flatMap((status) => {
    const n = rows.filter((a) => a.status === status).length;
    return n === 0 ? [] : [ctx.t(`charts.description.statusCount.${status}`, { count: n })];
  });
  const params = {
    count,
    shown: rows.length,
    first: monthLabel(months[0]!, ctx.locale),
    last: monthLabel(months[months.length - 1]!, ctx.locale),
    statuses: listText(statuses, ctx.locale),
  };
  return ctx.t(rows.length < count ? 'charts.description.timelineMore' : 'charts.description.timeline', params);
}
