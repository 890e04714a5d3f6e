import { describe, expect, it } from 'vitest';
import { rasteriseReportCharts } from '../../../../electron/core/export/chart-png';
import { buildDocx } from '../../../../electron/core/export/docx';
import { ReportOptions, defaultReportOptions } from '../../../../shared/report/options';
import { reportToMarkdown } from '../../../../shared/report/markdown';
import { buildSample } from '../../../../shared/samples';
import { bodyText, docxParts } from '../../electron/core/export/docx-files';
import { modelOf, tableById } from './report-fixtures';

function planFollowing(language: 'en' | 'zh-CN', ids: string[]) {
  const plan = buildSample('trade-course', language, { now: '2026-11-01T00:00:00.000Z' });
  plan.meta.playbookIds = ids;
  return plan;
}

describe('"Methods used" in the report', () => {
  it('is off by default, and options saved before it existed read as off', () => {
    const plan = planFollowing('en', ['life-cycle']);
    expect(modelOf(plan).parts.map((p) => p.key)).not.toContain('methods');
    const { methodsUsed: _m, ...older } = defaultReportOptions(plan);
    expect(ReportOptions.parse(older).methodsUsed).toBe(false);
  });

  it('lists each attached playbook’s steps with where they land and their status, after the parts', () => {
    const model = modelOf(planFollowing('en', ['life-cycle', 'micro-marketing']), { methodsUsed: true });
    const last = model.parts.at(-1)!;
    expect(last).toMatchObject({ key: 'methods', title: 'Methods used', heading: { label: '9\u2003Methods used' } });
    const life = tableById(model, 'methods-life-cycle');
    expect(life.rows.map((r) => [r[0]!.text, r[2]!.text, r[3]!.text])).toEqual([
      ['New customers', 'Current marketing situation', 'Open'],
      ['Growing customers', 'Current marketing situation', 'Open'],
      ['Mature customers', 'Current marketing situation', 'Open'],
      ['Declining customers', 'Control', 'Open'],
      ['Churned customers: win back', 'Action programs', 'Open'],
    ]);
    expect(life.note).toBe('0 of 5 steps covered');
    expect(tableById(model, 'methods-micro-marketing').rows).toHaveLength(5);
    const md = reportToMarkdown(model);
    expect(md).toContain('Methods used');
    expect(md).toContain('| **Churned customers: win back** |');
  });

  it('is left out when the plan follows no playbook, and written in Chinese for a Chinese report', () => {
    expect(modelOf(planFollowing('en', []), { methodsUsed: true }).parts.map((p) => p.key)).not.toContain('methods');
    const zh = modelOf(planFollowing('zh-CN', ['omnichannel']), { methodsUsed: true });
    expect(zh.parts.at(-1)!.title).toBe('所用方法');
    expect(tableById(zh, 'methods-omnichannel').rows[0]![0]!.text).toBe('精准定位');
  });

  it('reaches the Word document', async () => {
    const model = modelOf(planFollowing('en', ['customer-care']), { methodsUsed: true });
    const { xml } = docxParts(await buildDocx(model, { renderCharts: rasteriseReportCharts }));
    const text = bodyText(xml['word/document.xml']!);
    expect(text).toContain('Methods used');
    expect(text).toContain('Follow up new customers');
  });
});
