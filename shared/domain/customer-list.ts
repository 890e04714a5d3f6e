import { z } from 'zod';
import { RFM_SPLITS } from '../logic/rfm/tiers';
import { message } from './messages';
import { IsoDate, LIMITS, MAX_MINOR, Timestamp, checkCharacters } from './primitives';

/**
 * A customer list kept in a plan (only when the planner asks: client data stays out of a plan
 * by default). Each customer as the RFM logic reads it, without the line it came from, and the
 * tiering settings last used, so the list can be tiered again without importing it again.
 */
export const KeptCustomer = z.strictObject({
  id: z
    .string()
    .min(1, { message: message('empty') })
    .max(LIMITS.shortText, { message: message('tooLong', { max: LIMITS.shortText }) })
    .superRefine(checkCharacters),
  /** The last purchase, or null for a customer who has not bought yet. */
  lastPurchase: IsoDate.nullable(),
  purchases: z.number().int().min(0).max(999_999_999),
  /** Total spend in minor units of the plan's currency. */
  spend: z.number().int().min(0).max(MAX_MINOR),
});
export type KeptCustomer = z.infer<typeof KeptCustomer>;

export const KeptCustomers = z
  .array(KeptCustomer)
  .min(1)
  .max(LIMITS.customerListRows)
  .refine((customers) => new Set(customers.map((c) => c.id)).size === customers.length, { message: message('idTwice') });

/** The tiering settings used: the split and the as-of date (null: the list's latest purchase). */
export const CustomerListSettings = z.strictObject({ split: z.enum(RFM_SPLITS), asOf: IsoDate.nullable() });
export type CustomerListSettings = z.infer<typeof CustomerListSettings>;

/** What the plan keeps: the list, its settings, and when it was saved. */
export const CustomerList = z.strictObject({
  customers: KeptCustomers,
  settings: CustomerListSettings,
  savedAt: Timestamp,
});
export type CustomerList = z.infer<typeof CustomerList>;
