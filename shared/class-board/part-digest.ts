import type { PartKey, Plan } from '../domain';
import { richTextToPlain } from '../domain';
import { formatMoney } from '../format/money';
import type { Translate } from '../i18n/types';
import { boardRow } from './board';
import { formatCell } from './columns';

/** One part of one plan, condensed for the side-by-side view: a few headed lists of short lines. */
export type PartDigest = { heading: string; lines: string[] }[];

/** At most this many lines under a heading; the rest is counted ("+ 4 more"), as a trainer scans, not reads. */
const MAX_LINES = 8;

function list(heading: string, lines: string[], t: Translate): PartDigest[number] {
  const shown = lines.filter((l) => l.trim() !== '');
  return {
    heading,
    lines: shown.length > MAX_LINES ? [...shown.slice(0, MAX_LINES), t('classes.more', { count: shown.length - MAX_LINES })] : shown,
  };
}

const short = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * What a trainer compares of one part across participants: the part's main rows and statements
 * (segments, SWOT items, objectives, the 4P, actions, KPIs…) and, for the budget, its key figures,
 * all from the plan as it stands. Headings in the reader's language; the plan's own text as written.
 */
export function partDigest(plan: Plan, part: PartKey, t: Translate, locale: string): PartDigest {
  const c = plan.collections;
  const f = plan.fields;
  const h = (key: string) => t(`classes.digest.${key}`);
  switch (part) {
    case 'summary':
      return [list(h('summary'), [short(richTextToPlain(f.summary.narrative).trim(), 900)], t)];
    case 'situation':
      return [
        list(
          h('segments'),
          c.segments.map((s) => s.name),
          t,
        ),
        list(
          h('competitors'),
          c.competitors.map((s) => s.name),
          t,
        ),
        list(
          h('channels'),
          c.channels.map((s) => s.name),
          t,
        ),
      ];
    case 'swot':
      return [
        ...(['S', 'W', 'O', 'T'] as const).map((kind) =>
          list(
            h(`swot${kind}`),
            c.swotItems.filter((i) => i.kind === kind).map((i) => short(i.statement)),
            t,
          ),
        ),
        list(
          h('tows'),
          c.towsStrategies.map((s) => short(s.strategy)),
          t,
        ),
      ];
    case 'objectives':
      return [
        list(
          h('objectives'),
          c.objectives.map((o) => short(o.title)),
          t,
        ),
        list(
          h('issues'),
          c.issues.map((i) => short(i.statement)),
          t,
        ),
      ];
    case 'strategy': {
      const s = f.strategy;
      return [
        list(
          h('targeted'),
          c.segmentScores.filter((x) => x.targeted).map((x) => c.segments.find((seg) => seg.id === x.segmentId)?.name ?? ''),
          t,
        ),
        list(h('positioning'), [short(s.positioning.statement)], t),
        list(h('product'), [short(s.product.line), short(s.product.features)], t),
        list(h('price'), [s.price.listPrice === null ? '' : formatMoney(s.price.listPrice, plan.meta.currency, locale)], t),
        list(h('promotion'), [short(s.promotion.message)], t),
      ];
    }
    case 'actions':
      return [
        list(
          h('actions'),
          c.actions.map((a) => (a.cost === null ? a.title : `${a.title} · ${formatMoney(a.cost, plan.meta.currency, locale)}`)),
          t,
        ),
      ];
    case 'budget': {
      const row = boardRow(plan);
      return [
        list(
          h('figures'),
          (['revenue', 'marketing', 'contribution', 'breakEven'] as const).map(
            (col) => `${t(`classes.columns.${col}`)}: ${formatCell(row, col, locale)}`,
          ),
          t,
        ),
      ];
    }
    case 'control':
      return [
        list(
          h('kpis'),
          c.kpis.map((k) => k.metric),
          t,
        ),
      ];
  }
}
