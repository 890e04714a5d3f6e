/**
 * Money is held as integer minor units (cents, fen) everywhere; these turn it into text and back.
 * Intl knows how many minor digits each ISO currency has (JPY 0, CNY 2, KWD 3), so nothing here
 * keeps its own table.
 */

const digitsCache = new Map<string, number>();

/** How many decimal places the currency's minor unit has (2 for CNY and USD, 0 for JPY and KRW). */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Minor units to major units as a plain number, for charts and scales (never for sums). */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(compact ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

const unitFormatters = new Map<string, Intl.NumberFormat>();

/**
 * A Chinese reader counts large sums in 万 (10⁴) and 亿 (10⁸): ¥1,600亿 rather than
 * ¥160,000,000,000.00. A sum of 10,000 or more reads so wherever that is exact to two decimals of
 * the unit (¥1,261.16万); any other (¥1,234,567.89) stays in full, so a sum never reads as a
 * different number. Null when the rule does not apply.
 */
function chineseUnits(minor: number, currency: string, locale: string): string | null {
  if (!locale.toLowerCase().startsWith('zh') || !Number.isSafeInteger(minor)) return null;
  const scale = 10 ** minorDigits(currency);
  const major = Math.abs(minor) / scale;
  if (major < 10_000) return null;
  for (const [unit, size] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    // Exact to two decimals of the unit: whole multiples of a hundredth of it, in minor units.
    if (major < size || Math.abs(minor) % ((size / 100) * scale) !== 0) continue;
    const key = `${locale}|${currency}`;
    let f = unitFormatters.get(key);
    if (!f)
      unitFormatters.set(
        key,
        (f = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 })),
      );
    return `${f.format(Math.sign(minor) * (Math.abs(minor) / (size * scale)))}${unit}`;
  }
  return null;
}

/**
 * "¥12,345.60", "$1,200.00", and in Chinese "¥150万" for a round large sum (see chineseUnits):
 * the app, the charts' tooltips and the report all write money with this. `compact` gives
 * "¥1.2万" / "$1.2K" for chart axes.
 */
export function formatMoney(minor: number, currency: string, locale: string, options: { compact?: boolean; chineseUnits?: boolean } = {}): string {
  // A table's column of amounts passes `chineseUnits: false`: 万 only where a sum divides exactly
  // would put "¥1,261.16万" over "¥10,417,940.00", and numbers in a column must read alike.
  if (!options.compact && options.chineseUnits !== false) {
    const units = chineseUnits(minor, currency, locale);
    if (units !== null) return units;
  }
  return formatter(locale, currency, options.compact ?? false).format(toMajor(minor, currency));
}

/** The amount as a number with the currency's decimals but no symbol, for table cells and inputs. */
export function formatMoneyPlain(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toMajor(minor, currency));
}

/**
 * Reads what a user typed or pasted ("1,234.5", "¥1 234,50"? no: only `.` as the decimal mark,
 * which both en and zh-CN use; thousands separators, spaces and currency symbols are ignored)
 * into minor units. Returns null for an empty string and NaN when it is not a number or has more
 * decimals than the currency allows.
 */
export function parseMoney(input: string, currency: string): number | null {
  const cleaned = input.replace(/[\s,\u00a0\u202f]/g, '').replace(/^[^\d.+-]+|[^\d.]+$/g, '');
  if (cleaned === '') return input.trim() === '' ? null : Number.NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return Number.NaN;
  const digits = minorDigits(currency);
  const [whole = '0', fraction = ''] = cleaned.replace(/^[+-]/, '').split('.');
  if (fraction.length > digits) return Number.NaN;
  const sign = cleaned.startsWith('-') ? -1 : 1;
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return sign * minor;
}

/** Minor units as a plain decimal ("123450" fen → "1234.50"): exact for any size, no grouping, for files. */
export function minorToDecimal(minor: number | bigint, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(minor)
    .replace('-', '')
    .padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
