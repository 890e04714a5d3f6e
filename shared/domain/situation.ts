import { message } from './messages';
import { z } from 'zod';
import { Id, Money, Percent, Quantity, ShortText, Text } from './primitives';
import { RichText, EMPTY_RICH_TEXT } from './rich-text';

export const LIFE_CYCLE_STAGES = ['introduction', 'growth', 'maturity', 'decline'] as const;
export const MARKET_POSITIONS = ['leader', 'challenger', 'follower', 'nicher'] as const;
export const MACRO_FORCES = ['demographic', 'economic', 'natural', 'technological', 'politicalLegal', 'socioCultural'] as const;
export const CUSTOMER_TIERS = ['opinionLeader', 'keyAccount', 'smallMid', 'intending', 'potential', 'other'] as const;
export const TRENDS = ['rising', 'stable', 'falling'] as const;

export const Segment = z.strictObject({
  id: Id,
  name: ShortText.min(1, { message: message('empty') }),
  size: Quantity.nullable(),
  growthPct: Percent.nullable(),
  needs: Text,
});

export const Product = z.strictObject({
  id: Id,
  name: ShortText.min(1, { message: message('empty') }),
  salesVolume: Quantity.nullable(),
  price: Money.nullable(),
  marginPct: Percent.nullable(),
  stage: z.enum(LIFE_CYCLE_STAGES).nullable(),
});

export const Competitor = z.strictObject({
  id: Id,
  name: ShortText.min(1, { message: message('empty') }),
  sharePct: Percent.nullable(),
  strategy: Text,
  objectives: Text,
  strengths: Text,
  weaknesses: Text,
  likelyReaction: Text,
});

export const Channel = z.strictObject({
  id: Id,
  name: ShortText.min(1, { message: message('empty') }),
  sharePct: Percent.nullable(),
  trend: z.enum(TRENDS).nullable(),
  conflicts: Text,
});

export const MacroForce = z.strictObject({
  id: Id,
  force: z.enum(MACRO_FORCES),
  finding: Text,
  effect: z.enum(['opportunity', 'threat', 'neutral']).nullable(),
});

export const CustomerTier = z.strictObject({
  id: Id,
  tier: z.enum(CUSTOMER_TIERS),
  name: ShortText,
  customers: Quantity.nullable(),
  /** RFM: days since last purchase, purchases a year, spend a year (minor units). */
  recencyDays: Quantity.nullable(),
  frequency: Quantity.nullable(),
  monetary: Money.nullable(),
  notes: Text,
});

export const BuyingBehaviour = z.strictObject({
  cultural: Text,
  social: Text,
  personal: Text,
  psychological: Text,
  buyingRoles: Text,
  decisionStages: Text,
});

export const SituationFields = z.strictObject({
  marketSize: Money.nullable(),
  marketGrowthPct: Percent.nullable(),
  market: RichText,
  buyingBehaviour: BuyingBehaviour,
  product: RichText,
  competition: RichText,
  ourPosition: z.enum(MARKET_POSITIONS).nullable(),
  distribution: RichText,
  macro: RichText,
  customers: RichText,
});

export type Segment = z.infer<typeof Segment>;
export type Product = z.infer<typeof Product>;
export type Competitor = z.infer<typeof Competitor>;
export type Channel = z.infer<typeof Channel>;
export type MacroForce = z.infer<typeof MacroForce>;
export type CustomerTier = z.infer<typeof CustomerTier>;
export type SituationFields = z.infer<typeof SituationFields>;

export function emptySituationFields(): SituationFields {
  return {
    marketSize: null,
    marketGrowthPct: null,
    market: EMPTY_RICH_TEXT,
    buyingBehaviour: { cultural: '', social: '', personal: '', psychological: '', buyingRoles: '', decisionStages: '' },
    product: EMPTY_RICH_TEXT,
    competition: EMPTY_RICH_TEXT,
    ourPosition: null,
    distribution: EMPTY_RICH_TEXT,
    macro: EMPTY_RICH_TEXT,
    customers: EMPTY_RICH_TEXT,
  };
}
