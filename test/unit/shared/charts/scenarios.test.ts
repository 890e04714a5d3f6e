import { describe, expect, it } from 'vitest';
import { chartDescription, renderChartSvg, scenarioComparisonChart } from '../../../../shared/charts';
import { percentChangeText } from '../../../../shared/format/percent-change';
import { scenarioOutcomes } from '../../../../shared/logic';
import { buildSample } from '../../../../shared/samples';
import { chartContext } from './chart-fixtures';

describe('scenarioComparisonChart', () => {
  it('draws revenue, contribution and profit of the base case and each scenario, in major units, and says them', () => {
    const plan = buildSample('infant-formula', 'en', { now: '2026-11-01T00:00:00.000Z' });
    const outcomes = scenarioOutcomes(plan, 'Base case');
    const option = scenarioComparisonChart(outcomes, chartContext());
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['Revenue', 'Contribution', 'Profit']);
    expect(series[2]!.data).toEqual(outcomes.map((o) => o.report.totals.profit / 100));
    expect((option.xAxis as { data: string[] }).data).toEqual(['Base case', 'Pessimistic: price war', 'Optimistic: milk powder costs ease']);
    expect(chartDescription(option)).toContain('Pessimistic: price war: revenue CN¥');
    expect(renderChartSvg(option, { width: 640, height: 300 })).toContain('<svg');
  });

  it('describes itself in Chinese', () => {
    const plan = buildSample('trade-course', 'zh-CN', { now: '2026-11-01T00:00:00.000Z' });
    const option = scenarioComparisonChart(scenarioOutcomes(plan, '基准情形'), chartContext('zh-CN'));
    expect(chartDescription(option)).toMatch(/^柱状图：基准情形和各情景的收入、边际贡献和利润，基准情形：收入/);
  });
});

describe('percentChangeText', () => {
  it('signs a change in the reader’s locale', () => {
    expect(percentChangeText(-15, 'en')).toBe('-15%');
    expect(percentChangeText(7.5, 'en')).toBe('+7.5%');
    expect(percentChangeText(0, 'zh-CN')).toBe('0%');
    expect(percentChangeText(33.333, 'en')).toBe('+33.33%');
  });
});
