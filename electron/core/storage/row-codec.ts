import type { Evidence } from '../../../shared/domain';
import { EVIDENCE_COLUMNS, type TableSpec } from './tables';

type DbRow = Record<string, unknown>;
type Row = Record<string, unknown>;

/** Column values of a row, in the order of spec.columns (plus the evidence columns). */
export function encodeColumns(spec: TableSpec, row: Row): unknown[] {
  const values = spec.columns.map((col) => {
    const v = row[col.field];
    return col.bool ? (v ? 1 : 0) : (v ?? null);
  });
  if (spec.evidence) {
    const ev = row.evidence as Evidence | null;
    for (const kind of Object.keys(EVIDENCE_COLUMNS) as Evidence['kind'][]) values.push(ev && ev.kind === kind ? ev.id : null);
  }
  return values;
}

export function columnNames(spec: TableSpec): string[] {
  const names = spec.columns.map((col) => col.column);
  if (spec.evidence) names.push(...Object.values(EVIDENCE_COLUMNS));
  return names;
}

export function decodeRow(spec: TableSpec, dbRow: DbRow): Row {
  const row: Row = { id: dbRow.id };
  for (const col of spec.columns) {
    if (col.optional && dbRow[col.column] == null) continue;
    row[col.field] = col.bool ? dbRow[col.column] === 1 : dbRow[col.column];
  }
  if (spec.evidence) {
    row.evidence = null;
    for (const [kind, column] of Object.entries(EVIDENCE_COLUMNS)) {
      if (dbRow[column] != null) row.evidence = { kind, id: dbRow[column] };
    }
  }
  for (const link of spec.links) row[link.field] = [];
  if (spec.periods) row.periods = [];
  return row;
}
