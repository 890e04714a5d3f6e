const formats = new Map<string, Intl.NumberFormat>();

/** A percentage change with its sign, in the reader's locale: −15 → "-15%", 7.5 → "+7.5%", 0 → "0%". */
export function percentChangeText(pct: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    formats.set(locale, format);
  }
  return format.format(pct / 100);
}
