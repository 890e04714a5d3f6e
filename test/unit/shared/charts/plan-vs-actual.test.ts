import { describe, expect, it } from 'vitest';
import { planVsActualChart } from '../../../../shared/charts';
import { figure, type PlanVsActualMonth } from '../../../../shared/logic/actuals';
import { chartContext } from './chart-fixtures';

type Series = { type: string; name: string; data: (number | null)[] };
const seriesOf = (option: { series?: unknown }) => option.series as Series[];

function month(m: string, revenue: [number, number | null], spend: [number, number | null]): PlanVsActualMonth {
  return { month: m, revenue: figure(...revenue), spend: figure(...spend), units: figure(0, null), contribution: figure(0, null) };
}

describe('planVsActualChart', () => {
  const months = [month('2027-01', [1_000_000, 1_100_000], [50_000, 60_000]), month('2027-02', [1_200_000, null], [50_000, null])];

  it('draws the plan as the line and the actual as bars, in major units', () => {
    const series = seriesOf(planVsActualChart(months, 'revenue', 'Sales', 'CNY', chartContext('en')));
    expect(series.find((s) => s.type === 'line')!.data).toEqual([10_000, 12_000]);
    // The line is the plan's figure, and its legend says so (a KPI's chart calls it the target).
    expect(series.find((s) => s.type === 'line')!.name).toBe('Plan');
    expect(seriesOf(planVsActualChart(months, 'revenue', '销售额', 'CNY', chartContext('zh-CN'))).find((s) => s.type === 'line')!.name).toBe('计划');
    // 10 % above plan: on track, as sales go (a status no month has draws no bars).
    expect(series.filter((s) => s.type === 'bar').map((s) => [s.name, s.data])).toEqual([['On track', [11_000, null]]]);
  });

  it('reads spend the other way round: 20 % over plan is off track', () => {
    const bars = seriesOf(planVsActualChart(months, 'spend', 'Spend', 'CNY', chartContext('en'))).filter((s) => s.type === 'bar');
    expect(bars.find((s) => s.name === 'Off track')!.data).toEqual([600, null]);
  });
});
