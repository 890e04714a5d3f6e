import { isRichTextEmpty } from '../../domain';
import { cell, col, keyValue, table, type BuildContext, type PartWriter } from '../context';

export function writeStrategy(w: PartWriter, ctx: BuildContext): void {
  const { plan, t, f } = ctx;
  const s = plan.fields.strategy;
  const dash = t('report.empty');
  const S = (key: string) => t(`report.strategy.${key}`);
  const kv = (label: string, value: string) => ({ label, value: value.trim() });

  const scores = plan.collections.segmentScores;
  if (scores.length > 0) {
    const names = new Map(plan.collections.segments.map((seg) => [seg.id, seg.name]));
    w.h2(S('segmentation'), 'segmentation');
    w.push(
      table(
        'segment-scores',
        [
          col(S('segment'), 'left', 3.4),
          col(S('size'), 'right', 1),
          col(S('growth'), 'right', 1),
          col(S('intensity'), 'right', 1.6),
          col(S('fit'), 'right', 1),
          col(S('targeted'), 'center', 1.4),
        ],
        scores.map((sc) => [
          cell(names.get(sc.segmentId) ?? dash, { bold: sc.targeted }),
          cell(ctx.num(sc.size)),
          cell(ctx.num(sc.growth)),
          cell(ctx.num(sc.intensity)),
          cell(ctx.num(sc.fit)),
          cell(sc.targeted ? `✓ ${t('report.yes')}` : t('report.no'), { bold: sc.targeted, tone: sc.targeted ? 'good' : 'muted' }),
        ]),
        { note: S('scoresCaption') },
      ),
    );
  }

  const p = s.positioning;
  const positioningParts = keyValue(
    'positioning',
    [
      kv(S('forWhom'), p.forWhom),
      kv(S('need'), p.need),
      kv(S('category'), p.category),
      kv(S('benefit'), p.benefit),
      kv(S('unlikeWhom'), p.unlikeWhom),
    ],
    dash,
  );
  if (p.statement.trim() || positioningParts) {
    w.h2(S('positioning'), 'positioning');
    if (p.statement.trim()) w.push({ kind: 'paragraph', text: p.statement.trim(), style: 'statement' });
    w.push(positioningParts);
  }

  const d = s.differentiation;
  const differentiation = keyValue(
    'differentiation',
    [kv(S('productDiff'), d.product), kv(S('serviceDiff'), d.service), kv(S('channelDiff'), d.channel), kv(S('imageDiff'), d.image)],
    dash,
  );
  if (differentiation) {
    w.h2(S('differentiation'), 'differentiation');
    w.push(differentiation);
  }

  if (!isRichTextEmpty(s.competitiveStrategy)) {
    w.h2(S('competitiveStrategy'), 'competitive');
    w.push({ kind: 'richText', doc: s.competitiveStrategy });
  }

  const P = (key: string) => t(`report.strategy.product.${key}`);
  const product = keyValue(
    'mix-product',
    (['line', 'features', 'quality', 'brand', 'packaging', 'services', 'lifeCycleStrategy'] as const).map((k) => kv(P(k), s.product[k])),
    dash,
  );
  const R = (key: string) => t(`report.strategy.price.${key}`);
  const price = keyValue(
    'mix-price',
    [
      kv(R('objective'), s.price.objective),
      kv(R('method'), s.price.method ? R(`methods.${s.price.method}`) : ''),
      kv(R('listPrice'), s.price.listPrice === null ? '' : f.money(s.price.listPrice)),
      kv(R('discounts'), s.price.discounts),
      kv(R('promotionalPricing'), s.price.promotionalPricing),
    ],
    dash,
  );
  const A = (key: string) => t(`report.strategy.place.${key}`);
  const place = keyValue(
    'mix-place',
    [
      kv(A('design'), s.place.design ? A(`designs.${s.place.design}`) : ''),
      kv(A('coverage'), s.place.coverage),
      kv(A('logistics'), s.place.logistics),
      kv(A('management'), s.place.management),
    ],
    dash,
  );
  const M = (key: string) => t(`report.strategy.promotion.${key}`);
  const promotion = keyValue(
    'mix-promotion',
    [
      kv(M('audience'), s.promotion.audience),
      kv(M('objectives'), s.promotion.objectives),
      kv(M('message'), s.promotion.message),
      kv(M('media'), s.promotion.media.map((m) => M(`mediaKinds.${m}`)).join(t('report.listSeparator'))),
      kv(M('budget'), s.promotion.budget === null ? '' : f.money(s.promotion.budget)),
    ],
    dash,
  );
  if (product || price || place || promotion) {
    w.h2(S('mix'), 'mix');
    for (const [key, block] of [
      ['product', product],
      ['price', price],
      ['place', place],
      ['promotion', promotion],
    ] as const) {
      if (!block) continue;
      w.h3(t(`report.strategy.${key}.title`), `mix-${key}`);
      w.push(block);
    }
  }
}
