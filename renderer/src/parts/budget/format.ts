import { useCallback } from 'react';
import { formatMoney, formatMoneyPlain } from '../../../../shared/format/money';
import { useLocale } from '../../hooks/use-locale';

const percentFormats = new Map<string, Intl.NumberFormat>();

/** 60.125 → "60.1%": a percentage (not a fraction) with one decimal. */
export function percentText(pct: number, locale: string): string {
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })));
  return format.format(pct / 100);
}

/** Money formatters for the plan's currency in the UI's language: with the symbol (round Chinese sums in 万), in a table's cells, and plain (for tables with the code in the header). */
export function useMoney(currency: string) {
  const locale = useLocale();
  const money = useCallback((minor: number) => formatMoney(minor, currency, locale), [currency, locale]);
  const plain = useCallback((minor: number) => formatMoneyPlain(minor, currency, locale), [currency, locale]);
  /** With the symbol, in full digits: for a table's cells, so every amount in a column reads alike. */
  const cell = useCallback((minor: number) => formatMoney(minor, currency, locale, { chineseUnits: false }), [currency, locale]);
  return { money, plain, cell, locale };
}
