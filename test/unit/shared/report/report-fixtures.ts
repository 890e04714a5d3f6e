import { emptyCollections, emptyPlanFields, type Plan, type RichText } from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import { buildReport } from '../../../../shared/report/model';
import { defaultReportOptions, type ReportOptions } from '../../../../shared/report/options';
import type { ReportModel, TableBlock } from '../../../../shared/report/types';
import { fullPlan } from '../../helpers/full-plan';

/** A narrative with every mark and block the editor allows. */
export const RICH_SUMMARY: RichText = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'We grow by ' },
        { type: 'text', text: 'keeping', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' families, ' },
        { type: 'text', text: 'not discounting', marks: [{ type: 'italic' }] },
        { type: 'text', text: '.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Second line' },
      ],
    },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Call within 48 hours' }] }] }],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Third step' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fourth step' }] }] },
      ],
    },
  ],
};

/** The helpers' full plan, in English, with a rich summary, money for every part and a KPI with two periods. */
export function reportPlan(language: 'en' | 'zh-CN' = 'en'): Plan {
  const plan = fullPlan();
  plan.meta.language = language;
  plan.meta.name = 'Spring enrolment 2027';
  plan.fields.summary.narrative = RICH_SUMMARY;
  plan.fields.situation.marketSize = 9_600_000_000;
  plan.fields.situation.marketGrowthPct = 8.5;
  plan.fields.budget.fixedCosts = 10_000_000;
  plan.collections.kpis[0]!.periods = [
    { period: '2027-03', target: 40, actual: 35 },
    { period: '2027-04', target: 45, actual: null },
  ];
  return plan;
}

export function emptyPlan(language: 'en' | 'zh-CN' = 'en'): Plan {
  const full = fullPlan();
  return { meta: { ...full.meta, language, name: 'Blank plan' }, fields: emptyPlanFields(), collections: emptyCollections() };
}

export function modelOf(plan: Plan, options: Partial<ReportOptions> = {}): ReportModel {
  const all = { ...defaultReportOptions(plan), ...options };
  return buildReport(plan, all, { t: createTranslate(all.language), locale: all.language, now: new Date(2026, 10, 20) });
}

export function tableById(model: ReportModel, id: string): TableBlock {
  for (const part of model.parts) {
    for (const block of part.blocks) if (block.kind === 'table' && block.id === id) return block;
  }
  throw new Error(`No table ${id} in the report`);
}

/** Every cell's text (and detail) of a table, header included, for "is this in it" checks. */
export function tableTexts(table: TableBlock): string[] {
  return [
    ...table.columns.map((c) => c.header),
    ...[...table.rows, ...table.footer].flat().flatMap((c) => [c.text, ...(c.detail ? [c.detail] : [])]),
  ];
}
