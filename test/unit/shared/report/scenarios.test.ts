import { describe, expect, it } from 'vitest';
import { rasteriseReportCharts } from '../../../../electron/core/export/chart-png';
import { buildDocx } from '../../../../electron/core/export/docx';
import { scenarioOutcomes } from '../../../../shared/logic';
import { reportToMarkdown } from '../../../../shared/report/markdown';
import { defaultReportOptions, ReportOptions } from '../../../../shared/report/options';
import { buildSample, SAMPLE_NAMES } from '../../../../shared/samples';
import { bodyText, docxParts } from '../../electron/core/export/docx-files';
import { modelOf, tableById } from './report-fixtures';

const NOW = { now: '2026-11-01T00:00:00.000Z' };

describe('the scenario table in the report', () => {
  it('is on by default, and options saved before it existed read as on', () => {
    const plan = buildSample('education', 'en', NOW);
    const { scenarioTable: _s, ...older } = defaultReportOptions(plan);
    expect(ReportOptions.parse(older).scenarioTable).toBe(true);
    expect(
      modelOf(plan, { scenarioTable: false })
        .parts.flatMap((p) => p.blocks)
        .some((b) => b.kind === 'table' && b.id === 'scenarios'),
    ).toBe(false);
  });

  it('sets the base case and each scenario side by side with the figures of their budgets, and says what each changes', () => {
    const plan = buildSample('infant-formula', 'en', NOW);
    const model = modelOf(plan);
    const scenarios = tableById(model, 'scenarios');
    const outcomes = scenarioOutcomes(plan, 'Base case');
    expect(scenarios.columns.map((c) => c.header)).toEqual(['Figure', 'Base case', 'Pessimistic: price war', 'Optimistic: milk powder costs ease']);
    const whole = (minor: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(minor / 100);
    const profit = scenarios.rows.find((r) => r[0]!.text === 'Profit')!;
    expect(profit.slice(1).map((c) => c.text)).toEqual(outcomes.map((o) => whole(o.report.totals.profit)));
    expect(profit[2]!.tone).toBe(outcomes[1]!.report.totals.profit < 0 ? 'bad' : undefined);
    expect(scenarios.rows.find((r) => r[0]!.text === 'Break-even month')!.map((c) => c.text)).toEqual([
      'Break-even month',
      'Oct 2027',
      'Not within the period',
      expect.stringMatching(/2027$/),
    ]);
    const changes = tableById(model, 'scenario-changes');
    expect(changes.rows[0]!.map((c) => c.text)).toEqual([
      'Pessimistic: price war',
      'All lines: volume -10%; All lines: price -5%; All lines: unit cost +3%; All lines: marketing spend +10%; Product: Hechu Stage 1 (0–6 months), 800 g: volume -20%',
    ]);
  });

  it('is written in Chinese for a Chinese report, in Markdown too', () => {
    const model = modelOf(buildSample('trade-course', 'zh-CN', NOW));
    const table = tableById(model, 'scenarios');
    expect(table.columns[1]!.header).toBe('基准情形');
    expect(table.caption).toBe('预计损益和盈亏平衡：基准情形与各情景');
    const md = reportToMarkdown(model);
    expect(md).toContain('情景分析');
    expect(md).toContain('悲观：外贸订单放缓');
    expect(md).toContain('全部行：销量 -20%');
  });

  it.each(SAMPLE_NAMES)('reaches the Word report of the %s sample', { timeout: 60_000 }, async (name) => {
    const model = modelOf(buildSample(name, 'en', NOW));
    const { xml } = docxParts(await buildDocx(model, { renderCharts: rasteriseReportCharts }));
    const text = bodyText(xml['word/document.xml']!);
    expect(text).toContain('break-even, base case and scenarios');
    expect(text).toContain('What each scenario changes');
  });
});
