import { TOWS_KINDS } from '../domain';
import { swotCodes } from '../report/parts/swot';
import type { KeyValueBlock, MatrixBlock, MatrixQuadrant } from '../report/types';
import { reportBlock, reportSection, reportTable, sectionTitle, type SlideContext, type SlideWriter } from './context';
import { cutByLines, cutList, cutRichText, cutTable, dropZeroCents, SLIDE_LIMITS } from './cut';
import type { FiguresBlock, QuadrantsBlock, SlideQuadrant, SlideTable } from './types';

function figures(kv: KeyValueBlock | null, skip: readonly string[] = []): FiguresBlock | null {
  const items = (kv?.rows ?? []).filter((r) => !skip.includes(r.label)).map((r) => ({ label: r.label, value: dropZeroCents(r.value) }));
  return items.length > 0 ? { kind: 'figures', items } : null;
}

/** A quarter of a 2 × 2 with the items that fit: short items leave room for more of them. */
export function quadrant(q: MatrixQuadrant, layout: 'ref' | 'trailing' = 'ref'): SlideQuadrant {
  const { shown, more } = cutByLines(q.items, (i) => (layout === 'trailing' ? `${i.text} (${i.ref})` : i.text), {
    lines: SLIDE_LIMITS.quadrantLines,
    lineWidth: SLIDE_LIMITS.quadrantLineWidth,
    maxLinesPerItem: layout === 'trailing' ? 3 : 2,
  });
  return { key: q.key, title: q.title, subtitle: q.subtitle, items: shown.map((i) => ({ ref: i.ref, text: i.text })), more };
}

/** The title screen, the narrative as far as a screen holds it, and the figures at a glance. */
export function summarySlides(w: SlideWriter, ctx: SlideContext): void {
  const { plan, t, f, part } = ctx;
  const C = (key: string) => t(`report.cover.${key}`);
  const lines = [
    { label: C('preparedFor'), value: plan.meta.client.trim() },
    { label: C('preparedBy'), value: plan.meta.author.trim() },
    { label: C('period'), value: f.dateRange(plan.meta.periodStart, plan.meta.periodEnd) },
  ].filter((l) => l.value !== '');
  w.add('cover', plan.meta.name, [{ kind: 'cover', eyebrow: C('kind'), title: plan.meta.name, lines }]);
  const narrative = part.blocks.find((b) => b.kind === 'richText');
  if (narrative && narrative.kind === 'richText') {
    const cut = cutRichText(narrative.doc);
    w.add('narrative', part.title, [{ kind: 'richText', doc: cut.doc, more: cut.more }]);
  }
  // The objectives have their own slides; here they would crowd out the figures.
  const glance = figures(reportBlock(part, 'keyValue', 'summary-glance'), [t('report.summary.topObjectives')]);
  w.add('glance', t('report.summary.atAGlance'), [glance]);
}

/** One screen per section of the analysis, each with its key table condensed. */
export function situationSlides(w: SlideWriter, ctx: SlideContext): void {
  const { plan, part } = ctx;
  const section = (anchor: string, blocks: (FiguresBlock | SlideTable | null)[]) => {
    const title = sectionTitle(part, anchor);
    if (title) w.add(anchor, title, blocks);
  };
  const market = reportSection(part, 'market');
  const marketFacts = market.find((b) => b.kind === 'keyValue' && b.id === 'market') as KeyValueBlock | undefined;
  const segments = reportTable(part, 'segments');
  section('market', [figures(marketFacts ?? null), segments ? cutTable(segments, { wrap: [0, 3], maxRows: 4 }) : null]);
  const products = reportTable(part, 'products');
  section('product', [products ? cutTable(products) : null]);

  const competitors = reportTable(part, 'competitors');
  // The attribute names ("Weaknesses") need a little more room than the report gives them.
  const position = reportBlock(part, 'keyValue', 'our-position');
  let competitorTable: SlideTable | null = null;
  if (competitors) {
    // Share, strengths and weaknesses: what a room compares across competitors.
    const rows = [0, 3, 4].map((i) => competitors.rows[i]!).filter(Boolean);
    const shown = competitors.columns.filter((c, i) => i === 0 || c.header !== '').length;
    competitorTable = {
      ...cutTable(
        { ...competitors, rows },
        { columns: Array.from({ length: shown }, (_, i) => i), wrap: [1, 2, 3, 4], maxRows: 3, widths: { 0: 2.4 } },
      ),
      more: plan.collections.competitors.length - (shown - 1),
    };
  }
  section('competition', [figures(position), competitorTable]);
  const channels = reportTable(part, 'channels');
  section('distribution', [channels ? cutTable(channels, { columns: [0, 1, 2, 3], wrap: [3] }) : null]);
  const forces = reportTable(part, 'macro-forces');
  section('macro', [forces ? cutTable(forces, { wrap: [1] }) : null]);
  const tiers = reportTable(part, 'customer-tiers');
  section('customers', [tiers ? cutTable(tiers, { columns: [0, 1, 2, 5], wrap: [0, 1], maxRows: 6 }) : null]);
}

/** The SWOT as a 2 × 2, then the TOWS strategies as a 2 × 2 of the same shape. */
export function swotSlides(w: SlideWriter, ctx: SlideContext): void {
  const { plan, t, part } = ctx;
  const S = (key: string) => t(`report.swot.${key}`);
  const matrix = reportBlock(part, 'matrix', 'swot') as MatrixBlock | null;
  if (matrix) {
    const [[s, wk], [o, th]] = matrix.quadrants;
    const block: QuadrantsBlock = {
      kind: 'quadrants',
      id: 'swot',
      quadrants: [quadrant(s), quadrant(wk), quadrant(o), quadrant(th)],
      layout: 'ref',
      emptyText: matrix.emptyText,
    };
    w.add('matrix', S('matrix'), [block]);
  }
  const { towsStrategies, swotItems } = plan.collections;
  if (towsStrategies.length > 0) {
    const codes = swotCodes(swotItems);
    const byKind = (kind: (typeof TOWS_KINDS)[number]): SlideQuadrant =>
      quadrant(
        {
          key: kind,
          title: S(`towsKinds.${kind}`),
          subtitle: '',
          items: towsStrategies
            .filter((st) => st.kind === kind)
            .map((st) => ({
              ref: st.swotItemIds
                .map((id) => codes.get(id))
                .filter(Boolean)
                .join(t('report.listSeparator')),
              text: st.strategy,
              detail: '',
            })),
        },
        'trailing',
      );
    w.add('tows', sectionTitle(part, 'tows') ?? S('tows'), [
      {
        kind: 'quadrants',
        id: 'tows',
        quadrants: [byKind('SO'), byKind('WO'), byKind('ST'), byKind('WT')],
        layout: 'trailing',
        emptyText: t('report.nothingListed'),
      },
    ]);
  }
}

/** The objectives as cards (number, target, deadline), then the issues. */
export function objectivesSlides(w: SlideWriter, ctx: SlideContext): void {
  const { plan, t, f, part } = ctx;
  const O = (key: string) => t(`report.objectives.${key}`);
  const dash = t('report.empty');
  const { shown, more } = cutList(plan.collections.objectives, SLIDE_LIMITS.cards);
  if (shown.length > 0) {
    w.add('cards', sectionTitle(part, 'objectives') ?? O('objectives'), [
      {
        kind: 'cards',
        id: 'objectives',
        more,
        cards: shown.map((o, i) => ({
          ref: String(i + 1),
          title: o.title,
          detail: [O(`kinds.${o.kind}`), o.metric ? O(`metrics.${o.metric}`) : '', o.owner.trim()].filter(Boolean).join(' · '),
          facts: [
            { label: O('baseline'), value: o.baseline === null ? dash : ctx.f.number(o.baseline) },
            { label: O('target'), value: o.target === null ? dash : quantity(f.number(o.target), o.unit) },
            { label: O('deadline'), value: o.deadline ? f.date(o.deadline) : dash },
          ],
          badge: null,
        })),
      },
    ]);
  }
  const issues = reportTable(part, 'issues');
  if (issues) w.add('issues', sectionTitle(part, 'issues') ?? O('issues'), [cutTable(issues, { wrap: [1] })]);
}

/** "95 students", "66%": a percent or per-mille sign sits on the number, a word is spaced. */
export function quantity(number: string, unit: string): string {
  const u = unit.trim();
  return u === '' ? number : /^[%‰]/.test(u) ? `${number}${u}` : `${number} ${u}`;
}
