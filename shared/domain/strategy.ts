import { z } from 'zod';
import { Id, Money, Score, Text } from './primitives';
import { EMPTY_RICH_TEXT, RichText } from './rich-text';

export const PRICING_METHODS = ['costPlus', 'valueBased', 'competitionBased'] as const;
export const CHANNEL_DESIGNS = ['direct', 'distributors', 'retail', 'ecommerce', 'omnichannel'] as const;
export const MEDIA = ['advertising', 'salesPromotion', 'publicRelations', 'personalSelling', 'directDigital'] as const;
export const MIX_ELEMENTS = ['product', 'price', 'place', 'promotion'] as const;
export type MixElement = (typeof MIX_ELEMENTS)[number];

/** How attractive a segment is, scored 1–5 on each criterion; `targeted` records the choice. */
export const SegmentScore = z.strictObject({
  id: Id,
  segmentId: Id,
  size: Score.nullable(),
  growth: Score.nullable(),
  /** Higher means a fiercer fight, so it counts against the segment. */
  intensity: Score.nullable(),
  fit: Score.nullable(),
  targeted: z.boolean(),
});

export const Positioning = z.strictObject({
  forWhom: Text,
  need: Text,
  category: Text,
  benefit: Text,
  unlikeWhom: Text,
  statement: Text,
});

export const Differentiation = z.strictObject({
  product: Text,
  service: Text,
  channel: Text,
  image: Text,
});

export const ProductMix = z.strictObject({
  line: Text,
  features: Text,
  quality: Text,
  brand: Text,
  packaging: Text,
  services: Text,
  lifeCycleStrategy: Text,
});

export const PriceMix = z.strictObject({
  objective: Text,
  method: z.enum(PRICING_METHODS).nullable(),
  listPrice: Money.nullable(),
  discounts: Text,
  promotionalPricing: Text,
});

export const PlaceMix = z.strictObject({
  design: z.enum(CHANNEL_DESIGNS).nullable(),
  coverage: Text,
  logistics: Text,
  management: Text,
});

export const PromotionMix = z.strictObject({
  audience: Text,
  objectives: Text,
  message: Text,
  media: z.array(z.enum(MEDIA)).max(MEDIA.length),
  budget: Money.nullable(),
});

export const StrategyFields = z.strictObject({
  positioning: Positioning,
  differentiation: Differentiation,
  competitiveStrategy: RichText,
  product: ProductMix,
  price: PriceMix,
  place: PlaceMix,
  promotion: PromotionMix,
});

export type SegmentScore = z.infer<typeof SegmentScore>;
export type StrategyFields = z.infer<typeof StrategyFields>;

export function emptyStrategyFields(): StrategyFields {
  return {
    positioning: { forWhom: '', need: '', category: '', benefit: '', unlikeWhom: '', statement: '' },
    differentiation: { product: '', service: '', channel: '', image: '' },
    competitiveStrategy: EMPTY_RICH_TEXT,
    product: { line: '', features: '', quality: '', brand: '', packaging: '', services: '', lifeCycleStrategy: '' },
    price: { objective: '', method: null, listPrice: null, discounts: '', promotionalPricing: '' },
    place: { design: null, coverage: '', logistics: '', management: '' },
    promotion: { audience: '', objectives: '', message: '', media: [], budget: null },
  };
}
