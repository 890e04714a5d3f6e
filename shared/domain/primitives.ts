import { findBadCharacter } from './characters';
import { LIMITS } from '../limits';
import { message } from './messages';
import { z } from 'zod';

/**
 * Building blocks shared by every schema of the plan. Limits are deliberate: they keep a
 * single bad value (a pasted 10 MB string, a float where money belongs) from ever reaching
 * the database, and they give the user a message that names the field.
 */

export { LIMITS } from '../limits';

/** Stable ids: UUIDs made by the creator of a row, never reused, never renumbered. */
export const Id = z.uuid({ message: message('id') });
export type Id = z.infer<typeof Id>;

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}

/** Refuses what shared/domain/characters.ts rules out: control characters XML cannot carry, lone surrogates. */
export function checkCharacters(text: string, ctx: z.core.$RefinementCtx<string>): void {
  const bad = findBadCharacter(text);
  if (bad)
    ctx.addIssue({
      code: 'custom',
      input: text,
      message: message(bad.kind === 'surrogate' ? 'brokenCharacter' : 'controlCharacter', { code: bad.code }),
    });
}

export const ShortText = z
  .string()
  .trim()
  .max(LIMITS.shortText, { message: message('tooLong', { max: LIMITS.shortText }) })
  .superRefine(checkCharacters);
export const RequiredName = ShortText.min(1, { message: message('empty') });
export const Text = z
  .string()
  .max(LIMITS.text, { message: message('tooLong', { max: LIMITS.text }) })
  .superRefine(checkCharacters);
export const LongText = z
  .string()
  .max(LIMITS.longText, { message: message('tooLong', { max: LIMITS.longText }) })
  .superRefine(checkCharacters);

/**
 * Money is held in integer minor units (cents, fen) of the plan's single currency, so sums are
 * exact. The bound (10 trillion in major units) admits national market sizes and keeps each
 * amount inside Number.MAX_SAFE_INTEGER; sums over many rows are done in BigInt and checked
 * (shared/logic/budget.ts).
 */
export const MAX_MINOR = 1e15;
export const Money = z
  .number({ message: message('amount') })
  .int({ message: message('wholeMinorUnits') })
  .min(-MAX_MINOR, { message: message('tooLarge') })
  .max(MAX_MINOR, { message: message('tooLarge') });
export type Money = z.infer<typeof Money>;

/** A plain quantity (units, customers, percentages): finite, bounded, may be fractional. */
export const Quantity = z
  .number({ message: message('number') })
  .finite({ message: message('finite') })
  .min(-1e12, { message: message('tooLarge') })
  .max(1e12, { message: message('tooLarge') });

export const Percent = z
  .number({ message: message('percent') })
  .finite()
  .min(-1000, { message: message('percentMin') })
  .max(1000, { message: message('percentMax') });

export const Score = z
  .number({ message: message('score') })
  .int({ message: message('wholeScore') })
  .min(1, { message: message('score') })
  .max(5, { message: message('score') });

const CURRENCY_RE = /^[A-Z]{3}$/;
function isKnownCurrency(code: string): boolean {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? supported('currency').includes(code) : CURRENCY_RE.test(code);
}
export const CurrencyCode = z
  .string()
  .regex(CURRENCY_RE, { message: message('currencyFormat') })
  .refine(isKnownCurrency, { message: message('currencyUnknown') });
export type CurrencyCode = z.infer<typeof CurrencyCode>;

export const LANGUAGES = ['en', 'zh-CN'] as const;
export const Language = z.enum(LANGUAGES, { message: message('language') });
export type Language = z.infer<typeof Language>;

/** Calendar dates as ISO 8601 `YYYY-MM-DD`; they carry no time zone, as a plan's dates don't. */
export const IsoDate = z.iso.date({ message: message('date') });
export type IsoDate = z.infer<typeof IsoDate>;

/** A month of the plan period, `YYYY-MM`. */
export const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: message('month') });
export type IsoMonth = z.infer<typeof IsoMonth>;

/** A timestamp, ISO 8601 in UTC. */
export const Timestamp = z.iso.datetime({ message: message('timestamp') });
export type Timestamp = z.infer<typeof Timestamp>;
