import { describe, expect, it } from 'vitest';
import { rasteriseReportCharts } from '../../../../electron/core/export/chart-png';
import { buildDocx } from '../../../../electron/core/export/docx';
import { reportToMarkdown } from '../../../../shared/report/markdown';
import type { ReportModel } from '../../../../shared/report/types';
import { SAMPLE_NAMES } from '../../../../shared/samples';
import { buildSample } from '../../../../shared/samples';
import { bodyText, docxParts } from '../../electron/core/export/docx-files';
import { modelOf, reportPlan, tableById } from './report-fixtures';

const NOW = '2026-11-01T00:00:00.000Z';

function headings(model: ReportModel): string[] {
  return model.parts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
}

describe('the report’s plan versus actual', () => {
  it('year to date by figure, with the variance’s tone: better than plan good, worse beyond the threshold bad', () => {
    const plan = reportPlan();
    const ytd = tableById(modelOf(plan), 'plan-vs-actual-ytd');
    expect(ytd.rows.map((r) => r[0]!.text)).toEqual(['Sales (CNY)', 'Units sold', 'Marketing spend (CNY)', 'Contribution (CNY)']);
    // March: 110 units for ¥396,000 against 120 for ¥432,000 planned.
    expect(ytd.rows[0]!.slice(1).map((c) => c.text)).toEqual(['432,000', '396,000', '-36,000', '-8.3%']);
    expect(ytd.rows[0]![4]!.tone).toBe('warn');
    expect(ytd.note).toBe('A variance beyond 10% of plan, either way, is flagged in the plan’s health.');
    plan.fields.control.varianceThresholdPct = 5;
    expect(tableById(modelOf(plan), 'plan-vs-actual-ytd').rows[0]![4]!.tone).toBe('bad');
  });

  it('is left out of a plan without actuals', () => {
    const plan = reportPlan();
    plan.collections.actualSales = [];
    plan.collections.actualSpend = [];
    expect(headings(modelOf(plan))).not.toContain('Plan versus actual');
    expect(() => tableById(modelOf(plan), 'plan-vs-actual-ytd')).toThrow();
  });

  it.each(SAMPLE_NAMES)('the %s sample (in progress) shows it in Word and Markdown, in both languages', async (name) => {
    for (const [language, title, efficiency] of [
      ['en', 'Plan versus actual', 'Efficiency control'],
      ['zh-CN', '计划与实际对比', '效率控制'],
    ] as const) {
      const model = modelOf(buildSample(name, language, { now: NOW }), { language });
      const control = model.parts.find((p) => p.key === 'control')!;
      const titles = control.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
      expect(titles).toContain(title);
      expect(titles).toContain(efficiency);
      expect(tableById(model, 'plan-vs-actual-revenue-months').rows).toHaveLength(3);
      expect(tableById(model, 'plan-vs-actual-spend-months').rows).toHaveLength(3);
      expect(reportToMarkdown(model)).toContain(title);
      if (language === 'en' && name === 'education') {
        const text = bodyText(docxParts(await buildDocx(model, { renderCharts: rasteriseReportCharts })).xml['word/document.xml']!);
        expect(text).toContain('Plan versus actual');
        expect(text).toContain('Expense-to-sales ratio');
      }
    }
  });
});
