import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { budgetByMixChart, kpiChart, renderChartSvg } from '../../../../../shared/charts';
import type { ChartOption } from '../../../../../shared/charts';
import { computeBudget } from '../../../../../shared/logic/budget';
import { computeKpi } from '../../../../../shared/logic/kpi';
import { imageInfo } from '../../../../../shared/report/image-info';
import { findChartFonts, outlineSvgText, rasteriseReportCharts, renderChartPng } from '../../../../../electron/core/export/chart-png';
import { chartContext, chartPlan, kpi } from '../../../shared/charts/chart-fixtures';

const fonts = findChartFonts();

/** A chart that is only one label, to compare what different texts draw. */
function labelChart(text: string): ChartOption {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: "'Noto Sans CJK SC', sans-serif", fontSize: 24 },
    xAxis: { type: 'category', data: [text], axisLine: { show: false }, axisTick: { show: false }, axisLabel: { fontSize: 24, color: '#000000' } },
    yAxis: { type: 'value', show: false },
    series: [{ type: 'bar', data: [0] }],
  };
}

/** How many pixels are not white: the ink the text left. */
function ink(svg: string): { count: number; pixels: Buffer } {
  const pixels = new Resvg(outlineSvgText(svg, fonts).svg, { font: { loadSystemFonts: false }, background: '#ffffff' }).render().pixels;
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200) count += 1;
  return { count, pixels };
}

describe('findChartFonts', () => {
  it('takes the first Latin and the first CJK font found at the known paths', () => {
    const found = findChartFonts((file) => file.endsWith('LiberationSans-Regular.ttf') || file.endsWith('msyh.ttc'));
    expect(found).toMatchObject({ latin: 'Liberation Sans', cjk: 'Microsoft YaHei' });
    expect(found.files).toHaveLength(2);
    expect(findChartFonts(() => false)).toEqual({ files: [], latin: null, cjk: null, latinFile: null });
  });
});

describe('renderChartPng', () => {
  it('makes a PNG of width × scale by height × scale pixels', () => {
    const option = budgetByMixChart(computeBudget(chartPlan('en')), chartContext('en', 'print'));
    const png = renderChartPng(option, { width: 320, height: 180, scale: 2 });
    expect(imageInfo(png)).toEqual({ mime: 'image/png', width: 640, height: 360 });
    expect(imageInfo(renderChartPng(option, { width: 320, height: 180, scale: 1.5 }))).toMatchObject({ width: 480, height: 270 });
    expect(() => renderChartPng(option, { width: 320, height: 180, scale: 0 })).toThrow(/scale/);
  });

  it('draws every label as outlines, so nothing is left for a missing font to turn into boxes', () => {
    const k = kpi([{ period: '2027-01', target: 40, actual: 44 }], { metric: '报名人数', unit: '人' });
    const svg = renderChartSvg(kpiChart(k, computeKpi(k), chartContext('zh-CN', 'print')), { width: 400, height: 240 });
    const outlined = outlineSvgText(svg, fonts);
    expect(svg).toContain('>2027年1月</text>');
    expect(outlined.complete).toBe(true);
    expect(outlined.svg).not.toContain('<text');
    expect(outlined.svg.match(/<path/g)!.length).toBeGreaterThan(svg.match(/<path/g)!.length);
  });

  it.skipIf(!fonts.cjk)('renders Chinese glyphs, not blanks or tofu', () => {
    const empty = ink(renderChartSvg(labelChart(''), { width: 200, height: 80 }));
    const first = ink(renderChartSvg(labelChart('营销费用'), { width: 200, height: 80 }));
    const second = ink(renderChartSvg(labelChart('渠道促销'), { width: 200, height: 80 }));
    expect(first.count - empty.count).toBeGreaterThan(600);
    expect(second.count - empty.count).toBeGreaterThan(600);
    // Tofu draws the same box for every missing character; real glyphs differ.
    expect(first.pixels.equals(second.pixels)).toBe(false);
  });

  it.skipIf(!fonts.latin)('renders Latin text in the Latin font', () => {
    const empty = ink(renderChartSvg(labelChart(''), { width: 200, height: 80 }));
    const text = ink(renderChartSvg(labelChart('Promotion'), { width: 200, height: 80 }));
    expect(text.count - empty.count).toBeGreaterThan(400);
    const outlined = outlineSvgText(renderChartSvg(labelChart('Promotion'), { width: 200, height: 80 }), fonts).svg;
    expect(outlined).not.toContain('<text');
  });

  it('gives the same image when its text comes from the outline cache', () => {
    const option = budgetByMixChart(computeBudget(chartPlan('zh-CN')), chartContext('zh-CN', 'print'));
    const first = renderChartPng(option, { width: 400, height: 200, scale: 1 });
    const started = performance.now();
    const again = renderChartPng(option, { width: 400, height: 200, scale: 1 });
    const cachedMs = performance.now() - started;
    expect(again.equals(first)).toBe(true);
    expect(cachedMs).toBeLessThan(1000);
  });
});

describe('rasteriseReportCharts', () => {
  it('draws the report’s charts as PNGs at their scale, Chinese text included', async () => {
    const k = kpi([{ period: '2027-01', target: 40, actual: 44 }], { metric: '报名人数', unit: '人' });
    const charts = [
      { chart: { option: budgetByMixChart(computeBudget(chartPlan('zh-CN')), chartContext('zh-CN', 'print')), width: 320, height: 180 }, scale: 1.5 },
      { chart: { option: kpiChart(k, computeKpi(k), chartContext('zh-CN', 'print')), width: 400, height: 240 }, scale: 1 },
    ];
    const pngs = await rasteriseReportCharts(charts);
    expect(pngs.map((png) => imageInfo(png))).toEqual([
      { mime: 'image/png', width: 480, height: 270 },
      { mime: 'image/png', width: 400, height: 240 },
    ]);
    await expect(rasteriseReportCharts([{ ...charts[0]!, scale: 9 }])).rejects.toThrow(/scale/);
  });
});
