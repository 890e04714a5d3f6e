import { SWOT_KINDS, TOWS_KINDS, type Evidence, type SwotItem } from '../../domain';
import { cell, col, table, type BuildContext, type PartWriter } from '../context';
import type { MatrixQuadrant } from '../types';

/** S1, S2, W1, … in the order the planner listed them, so the TOWS table can cite items briefly. */
export function swotCodes(items: readonly SwotItem[]): Map<string, string> {
  const counters = new Map<string, number>();
  const codes = new Map<string, string>();
  for (const item of items) {
    const n = (counters.get(item.kind) ?? 0) + 1;
    counters.set(item.kind, n);
    codes.set(item.id, `${item.kind}${n}`);
  }
  return codes;
}

function evidenceName(ctx: BuildContext, evidence: Evidence | null): string {
  const dash = ctx.t('report.empty');
  if (!evidence) return dash;
  const c = ctx.plan.collections;
  const t = ctx.t;
  switch (evidence.kind) {
    case 'segment':
      return c.segments.find((r) => r.id === evidence.id)?.name ?? dash;
    case 'product':
      return c.products.find((r) => r.id === evidence.id)?.name ?? dash;
    case 'competitor':
      return c.competitors.find((r) => r.id === evidence.id)?.name ?? dash;
    case 'channel':
      return c.channels.find((r) => r.id === evidence.id)?.name ?? dash;
    case 'macroForce': {
      const force = c.macroForces.find((r) => r.id === evidence.id);
      return force ? t('report.labelled', { label: t(`report.situation.forces.${force.force}`), text: force.finding }) : dash;
    }
    case 'customerTier': {
      const tier = c.customerTiers.find((r) => r.id === evidence.id);
      return tier ? tier.name || t(`report.situation.tiers.${tier.tier}`) : dash;
    }
  }
}

/** The 2 × 2 matrix (internal above, external below), every item in detail, then the TOWS strategies. */
export function writeSwot(w: PartWriter, ctx: BuildContext): void {
  const { plan, t } = ctx;
  const { swotItems, towsStrategies } = plan.collections;
  if (swotItems.length === 0 && towsStrategies.length === 0) return;
  const codes = swotCodes(swotItems);
  const S = (key: string, params?: Record<string, string | number>) => t(`report.swot.${key}`, params);

  if (swotItems.length > 0) {
    const quadrant = (kind: (typeof SWOT_KINDS)[number]): MatrixQuadrant => ({
      key: kind,
      title: S(`kinds.${kind}`),
      subtitle: kind === 'S' || kind === 'W' ? S('internal') : S('external'),
      items: swotItems
        .filter((i) => i.kind === kind)
        .map((i) => {
          const scores =
            i.impact === null
              ? ''
              : i.likelihood === null
                ? S('scores', { impact: i.impact })
                : S('scoresExternal', { impact: i.impact, likelihood: i.likelihood });
          return { ref: codes.get(i.id)!, text: i.statement, detail: scores ? ctx.paren('', scores) : '' };
        }),
    });
    w.h2(S('matrix'), 'matrix');
    w.push({
      kind: 'matrix',
      id: 'swot',
      quadrants: [
        [quadrant('S'), quadrant('W')],
        [quadrant('O'), quadrant('T')],
      ],
      emptyText: t('report.nothingListed'),
      note: swotItems.some((i) => i.impact !== null) ? S('matrixCaption') : null,
    });

    // The matrix already states each item; what the detail adds is the finding behind it.
    const evidenced = SWOT_KINDS.flatMap((kind) => swotItems.filter((i) => i.kind === kind && i.evidence !== null));
    if (evidenced.length > 0) {
      w.h2(S('evidenceTitle'), 'evidence');
      w.push(
        table(
          'swot-evidence',
          [col(S('code'), 'left', 0.8), col(S('statement'), 'left', 5), col(S('evidence'), 'left', 4.4)],
          evidenced.map((i) => [cell(codes.get(i.id)!, { bold: true }), cell(i.statement), cell(evidenceName(ctx, i.evidence))]),
        ),
      );
    }
  }

  if (towsStrategies.length > 0) {
    w.h2(S('tows'), 'tows');
    const order = new Map(swotItems.map((item) => [item.id, SWOT_KINDS.indexOf(item.kind) * 10_000 + swotItems.indexOf(item)]));
    const rows = TOWS_KINDS.flatMap((kind) =>
      towsStrategies
        .filter((s) => s.kind === kind)
        // The kind is named once, on the first strategy of its group.
        .map((s, i) => [
          cell(i === 0 ? S(`towsKinds.${s.kind}`) : '', { bold: true }),
          cell(s.strategy),
          cell(
            s.swotItemIds
              .filter((id) => codes.has(id))
              .sort((a, b) => order.get(a)! - order.get(b)!)
              .map((id) => codes.get(id))
              .join(t('report.listSeparator')) || t('report.empty'),
          ),
        ]),
    );
    w.push(table('tows', [col(S('kind'), 'left', 3.2), col(S('strategy'), 'left', 6), col(S('pairs'), 'left', 1.6)], rows));
  }
}
