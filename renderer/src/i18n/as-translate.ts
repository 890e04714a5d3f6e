import i18next, { type TFunction } from 'i18next';
import type { Translate } from '../../../shared/i18n/translate';

/**
 * i18next's `t` as the shared code's Translate (keys as plain strings): the one place that hands
 * i18next a key it cannot check at compile time, because shared code builds its keys at run time.
 */
export function asTranslate(t: TFunction<'translation'>): Translate {
  return (key, params) => String(t(key as never, params as never));
}

/** The global i18next, for code outside components (stores, actions). */
export const appTranslate: Translate = (key, params) => String(i18next.t(key as never, params as never));
