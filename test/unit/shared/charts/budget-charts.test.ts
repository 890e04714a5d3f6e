import { describe, expect, it } from 'vitest';
import { budgetByMixChart, chartDescription, chartPalette, monthLabel, monthlySpendChart, revenueForecastChart } from '../../../../shared/charts';
import { toMajor } from '../../../../shared/format/money';
import { computeBudget, MIX_KEYS, type BudgetReport } from '../../../../shared/logic/budget';
import { chartContext, chartPlan } from './chart-fixtures';

type Series = { type: string; name: string; stack?: string; data: unknown[]; itemStyle?: { color?: string } };
const seriesOf = (option: { series?: unknown }) => option.series as Series[];
const axisData = (axis: unknown) => (axis as { data: string[] }).data;
const valueOf = (item: unknown) => (typeof item === 'object' && item !== null ? (item as { value: number }).value : (item as number));

const report = computeBudget(chartPlan('en'));
const en = chartContext('en');

describe('budgetByMixChart', () => {
  it('has one bar per mix element with the report’s spend in major units, coloured by element', () => {
    const option = budgetByMixChart(report, en);
    expect(axisData(option.yAxis)).toEqual(['Product', 'Price', 'Place', 'Promotion', 'Unassigned']);
    const [bars] = seriesOf(option);
    expect(bars!.data.map(valueOf)).toEqual(MIX_KEYS.map((key) => toMajor(report.spendByMix[key], 'CNY')));
    expect(bars!.data.map((d) => (d as { itemStyle: { color: string } }).itemStyle.color)).toEqual(
      MIX_KEYS.map((key) => chartPalette('light').mix[key]),
    );
  });

  it('leaves "unassigned" out when nothing is unassigned, and says the total in the description', () => {
    const noneUnassigned: BudgetReport = { ...report, spendByMix: { ...report.spendByMix, unassigned: 0 } };
    const option = budgetByMixChart(noneUnassigned, chartContext('zh-CN'));
    expect(axisData(option.yAxis)).toEqual(['产品', '价格', '渠道', '促销']);
    expect(chartDescription(option)).toContain('合计 ¥13.6万');
    expect(chartDescription(budgetByMixChart(report, en))).toContain('Total CN¥140,500.00');
  });

  it('labels bars and the axis with compact money', () => {
    const option = budgetByMixChart(report, en);
    const label = seriesOf(option)[0] as unknown as { label: { formatter: (p: { value: number }) => string } };
    expect(label.label.formatter({ value: 56_000 })).toBe('CN¥56K');
    const axis = option.xAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(axis.axisLabel.formatter(10_000)).toBe('CN¥10K');
  });
});

describe('monthlySpendChart', () => {
  it('has the report’s months in order and stacks the 4P so each month adds up to its marketing spend', () => {
    const option = monthlySpendChart(report, en);
    expect(axisData(option.xAxis)).toEqual(report.months.map((m) => monthLabel(m, 'en')));
    expect(axisData(option.xAxis).slice(0, 3)).toEqual(['Jan 27', 'Feb 27', 'Mar 27']);
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['Product', 'Price', 'Place', 'Promotion', 'Unassigned']);
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['spend']));
    report.months.forEach((month, i) => {
      const stacked = series.reduce((sum, s) => sum + (s.data[i] as number), 0);
      expect(stacked).toBeCloseTo(toMajor(report.marketing[month]!, 'CNY'), 6);
    });
    expect(series[3]!.data[5]).toBe(toMajor(report.spendByMonthAndMix['2027-06']!.promotion, 'CNY'));
    expect(series.map((s) => s.itemStyle?.color)).toEqual(MIX_KEYS.map((key) => chartPalette('light').mix[key]));
  });

  it('names the peak month in its description', () => {
    const description = chartDescription(monthlySpendChart(report, chartContext('zh-CN')));
    expect(description).toContain('2027年1月至2027年12月');
    expect(description).toContain('最高为2027年6月');
  });

  it('escapes nothing it should not and lists a month’s spend in the tooltip', () => {
    const option = monthlySpendChart(report, en);
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    const html = tooltip.formatter([
      { dataIndex: 5, seriesName: 'Promotion', value: 5_000, marker: '' },
      { dataIndex: 5, seriesName: 'Price', value: 0, marker: '' },
    ]);
    expect(html).toContain('Jun 27');
    expect(html).toContain('Promotion&nbsp;&nbsp;CN¥5,000.00');
    expect(html).not.toContain('Price');
  });
});

describe('revenueForecastChart', () => {
  it('splits each month’s revenue into cost of goods and gross margin and draws contribution as a line', () => {
    const option = revenueForecastChart(report, en);
    const [cogs, margin, contribution] = seriesOf(option);
    expect([cogs!.type, margin!.type, contribution!.type]).toEqual(['bar', 'bar', 'line']);
    expect(cogs!.stack).toBe(margin!.stack);
    const major = (record: Record<string, number>) => report.months.map((m) => toMajor(record[m]!, 'CNY'));
    expect(cogs!.data).toEqual(major(report.cogs));
    expect(margin!.data).toEqual(major(report.grossMargin));
    expect(contribution!.data).toEqual(major(report.contribution));
    report.months.forEach((m, i) =>
      expect((cogs!.data[i] as number) + (margin!.data[i] as number)).toBeCloseTo(toMajor(report.revenue[m]!, 'CNY'), 6),
    );
    expect(seriesOf(revenueForecastChart(report, chartContext('zh-CN'))).map((s) => s.name)).toEqual(['销售成本', '毛利', '边际贡献']);
  });

  it('has no title, a text alternative, and the theme’s colours and background', () => {
    const option = revenueForecastChart(report, chartContext('en', 'dark'));
    expect(option.title).toEqual({ show: false });
    expect(option.aria).toMatchObject({ enabled: true, label: { enabled: true } });
    expect(chartDescription(option)).toContain('Revenue CN¥3,153,600.00');
    expect(seriesOf(option)[1]!.itemStyle?.color).toBe(chartPalette('dark').grossMargin);
    expect(revenueForecastChart(report, chartContext('en', 'print')).backgroundColor).toBe('#ffffff');
  });

  it('describes an empty budget as having no data', () => {
    const empty: BudgetReport = { ...report, months: [] };
    expect(chartDescription(revenueForecastChart(empty, en))).toBe('No data yet.');
    expect(chartDescription(monthlySpendChart(empty, en))).toBe('No data yet.');
  });
});
