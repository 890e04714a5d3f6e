// Building an Intl.NumberFormat costs far more than using one, and these run on every render
// of the rail and the part pages (every keystroke): one formatter per locale, kept.
const percentFormats = new Map<string, Intl.NumberFormat>();
const integerFormats = new Map<string, Intl.NumberFormat>();

function cached(cache: Map<string, Intl.NumberFormat>, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(locale);
  if (!format) cache.set(locale, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function formatPercent(fraction: number, locale: string): string {
  return cached(percentFormats, locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

export function formatInteger(value: number, locale: string): string {
  return cached(integerFormats, locale, { maximumFractionDigits: 0 }).format(value);
}
