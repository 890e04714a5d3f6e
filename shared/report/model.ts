import { PART_KEYS, type PartKey, type Plan } from '../domain';
import type { Translate } from '../i18n/translate';
import { computeBudget } from '../logic/budget';
import { reportCharts, type ReportCharts } from './chart-blocks';
import { PartWriter, type BuildContext } from './context';
import { reportFormatters } from './formatters';
import { headingNumber } from './numbering';
import type { ReportOptions } from './options';
import { writeScenarios } from './scenarios';
import { withResolvedKpis } from '../logic/kpi-linked';
import { writeActions } from './parts/actions';
import { writeBudget } from './parts/budget';
import { writeControl } from './parts/control';
import { writeObjectives } from './parts/objectives';
import { writeSituation } from './parts/situation';
import { writeStrategy } from './parts/strategy';
import { writeSummary } from './parts/summary';
import { writeSwot } from './parts/swot';
import { changesAppendix, type ChangesSince } from './changes';
import { methodsPart } from './methods';
import type { ReportModel, ReportPart } from './types';

export type * from './types';

export type BuildEnv = {
  /** The translator of the report's language (createTranslate(options.language) outside the UI). */
  t: Translate;
  /** The locale numbers and dates are written in: 'en', 'zh-CN', … */
  locale: string;
  /** The date printed on the cover. */
  now: Date;
  /** Adds the appendix "Changes since <version>" after the parts (changes.ts). */
  changesSince?: ChangesSince;
};

const WRITERS: Record<PartKey, (w: PartWriter, ctx: BuildContext, charts: ReportCharts) => void> = {
  summary: writeSummary,
  situation: writeSituation,
  swot: writeSwot,
  objectives: writeObjectives,
  strategy: writeStrategy,
  actions: writeActions,
  budget: writeBudget,
  control: writeControl,
};

function todayIso(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The report of a plan: cover, contents, then the chosen parts in the plan's order, each numbered
 * from 1 as printed. A part the plan has nothing for keeps its heading and says so, so the client
 * sees the whole structure of the plan.
 */
export function buildReport(stored: Plan, options: ReportOptions, env: BuildEnv): ReportModel {
  // A KPI whose targets follow the forecast is reported with the forecast's figures.
  const plan = withResolvedKpis(stored);
  const { t, locale } = env;
  const f = reportFormatters(locale, plan.meta.currency);
  const dash = t('report.empty');
  const ctx: BuildContext = {
    plan,
    t,
    f,
    language: options.language,
    budget: computeBudget(plan),
    text: (value) => (value && value.trim() ? value.trim() : dash),
    num: (value) => (value === null || value === undefined ? dash : f.number(value)),
    quantity: (value, unit) => {
      if (value === null || value === undefined) return dash;
      const u = unit.trim();
      // Percent and per-mille signs sit on the number; words are spaced from it.
      return u === '' ? f.number(value) : /^[%‰]/.test(u) ? `${f.number(value)}${u}` : `${f.number(value)} ${u}`;
    },
    paren: (text, detail) => (detail ? t('report.withDetail', { text, detail }) : text),
  };
  const charts = reportCharts(ctx);

  const parts: ReportPart[] = PART_KEYS.filter((key) => options.parts.includes(key)).map((key, index) => {
    const title = t(`parts.${key}`);
    const { number, label } = headingNumber(options.language, [index + 1], title);
    const writer = new PartWriter(options.language, index + 1, key);
    WRITERS[key](writer, ctx, charts);
    if (key === 'budget' && options.scenarioTable) writeScenarios(writer, ctx);
    const empty = writer.blocks.length === 0;
    if (empty) writer.push({ kind: 'paragraph', text: t('report.notWritten'), style: 'note' });
    return {
      key,
      title,
      empty,
      heading: { kind: 'heading', level: 1, number, text: title, label, anchor: `part-${key}` },
      blocks: writer.blocks,
    };
  });

  const methods = options.methodsUsed ? methodsPart(plan, options, t, parts.length + 1) : null;
  if (methods) parts.push(methods);
  if (env.changesSince) parts.push(changesAppendix(ctx, env.changesSince, parts.length + 1));

  const meta = plan.meta;
  const C = (key: string) => t(`report.cover.${key}`);
  const coverLines = [
    { label: C('preparedFor'), value: meta.client.trim() },
    { label: C('preparedBy'), value: meta.author.trim() },
    { label: C('period'), value: f.dateRange(meta.periodStart, meta.periodEnd) },
    { label: C('version'), value: meta.versionLabel.trim() },
    { label: C('date'), value: f.date(todayIso(env.now)) },
  ].filter((line) => line.value !== '');

  return {
    language: options.language,
    locale,
    options,
    cover: { kind: C('kind'), title: meta.name, lines: coverLines },
    contentsTitle: t('report.contents'),
    pageTemplate: t('report.page'),
    chartTemplate: t('report.chart', { caption: '{{caption}}' }),
    parts,
    info: { title: meta.name, author: meta.author.trim(), subject: C('kind') },
  };
}
