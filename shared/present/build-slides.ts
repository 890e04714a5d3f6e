import { PART_KEYS, type PartKey, type Plan } from '../domain';
import type { Translate } from '../i18n/translate';
import { computeBudget } from '../logic/budget';
import { withResolvedKpis } from '../logic/kpi-linked';
import { buildReport } from '../report/model';
import type { ReportPart } from '../report/types';
import { defaultReportOptions } from '../report/options';
import { reportFormatters } from '../report/formatters';
import { SlideWriter, type SlideContext } from './context';
import { objectivesSlides, situationSlides, summarySlides, swotSlides } from './slides-analysis';
import { budgetSlides, controlSlides } from './slides-numbers';
import { actionsSlides, strategySlides } from './slides-plan';
import type { Slide } from './types';

export type * from './types';

export type SlideEnv = {
  /** The plan's language's translator: slides speak the plan's language, whatever the UI's. */
  t: Translate;
  /** The locale of that language ('en', 'zh-CN'). */
  locale: string;
  now: Date;
};

const WRITERS: Record<PartKey, (w: SlideWriter, ctx: SlideContext) => void> = {
  summary: summarySlides,
  situation: situationSlides,
  swot: swotSlides,
  objectives: objectivesSlides,
  strategy: strategySlides,
  actions: actionsSlides,
  budget: budgetSlides,
  control: controlSlides,
};

/**
 * The plan as a presentation: the report's model (the same texts and numbers as the Word report,
 * in the plan's language) cut into screens: a title screen, then for each part that has content
 * one screen per section a room needs. A part with nothing to show has no screen.
 */
export function buildSlides(stored: Plan, env: SlideEnv): Slide[] {
  // A KPI whose targets follow the forecast is shown with the forecast's figures.
  const plan = withResolvedKpis(stored);
  const options = { ...defaultReportOptions(plan), parts: [...PART_KEYS] };
  const report = buildReport(plan, options, env);
  const budget = computeBudget(plan);
  const f = reportFormatters(env.locale, plan.meta.currency);
  const chart = { t: env.t, locale: env.locale, currency: plan.meta.currency, theme: 'print' as const };
  // The slides show the eight parts; the report's optional sections (methods used, changes since a version) are not slides.
  const parts = report.parts.filter((part): part is ReportPart & { key: PartKey } => (PART_KEYS as readonly string[]).includes(part.key));
  return parts.flatMap((part, index) => {
    const ctx: SlideContext = { plan, t: env.t, f, budget, chart, part, partNumber: index + 1 };
    const writer = new SlideWriter(ctx);
    WRITERS[part.key](writer, ctx);
    return writer.slides;
  });
}

/** The first slide of each part number (1–8) the presentation has: where a digit key jumps. */
export function partStarts(slides: readonly Slide[]): Map<number, number> {
  const starts = new Map<number, number>();
  slides.forEach((slide, index) => {
    if (!starts.has(slide.partNumber)) starts.set(slide.partNumber, index);
  });
  return starts;
}
