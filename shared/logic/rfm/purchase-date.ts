/**
 * Reads a last-purchase date as spreadsheets and Chinese systems write it: ISO `2027-01-31`
 * (a time after it is ignored), `2027/1/31`, `2027.1.31`, `2027年1月31日`, `20270131`.
 * Day-first or month-first numbers (`31/01/2027`) are refused rather than guessed.
 * Answers the calendar day as 'YYYY-MM-DD', or null when it is not one.
 */
const PATTERNS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s.*)?$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s.*)?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

export function parsePurchaseDate(text: string): string | null {
  const value = text.trim();
  for (const pattern of PATTERNS) {
    const match = pattern.exec(value);
    if (!match) continue;
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // A calendar day has no time zone, so it is checked in UTC: 2027-02-30 rolls over to
    // March, and the round trip of its fields is what refuses it.
    const date = new Date(Date.UTC(y, m - 1, d));
    if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' day: recency is a difference of these (no time zone, no DST). */
export function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
}
