import { z } from 'zod';

/**
 * Building blocks shared by every schema of the plan. Limits are deliberate: they keep a
 * single bad value (a pasted 10 MB string, a float where money belongs) from ever reaching
 * the database, and they give the user a message that names the field.
 */

export const LIMITS = {
  shortText: 200,
  text: 2_000,
  longText: 20_000,
  listRows: 2_000,
} as const;

/** Stable ids: UUIDs made by the creator of a row, never reused, never renumbered. */
export const Id = z.uuid({ message: 'must be an id (UUID)' });
export type Id = z.infer<typeof Id>;

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}

export const ShortText = z.string().trim().max(LIMITS.shortText, { message: `must be at most ${LIMITS.shortText} characters` });
export const RequiredName = ShortText.min(1, { message: 'must not be empty' });
export const Text = z.string().max(LIMITS.text, { message: `must be at most ${LIMITS.text} characters` });
export const LongText = z.string().max(LIMITS.longText, { message: `must be at most ${LIMITS.longText} characters` });

/**
 * Money is held in integer minor units (cents, fen) of the plan's single currency, so sums are
 * exact. The bound keeps every sum of a plan's amounts far inside Number.MAX_SAFE_INTEGER.
 */
export const MAX_MINOR = 1e13;
export const Money = z
  .number({ message: 'must be an amount' })
  .int({ message: 'must be a whole number of minor units (cents)' })
  .min(-MAX_MINOR, { message: 'is too large' })
  .max(MAX_MINOR, { message: 'is too large' });
export type Money = z.infer<typeof Money>;

/** A plain quantity (units, customers, percentages): finite, bounded, may be fractional. */
export const Quantity = z
  .number({ message: 'must be a number' })
  .finite({ message: 'must be a finite number' })
  .min(-1e12, { message: 'is too large' })
  .max(1e12, { message: 'is too large' });

export const Percent = z
  .number({ message: 'must be a percentage' })
  .finite()
  .min(-1000, { message: 'must be at least -1000%' })
  .max(1000, { message: 'must be at most 1000%' });

export const Score = z
  .number({ message: 'must be a score from 1 to 5' })
  .int({ message: 'must be a whole score from 1 to 5' })
  .min(1, { message: 'must be a score from 1 to 5' })
  .max(5, { message: 'must be a score from 1 to 5' });

const CURRENCY_RE = /^[A-Z]{3}$/;
function isKnownCurrency(code: string): boolean {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? supported('currency').includes(code) : CURRENCY_RE.test(code);
}
export const CurrencyCode = z
  .string()
  .regex(CURRENCY_RE, { message: 'must be a three-letter ISO 4217 currency code, e.g. USD' })
  .refine(isKnownCurrency, { message: 'is not a currency this system knows' });
export type CurrencyCode = z.infer<typeof CurrencyCode>;

export const LANGUAGES = ['en', 'zh-CN'] as const;
export const Language = z.enum(LANGUAGES, { message: 'must be en or zh-CN' });
export type Language = z.infer<typeof Language>;

/** Calendar dates as ISO 8601 `YYYY-MM-DD`; they carry no time zone, as a plan's dates don't. */
export const IsoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });
export type IsoDate = z.infer<typeof IsoDate>;

/** A month of the plan period, `YYYY-MM`. */
export const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month (YYYY-MM)' });
export type IsoMonth = z.infer<typeof IsoMonth>;

/** A timestamp, ISO 8601 in UTC. */
export const Timestamp = z.iso.datetime({ message: 'must be a UTC timestamp' });
export type Timestamp = z.infer<typeof Timestamp>;
