import type { PartKey, Plan } from '../domain';
import type { Translate } from '../i18n/translate';
import type { BudgetReport } from '../logic/budget';
import type { ChartContext } from '../charts/types';
import type { ReportFormatters } from '../report/formatters';
import type { Block, ReportPart, TableBlock } from '../report/types';
import type { Slide, SlideBlock } from './types';

/** Charts are drawn this wide and shown twice as large, so their 11–12 px type reads at 22–24 px. */
export const CHART_WIDTH = 560;
/** The tallest a chart is drawn: twice this fills a 1280 × 720 slide under its heading. */
export const CHART_MAX_HEIGHT = 250;

/** What every part's slides are made from: the plan, the report's part (same texts as the Word report) and the derived numbers. */
export type SlideContext = {
  plan: Plan;
  /** The plan's language: every text on a slide is in it. */
  t: Translate;
  f: ReportFormatters;
  budget: BudgetReport;
  chart: ChartContext;
  part: ReportPart & { key: PartKey };
  partNumber: number;
};

/** Collects one part's slides. */
export class SlideWriter {
  readonly slides: Slide[] = [];
  constructor(private readonly ctx: SlideContext) {}

  add(id: string, title: string, blocks: (SlideBlock | null)[], subtitle: string | null = null): void {
    const kept = blocks.filter((b): b is SlideBlock => b !== null);
    if (kept.length === 0) return;
    const { part, partNumber } = this.ctx;
    this.slides.push({
      id: `${part.key}-${id}`,
      part: part.key,
      partNumber,
      partLabel: part.heading.label,
      partTitle: part.title,
      title,
      subtitle,
      blocks: kept,
    });
  }
}

/** The report part's table of that id, if the part has one. */
export function reportTable(part: ReportPart, id: string): TableBlock | null {
  return (part.blocks.find((b) => b.kind === 'table' && b.id === id) as TableBlock | undefined) ?? null;
}

export function reportBlock<K extends Block['kind']>(part: ReportPart, kind: K, id?: string): Extract<Block, { kind: K }> | null {
  const found = part.blocks.find((b) => b.kind === kind && (id === undefined || ('id' in b && b.id === id)));
  return (found as Extract<Block, { kind: K }> | undefined) ?? null;
}

/** The report section under the h2 of that anchor ("situation-market"): its blocks up to the next h2. */
export function reportSection(part: ReportPart, anchor: string): Block[] {
  const start = part.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2 && b.anchor === `${part.key}-${anchor}`);
  if (start < 0) return [];
  const end = part.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 2);
  return part.blocks.slice(start + 1, end < 0 ? undefined : end);
}

/** The h2 heading's text of that anchor, without its number. */
export function sectionTitle(part: ReportPart, anchor: string): string | null {
  const heading = part.blocks.find((b) => b.kind === 'heading' && b.level === 2 && b.anchor === `${part.key}-${anchor}`);
  return heading && heading.kind === 'heading' ? heading.text : null;
}
