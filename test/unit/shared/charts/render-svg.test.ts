import { describe, expect, it } from 'vitest';
import { budgetByMixChart, chartPalette, kpiChart, renderChartSvg } from '../../../../shared/charts';
import { computeBudget } from '../../../../shared/logic/budget';
import { computeKpi } from '../../../../shared/logic/kpi';
import { chartContext, chartPlan, kpi } from './chart-fixtures';

describe('renderChartSvg', () => {
  it('renders an option to an SVG document of the given size in plain Node, with its labels', () => {
    const report = computeBudget(chartPlan('zh-CN'));
    const svg = renderChartSvg(budgetByMixChart(report, chartContext('zh-CN', 'print')), { width: 480, height: 200 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="480"');
    expect(svg).toContain('height="200"');
    for (const label of ['产品', '价格', '渠道', '促销', '未分配', '¥5.6万']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain(chartPalette('print').mix.promotion);
    expect(svg).not.toContain('<script');
  });

  it('draws the final frame (no animation) and throws on an empty size', () => {
    const k = kpi([{ period: '2027-01', target: 10, actual: 12 }]);
    const option = kpiChart(k, computeKpi(k), chartContext('en', 'dark'));
    expect(renderChartSvg(option, { width: 300, height: 200 })).not.toMatch(/@keyframes|<animate/);
    expect(() => renderChartSvg(option, { width: 0, height: 200 })).toThrow(/positive size/);
  });
});
