/** Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it Chinese names turn to mojibake. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell of RFC 4180 CSV, quoted where it must be (a comma, a quote, a line break, or spaces at
 * either end that a spreadsheet would trim). A text a spreadsheet would run as a formula (= + - @
 * at its start, not a negative number) gets a leading apostrophe, so a name or an id read from a
 * client's file can never run as one. The class board and the RFM tiers write their files with it.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
