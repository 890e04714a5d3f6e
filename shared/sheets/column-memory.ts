import { z } from 'zod';
import { LIMITS } from '../limits';
import { mappableFields, type ImportTable } from './import-tables';

/** Headers one plan's table remembers: more is no client's sheet, and the oldest are let go. */
export const MAX_REMEMBERED_HEADERS = 200;

/**
 * The column mapping remembered for a plan's table: a header's text (as `normHeader` compares
 * it) → the field its column filled, or null for a column left out.
 */
export const RememberedColumns = z
  .record(z.string().max(LIMITS.shortText), z.string().max(40).nullable())
  .refine((columns) => Object.keys(columns).length <= MAX_REMEMBERED_HEADERS, { message: `at most ${MAX_REMEMBERED_HEADERS} headers` });
export type RememberedColumns = z.infer<typeof RememberedColumns>;

/** Whether every remembered field is one the table takes. */
export function fitsTable(columns: RememberedColumns, table: ImportTable): boolean {
  const fields = new Set(mappableFields(table));
  return Object.values(columns).every((field) => field === null || fields.has(field));
}

/** What to remember after an import: this sheet's choices over the earlier ones, newest kept within the limit. */
export function rememberColumns(earlier: RememberedColumns, header: readonly string[], mapping: readonly (string | null)[]): RememberedColumns {
  const now: RememberedColumns = {};
  header.forEach((text, i) => {
    if (text !== '' && !Object.prototype.hasOwnProperty.call(now, text)) now[text] = mapping[i] ?? null;
  });
  const older = Object.entries(earlier).filter(([text]) => !Object.prototype.hasOwnProperty.call(now, text));
  const kept = older.slice(Math.max(0, older.length - (MAX_REMEMBERED_HEADERS - Object.keys(now).length)));
  return Object.fromEntries([...kept, ...Object.entries(now)].slice(-MAX_REMEMBERED_HEADERS));
}
