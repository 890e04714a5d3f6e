import { isRichTextEmpty, type RichText } from '../../domain';
import { cell, col, hasText, keyValue, table, type BuildContext, type PartWriter } from '../context';
import type { Block } from '../types';

const COMPETITORS_PER_TABLE = 4;

function narrative(doc: RichText): Block | null {
  return isRichTextEmpty(doc) ? null : { kind: 'richText', doc };
}

/** Market, product, competition, distribution, macro environment, customers: each only when it has something. */
export function writeSituation(w: PartWriter, ctx: BuildContext): void {
  const { plan, t, f } = ctx;
  const s = plan.fields.situation;
  const c = plan.collections;
  const L = (key: string) => t(`report.situation.${key}`);
  const dash = t('report.empty');
  const pct = (v: number | null) => (v === null ? dash : f.percent(v));

  const marketFacts = keyValue(
    'market',
    [
      s.marketSize === null ? null : { label: L('marketSize'), value: f.money(s.marketSize) },
      s.marketGrowthPct === null ? null : { label: L('marketGrowth'), value: f.percent(s.marketGrowthPct) },
    ],
    dash,
  );
  const bb = s.buyingBehaviour;
  const behaviour = keyValue(
    'buying-behaviour',
    (['cultural', 'social', 'personal', 'psychological', 'buyingRoles', 'decisionStages'] as const).map((k) => ({
      label: L(k),
      value: bb[k].trim(),
    })),
    dash,
  );
  if (marketFacts || !isRichTextEmpty(s.market) || c.segments.length > 0 || behaviour) {
    w.h2(L('market'), 'market');
    w.push(marketFacts, narrative(s.market));
    if (c.segments.length > 0) {
      w.h3(L('segments'), 'segments');
      w.push(
        table(
          'segments',
          [col(L('segment'), 'left', 3), col(L('size'), 'right', 1.4), col(L('growth'), 'right', 1.2), col(L('needs'), 'left', 5)],
          c.segments.map((seg) => [cell(seg.name, { bold: true }), cell(ctx.num(seg.size)), cell(pct(seg.growthPct)), cell(ctx.text(seg.needs))]),
        ),
      );
    }
    if (behaviour) {
      w.h3(L('buyingBehaviour'), 'buying-behaviour');
      w.push(behaviour);
    }
  }

  if (!isRichTextEmpty(s.product) || c.products.length > 0) {
    w.h2(L('product'), 'product');
    w.push(narrative(s.product));
    if (c.products.length > 0) {
      w.push(
        table(
          'products',
          [
            col(L('products'), 'left', 3.4),
            col(L('salesVolume'), 'right', 1.4),
            col(t('report.withUnit', { label: L('price'), unit: f.currency }), 'right', 1.6),
            col(L('margin'), 'right', 1.2),
            col(L('stage'), 'left', 1.6),
          ],
          c.products.map((p) => [
            cell(p.name, { bold: true }),
            cell(ctx.num(p.salesVolume)),
            cell(p.price === null ? dash : f.amount(p.price)),
            cell(pct(p.marginPct)),
            cell(p.stage ? L(`stages.${p.stage}`) : dash),
          ]),
        ),
      );
    }
  }

  if (!isRichTextEmpty(s.competition) || s.ourPosition !== null || c.competitors.length > 0) {
    w.h2(L('competition'), 'competition');
    w.push(
      keyValue('our-position', [s.ourPosition ? { label: L('ourPosition'), value: L(`positions.${s.ourPosition}`), bold: true } : null], dash),
      narrative(s.competition),
    );
    if (c.competitors.length > 0) {
      w.h3(L('competitors'), 'competitors');
      // One column per competitor, one row per attribute: a comparison reads across, and four
      // competitors side by side are as many as a page holds legibly.
      for (let at = 0; at < c.competitors.length; at += COMPETITORS_PER_TABLE) {
        const group = c.competitors.slice(at, at + COMPETITORS_PER_TABLE);
        // A continuation table keeps the first one's columns, so the two line up.
        const pad = c.competitors.length > COMPETITORS_PER_TABLE ? COMPETITORS_PER_TABLE - group.length : 0;
        const row = (label: string, value: (k: (typeof group)[number]) => string) => [
          cell(label, { bold: true }),
          ...group.map((k) => cell(value(k))),
          ...Array.from({ length: pad }, () => cell('')),
        ];
        w.push(
          table(
            at === 0 ? 'competitors' : `competitors-${at / COMPETITORS_PER_TABLE + 1}`,
            [col('', 'left', 1.9), ...group.map((k) => col(k.name, 'left', 3)), ...Array.from({ length: pad }, () => col('', 'left', 3))],
            [
              row(L('share'), (k) => pct(k.sharePct)),
              row(L('strategy'), (k) => ctx.text(k.strategy)),
              row(L('objectives'), (k) => ctx.text(k.objectives)),
              row(L('strengths'), (k) => ctx.text(k.strengths)),
              row(L('weaknesses'), (k) => ctx.text(k.weaknesses)),
              row(L('likelyReaction'), (k) => ctx.text(k.likelyReaction)),
            ],
          ),
        );
      }
    }
  }

  if (!isRichTextEmpty(s.distribution) || c.channels.length > 0) {
    w.h2(L('distribution'), 'distribution');
    w.push(narrative(s.distribution));
    if (c.channels.length > 0) {
      w.push(
        table(
          'channels',
          [col(L('channel'), 'left', 3), col(L('share'), 'right', 1.2), col(L('trend'), 'left', 1.3), col(L('conflicts'), 'left', 5)],
          c.channels.map((ch) => [
            cell(ch.name, { bold: true }),
            cell(pct(ch.sharePct)),
            cell(ch.trend ? L(`trends.${ch.trend}`) : dash),
            cell(ctx.text(ch.conflicts)),
          ]),
        ),
      );
    }
  }

  if (!isRichTextEmpty(s.macro) || c.macroForces.length > 0) {
    w.h2(L('macro'), 'macro');
    w.push(narrative(s.macro));
    if (c.macroForces.length > 0) {
      w.push(
        table(
          'macro-forces',
          [col(L('force'), 'left', 2), col(L('finding'), 'left', 6), col(L('effect'), 'left', 1.6)],
          c.macroForces.map((m) => [
            cell(L(`forces.${m.force}`), { bold: true }),
            cell(ctx.text(m.finding)),
            cell(m.effect ? L(`effects.${m.effect}`) : dash, {
              tone: m.effect === 'opportunity' ? 'good' : m.effect === 'threat' ? 'bad' : undefined,
            }),
          ]),
        ),
      );
    }
  }

  if (!isRichTextEmpty(s.customers) || c.customerTiers.length > 0) {
    w.h2(L('customers'), 'customers');
    w.push(narrative(s.customers));
    if (c.customerTiers.length > 0) {
      const withNotes = c.customerTiers.some((tier) => hasText(tier.notes));
      w.push(
        table(
          'customer-tiers',
          [
            col(L('tier'), 'left', 2.4),
            col(L('name'), 'left', 2.4),
            col(L('customerCount'), 'right', 1.3),
            col(L('recency'), 'right', 1.5),
            col(L('frequency'), 'right', 1.5),
            col(t('report.withUnit', { label: L('monetary'), unit: f.currency }), 'right', 1.8),
            ...(withNotes ? [col(L('notes'), 'left', 2.6)] : []),
          ],
          c.customerTiers.map((tier) => [
            cell(L(`tiers.${tier.tier}`), { bold: true }),
            cell(ctx.text(tier.name)),
            cell(ctx.num(tier.customers)),
            cell(ctx.num(tier.recencyDays)),
            cell(ctx.num(tier.frequency)),
            cell(tier.monetary === null ? dash : f.amount(tier.monetary)),
            ...(withNotes ? [cell(ctx.text(tier.notes))] : []),
          ]),
        ),
      );
    }
  }
}
