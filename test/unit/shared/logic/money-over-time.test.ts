import { describe, expect, it } from 'vitest';
import { emptyCollections, emptyPlanFields, type Plan } from '../../../../shared/domain';
import { moneyOverTimeChart, renderChartSvg } from '../../../../shared/charts';
import { computeBudget } from '../../../../shared/logic/budget';
import { moneyOverTime } from '../../../../shared/logic/money-over-time';
import { buildSample, SAMPLE_NAMES } from '../../../../shared/samples';
import { chartContext } from '../charts/chart-fixtures';

function plan(periodStart: string, periodEnd: string, build: (p: Plan) => void): Plan {
  const p = {
    meta: { id: 'p', name: 'P', client: '', currency: 'CNY', language: 'en', periodStart, periodEnd, createdAt: '', updatedAt: '', deletedAt: null },
    fields: emptyPlanFields(),
    collections: emptyCollections(),
  } as unknown as Plan;
  build(p);
  return p;
}
const line = (month: string, units: number, unitPrice: number, unitCost = 0) => ({
  id: `f-${month}`,
  productId: null,
  label: 'Tea',
  month,
  units,
  unitPrice,
  unitCost,
});

describe('moneyOverTime', () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name}: the running totals end on the P&L, and the break-even month is the first whose position reaches zero`, () => {
      const report = computeBudget(buildSample(name, 'en', { now: '2026-11-20T09:30:00.000Z' }));
      const money = moneyOverTime(report);
      const last = money.months.at(-1)!;
      expect(last.cumulative).toEqual({
        revenue: report.totals.revenue,
        cogs: report.totals.cogs,
        marketing: report.totals.marketing,
        contribution: report.totals.contribution,
      });
      expect(last.position).toBe(report.totals.profit);
      const first = money.months.find((m) => m.cumulative.revenue > 0 && m.position >= 0)?.month ?? null;
      expect(money.breakEvenMonth).toBe(first);
    });
  }

  it('counts undated spend before the first month, across a year end', () => {
    const p = plan('2027-11-01', '2028-02-29', (p) => {
      p.fields.budget.fixedCosts = 10_000;
      p.collections.forecastLines.push(line('2027-11', 10, 1_000), line('2027-12', 10, 1_000), line('2028-01', 10, 1_000));
      p.collections.actions.push({
        id: 'a',
        title: 'Undated',
        owner: '',
        start: null,
        end: null,
        cost: 5_000,
        objectiveIds: [],
        mixElement: null,
        status: 'planned',
        dependsOn: [],
      } as never);
    });
    const money = moneyOverTime(computeBudget(p));
    expect(money.months.map((m) => m.month)).toEqual(['2027-11', '2027-12', '2028-01', '2028-02']);
    expect(money.undatedSpend).toBe(5_000);
    expect(money.months.map((m) => m.cumulative.contribution)).toEqual([5_000, 15_000, 25_000, 25_000]);
    expect(money.months.map((m) => m.position)).toEqual([-5_000, 5_000, 15_000, 15_000]);
    expect(money.breakEvenMonth).toBe('2027-12');
  });

  it('says null when the plan does not break even within a period longer than a year', () => {
    const p = plan('2027-01-01', '2028-06-30', (p) => {
      p.fields.budget.fixedCosts = 1_000_000;
      p.collections.forecastLines.push(line('2027-03', 1, 100), line('2028-05', 1, 100));
    });
    const money = moneyOverTime(computeBudget(p));
    expect(money.months).toHaveLength(18);
    expect(money.breakEvenMonth).toBeNull();
    expect(money.months.at(-1)!.position).toBe(200 - 1_000_000);
  });

  it('zero everywhere: no revenue, no spend', () => {
    const money = moneyOverTime(computeBudget(plan('2027-01-01', '2027-03-31', () => undefined)));
    expect(money.months.every((m) => m.cumulative.revenue === 0 && m.position === 0)).toBe(true);
    expect(money.breakEvenMonth).toBeNull();
  });
});

describe('moneyOverTimeChart', () => {
  it('draws four cumulative lines, the fixed costs and the break-even month, with a text alternative in both languages', () => {
    const report = computeBudget(buildSample('social-campaign', 'en', { now: '2026-11-20T09:30:00.000Z' }));
    const option = moneyOverTimeChart(report, chartContext('en'));
    const series = option.series as { name: string; data: number[]; markLine?: { data: { name: string }[] } }[];
    expect(series.map((s) => s.name)).toEqual(['Revenue', 'Cost of goods sold', 'Marketing spend', 'Contribution']);
    expect(series[0]!.data.at(-1)).toBe(report.totals.revenue / 100);
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toMatch(/^Line chart of cumulative revenue/);
    const zh = moneyOverTimeChart(report, chartContext('zh-CN'));
    expect((zh.aria as { label: { description: string } }).label.description).toMatch(/^折线图/);
    expect(renderChartSvg(option, { width: 640, height: 280 })).toContain('<svg');
  });
});

describe('moneyOverTimeChart marks', () => {
  it('draws the fixed costs as a level and the break-even month as a line in the SVG', () => {
    const report = computeBudget(buildSample('infant-formula', 'en', { now: '2026-11-20T09:30:00.000Z' }));
    expect(report.breakEven.month).not.toBeNull();
    const svg = renderChartSvg(moneyOverTimeChart(report, chartContext('en')), { width: 640, height: 280 });
    expect(svg).toContain('Fixed costs');
    expect(svg).toContain('Break-even');
  });
});
