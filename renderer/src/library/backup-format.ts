const sizes = new Map<string, Intl.NumberFormat>();

/** A backup's size in megabytes, by locale (`1.2 MB`; in Chinese as ICU writes it). */
export function formatMegabytes(bytes: number, locale: string): string {
  let format = sizes.get(locale);
  if (!format) sizes.set(locale, (format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })));
  return format.format(Math.max(0.1, bytes / 1024 / 1024));
}
