import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformApi } from 'zrender/lib/core/platform.js';
import { budgetByMixChart, renderChartSvg } from '../../../../shared/charts';
import { echarts } from '../../../../shared/charts/echarts';
import { computeBudget, type BudgetReport } from '../../../../shared/logic/budget';
import { chartContext, chartPlan } from './chart-fixtures';

const report = computeBudget(chartPlan('en'));

// A font wider than the per-character guess (0.66 em; CJK 1 em), as ECharts measures and draws it.
const EM = 0.8;
const measure = (text: string, fontSize = 12) => [...text].reduce((sum, c) => sum + (/[\u2e80-\u9fff]/.test(c) ? 1 : EM) * fontSize, 0);

/** Each bar's amount label in the drawn chart: its text and where its right end falls in that font. */
function amountLabels(svg: string): { text: string; right: number }[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)]
    .filter((m) => m[1]!.includes('text-anchor="start"'))
    .map((m) => ({ text: m[2]!, right: Number(/translate\(([\d.]+)/.exec(m[1]!)![1]) + measure(m[2]!) }));
}

describe('budgetByMixChart amounts beside the bars', () => {
  const original = platformApi.measureText;
  beforeAll(() =>
    echarts.setPlatformAPI({
      measureText: (text: string, font?: string) => ({ width: measure(text, Number(/(\d+)px/.exec(font ?? '')?.[1] ?? 12)) }),
    }),
  );
  afterAll(() => echarts.setPlatformAPI({ measureText: original }));

  it('leaves room on the right for the longest bar’s amount in the font it is drawn in', () => {
    // The education sample's spend; its longest bar ends at the axis's last tick or near it.
    for (const promotion of [68_500_000, 70_000_000, 99_000_000, 1_000_000_000])
      for (const language of ['en', 'zh-CN'] as const)
        for (const width of [640, 360]) {
          const spend: BudgetReport = {
            ...report,
            spendByMix: { product: 35_400_000, price: 40_100_000, place: 6_000_000, promotion, unassigned: 0 },
          };
          const svg = renderChartSvg(budgetByMixChart(spend, chartContext(language, 'print')), { width, height: 220 });
          const labels = amountLabels(svg);
          expect(labels).toHaveLength(4);
          for (const label of labels) expect(label.right, `${label.text} in ${width}px (${language})`).toBeLessThanOrEqual(width);
        }
  });
});
