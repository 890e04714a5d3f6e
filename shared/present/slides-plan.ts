import { actionTimelineChart, timelineActions, timelineHeight } from '../charts/action-timeline';
import { planMonths } from '../logic/months';
import type { KeyValueBlock } from '../report/types';
import { CHART_WIDTH, reportBlock, reportTable, sectionTitle, type SlideContext, type SlideWriter } from './context';
import { cutByLines, cutTable, dropZeroCents, SLIDE_LIMITS } from './cut';
import type { SlideQuadrant } from './types';

/** Rows of the action timeline on a slide: drawn 214 px high, shown at 428 under a subtitle. */
const TIMELINE_ROWS = 5;

function kvQuadrant(key: string, title: string, kv: KeyValueBlock | null): SlideQuadrant {
  const { shown, more } = cutByLines(kv?.rows ?? [], (r) => `${r.label} ${r.value}`, {
    lines: SLIDE_LIMITS.quadrantLines,
    lineWidth: SLIDE_LIMITS.quadrantLineWidth,
    maxLinesPerItem: 2,
  });
  return { key, title, subtitle: '', items: shown.map((r) => ({ ref: r.label, text: r.value })), more };
}

/** Segments and targeting, the positioning statement, and the 4P as a 2 × 2. */
export function strategySlides(w: SlideWriter, ctx: SlideContext): void {
  const { t, part } = ctx;
  const S = (key: string) => t(`report.strategy.${key}`);
  const scores = reportTable(part, 'segment-scores');
  if (scores) w.add('segmentation', sectionTitle(part, 'segmentation') ?? S('segmentation'), [cutTable(scores)]);

  const statement = part.blocks.find((b) => b.kind === 'paragraph' && b.style === 'statement');
  const positioning = reportBlock(part, 'keyValue', 'positioning');
  if (statement || positioning) {
    w.add('positioning', sectionTitle(part, 'positioning') ?? S('positioning'), [
      statement && statement.kind === 'paragraph' ? { kind: 'statement', text: statement.text } : null,
      // The statement already says it all in one sentence; its parts repeat it, so they show only without it.
      !statement && positioning ? { kind: 'facts', rows: positioning.rows.map((r) => ({ label: r.label, value: r.value })) } : null,
    ]);
  }

  const mix = (['product', 'price', 'place', 'promotion'] as const).map((key) =>
    kvQuadrant(key, t(`report.strategy.${key}.title`), reportBlock(part, 'keyValue', `mix-${key}`)),
  );
  if (mix.some((q) => q.items.length > 0)) {
    w.add('mix', sectionTitle(part, 'mix') ?? S('mix'), [
      { kind: 'quadrants', id: 'mix', quadrants: [mix[0]!, mix[1]!, mix[2]!, mix[3]!], layout: 'inline', emptyText: t('report.nothingListed') },
    ]);
  }
}

/** The timeline (its span and cost under the heading), then the programme's first rows. */
export function actionsSlides(w: SlideWriter, ctx: SlideContext): void {
  const { plan, t, part, chart } = ctx;
  const A = (key: string) => t(`report.actions.${key}`);
  const { actions } = plan.collections;
  if (actions.length === 0) return;
  const overview = reportBlock(part, 'keyValue', 'actions-overview');
  // How many, what they cost, over which dates: the status breakdown is the timeline's colours.
  const subtitle = overview
    ? overview.rows
        .map((r, i) => t('report.labelled', { label: r.label, text: i === 0 ? ctx.f.number(actions.length) : dropZeroCents(r.value) }))
        .join(' · ')
    : null;
  const dated = timelineActions(actions).length;
  if (dated > 0) {
    const option = actionTimelineChart(actions, chart, { months: planMonths(plan.meta), maxRows: TIMELINE_ROWS });
    const height = timelineHeight(dated, TIMELINE_ROWS);
    w.add(
      'timeline',
      A('timeline'),
      [{ kind: 'chart', id: 'actionTimeline', option, width: CHART_WIDTH, height, caption: A('timeline'), more: 0 }],
      subtitle,
    );
  }
  const programme = reportTable(part, 'actions');
  if (programme)
    w.add(
      'programme',
      sectionTitle(part, 'programme') ?? A('programme'),
      [cutTable(programme, { widths: { 0: 0.8, 1: 5, 2: 3.2, 3: 1.8, 4: 1.9 } })],
      dated > 0 ? null : subtitle,
    );
}
