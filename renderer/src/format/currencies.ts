import type { Language } from '../../../shared/domain/primitives';

/** The currencies offered first: the ones Planwright's users plan in most. */
export const COMMON_CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'HKD',
  'TWD',
  'SGD',
  'AUD',
  'CAD',
  'CHF',
  'KRW',
  'INR',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'MYR',
  'THB',
  'AED',
] as const;

export function defaultCurrency(language: Language): string {
  return language === 'zh-CN' ? 'CNY' : 'USD';
}

// One DisplayNames per locale: the side panel names the currency on every render.
const names = new Map<string, Intl.DisplayNames>();

export function currencyName(code: string, locale: string): string {
  try {
    let display = names.get(locale);
    if (!display) names.set(locale, (display = new Intl.DisplayNames([locale], { type: 'currency' })));
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The common list, plus the plan's own currency if it is not among them (a plan may use any ISO code). */
export function currencyOptions(current?: string): string[] {
  const list: string[] = [...COMMON_CURRENCIES];
  if (current && !list.includes(current)) list.push(current);
  return list;
}
