import { describe, expect, it } from 'vitest';
import { chartDescription, chartPalette, kpiChart, kpiGridChart } from '../../../../shared/charts';
import { computeKpi } from '../../../../shared/logic/kpi';
import { chartContext, kpi } from './chart-fixtures';

type Series = { type: string; name: string; data: (number | null)[]; itemStyle: { color: string } };
const seriesOf = (option: { series?: unknown }) => option.series as Series[];

describe('kpiChart', () => {
  const monthly = kpi([
    { period: '2027-03', target: 50, actual: 38 },
    { period: '2027-01', target: 40, actual: 44 },
    { period: '2027-02', target: 45, actual: 42 },
    { period: '2027-04', target: 55, actual: null },
  ]);

  it('draws the targets as a line and each actual as a bar in its status’s colour, periods in order', () => {
    const option = kpiChart(monthly, computeKpi(monthly), chartContext('en'));
    expect((option.xAxis as { data: string[] }).data).toEqual(['Jan 27', 'Feb 27', 'Mar 27', 'Apr 27']);
    const series = seriesOf(option);
    const target = series.find((s) => s.type === 'line')!;
    expect(target.data).toEqual([40, 45, 50, 55]);
    const bars = series.filter((s) => s.type === 'bar');
    const palette = chartPalette('light');
    expect(bars.map((s) => [s.name, s.itemStyle.color])).toEqual([
      ['On track', palette.kpiStatus.onTrack],
      ['At risk', palette.kpiStatus.atRisk],
      ['Off track', palette.kpiStatus.offTrack],
    ]);
    expect(bars.map((s) => s.data)).toEqual([
      [44, null, null, null],
      [null, 42, null, null],
      [null, null, 38, null],
    ]);
  });

  it('follows the direction: below target is on track when lower is better', () => {
    const costs = kpi([{ period: '2027-Q1', target: 100, actual: 80 }], { periodKind: 'quarter', direction: 'lowerIsBetter', unit: '元' });
    const option = kpiChart(costs, computeKpi(costs), chartContext('zh-CN'));
    expect((option.xAxis as { data: string[] }).data).toEqual(['2027年第1季度']);
    expect(seriesOf(option).map((s) => s.name)).toEqual(['正常', '目标']);
    expect((option.yAxis as { name: string }).name).toBe('元');
    expect(chartDescription(option)).toBe('Enrolments图：折线为各期目标，柱为实际，2027年第1季度目标 100 元，实际 80 元（正常）。');
  });

  it('shows an actual without a target as no data, and a KPI without periods as empty', () => {
    const open = kpi([{ period: '2027-01', target: null, actual: 12 }]);
    const bars = seriesOf(kpiChart(open, computeKpi(open), chartContext('en'))).filter((s) => s.type === 'bar');
    expect(bars.map((s) => [s.name, s.itemStyle.color, s.data])).toEqual([['No data', chartPalette('light').kpiStatus.noData, [12]]]);
    const none = kpi([]);
    expect(chartDescription(kpiChart(none, computeKpi(none), chartContext('en')))).toBe('No data yet.');
  });
});

describe('KPI value axes', () => {
  it('label every tick in one unit, in the single chart and in the small multiples', () => {
    const sales = kpi([
      { period: '2027-01', target: 154_988_000, actual: 158_087_760 },
      { period: '2027-02', target: 177_068_000, actual: null },
    ]);
    const ticks = [0, 50_000_000, 100_000_000, 150_000_000, 200_000_000];
    const single = kpiChart(sales, computeKpi(sales), chartContext('zh-CN')) as { yAxis: { axisLabel: { formatter: (n: number) => string } } };
    expect(ticks.map(single.yAxis.axisLabel.formatter)).toEqual(['0', '0.5亿', '1亿', '1.5亿', '2亿']);
    const grid = kpiGridChart([sales], [computeKpi(sales)], chartContext('zh-CN')) as {
      yAxis: { axisLabel: { formatter: (n: number) => string } }[];
    };
    expect(ticks.map(grid.yAxis[0]!.axisLabel.formatter)).toEqual(['0', '0.5亿', '1亿', '1.5亿', '2亿']);
  });
});
