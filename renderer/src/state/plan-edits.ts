/**
 * The plan edits the editors make, as plain data: apply one to a cached plan, compute the edits
 * that undo it, and work out what a row delete does to the rows that link to it. Pure, so the
 * undo history and the delete confirmation are tested without a store or a backend.
 */
import type { z } from 'zod';
import type { CollectionName, FieldsPartKey, Plan, PlanFields } from '../../../shared/domain';
import { REFERENCES, referencesTo } from '../../../shared/domain/references';

export type AnyRow = { id: string } & Record<string, unknown>;

export type EditOp =
  | { kind: 'fields'; part: FieldsPartKey; fields: PlanFields[FieldsPartKey] }
  /** `index` places a row that is not in the plan yet (re-inserting a deleted row on undo). */
  | { kind: 'upsert'; collection: CollectionName; row: AnyRow; index?: number }
  | { kind: 'delete'; collection: CollectionName; id: string }
  | { kind: 'move'; collection: CollectionName; id: string; toIndex: number };

export function rowsOf(plan: Plan, collection: CollectionName): AnyRow[] {
  return plan.collections[collection] as unknown as AnyRow[];
}

export function withRows(plan: Plan, collection: CollectionName, rows: AnyRow[]): Plan {
  return { ...plan, collections: { ...plan.collections, [collection]: rows } };
}

/** One link a delete touches: the linking row loses the link, or goes with its target. */
export type DeleteEffect = { collection: CollectionName; rowId: string; field: string; action: 'unlink' | 'delete' };

/** What deleting a row does to the rest of the plan, exactly as the store does it (see references.ts). */
export function deleteEffects(plan: Plan, collection: CollectionName, id: string): DeleteEffect[] {
  return referencesTo(plan, collection, id)
    .filter((ref) => !(ref.collection === collection && ref.rowId === id))
    .map((ref) => {
      const spec = REFERENCES.find((r) => r.from === ref.collection && r.field === ref.field && r.to === collection);
      return { ...ref, action: spec?.onDelete ?? 'unlink' };
    });
}

/** Counts of what a delete touches, grouped for the confirmation ("2 SWOT items will lose this link"). */
export function deleteImpact(
  plan: Plan,
  collection: CollectionName,
  id: string,
): { collection: CollectionName; action: 'unlink' | 'delete'; count: number }[] {
  const groups = new Map<string, { collection: CollectionName; action: 'unlink' | 'delete'; rows: Set<string> }>();
  for (const effect of deleteEffects(plan, collection, id)) {
    const key = `${effect.collection}|${effect.action}`;
    const group = groups.get(key) ?? { collection: effect.collection, action: effect.action, rows: new Set<string>() };
    group.rows.add(effect.rowId);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ collection: g.collection, action: g.action, count: g.rows.size }));
}

function unlink(row: AnyRow, field: string, target: string): AnyRow {
  const value = row[field];
  if (field === 'evidence') return { ...row, evidence: null };
  if (Array.isArray(value)) return { ...row, [field]: value.filter((v) => v !== target) };
  return value === target ? { ...row, [field]: null } : row;
}

function applyDelete(plan: Plan, collection: CollectionName, id: string): Plan {
  let next = plan;
  for (const effect of deleteEffects(plan, collection, id)) {
    const rows = rowsOf(next, effect.collection);
    next =
      effect.action === 'delete'
        ? withRows(
            next,
            effect.collection,
            rows.filter((r) => r.id !== effect.rowId),
          )
        : withRows(
            next,
            effect.collection,
            rows.map((r) => (r.id === effect.rowId ? unlink(r, effect.field, id) : r)),
          );
  }
  return withRows(
    next,
    collection,
    rowsOf(next, collection).filter((r) => r.id !== id),
  );
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

/** The plan after one edit. Collections an edit does not touch keep their identity (memoized rows stay put). */
export function applyOp(plan: Plan, op: EditOp): Plan {
  switch (op.kind) {
    case 'fields':
      return { ...plan, fields: { ...plan.fields, [op.part]: op.fields } };
    case 'upsert': {
      const rows = rowsOf(plan, op.collection);
      const at = rows.findIndex((r) => r.id === op.row.id);
      if (at >= 0)
        return withRows(
          plan,
          op.collection,
          rows.map((r, i) => (i === at ? op.row : r)),
        );
      const next = [...rows];
      next.splice(clampIndex(op.index ?? rows.length, rows.length), 0, op.row);
      return withRows(plan, op.collection, next);
    }
    case 'delete':
      return rowsOf(plan, op.collection).some((r) => r.id === op.id) ? applyDelete(plan, op.collection, op.id) : plan;
    case 'move': {
      const rows = rowsOf(plan, op.collection);
      const from = rows.findIndex((r) => r.id === op.id);
      if (from < 0) return plan;
      const next = [...rows];
      const [row] = next.splice(from, 1);
      next.splice(clampIndex(op.toIndex, next.length), 0, row!);
      return withRows(plan, op.collection, next);
    }
  }
}

/**
 * The edits that take `applyOp(plan, op)` back to `plan`. Undoing a delete re-inserts the row at
 * its place, then puts back every link the delete removed (and every row that went with it).
 */
export function inverseOps(plan: Plan, op: EditOp): EditOp[] {
  switch (op.kind) {
    case 'fields':
      return [{ kind: 'fields', part: op.part, fields: plan.fields[op.part] }];
    case 'upsert': {
      const rows = rowsOf(plan, op.collection);
      const at = rows.findIndex((r) => r.id === op.row.id);
      return at >= 0
        ? [{ kind: 'upsert', collection: op.collection, row: rows[at]!, index: at }]
        : [{ kind: 'delete', collection: op.collection, id: op.row.id }];
    }
    case 'delete': {
      const rows = rowsOf(plan, op.collection);
      const at = rows.findIndex((r) => r.id === op.id);
      if (at < 0) return [];
      const restore: EditOp[] = [{ kind: 'upsert', collection: op.collection, row: rows[at]!, index: at }];
      // Rows that went with the target come back at their own places, in order, so indexes hold.
      const effects = deleteEffects(plan, op.collection, op.id);
      const placed = effects
        .map((e) => {
          const list = rowsOf(plan, e.collection);
          const index = list.findIndex((r) => r.id === e.rowId);
          return { effect: e, row: list[index]!, index };
        })
        .sort((a, b) => (a.effect.action === b.effect.action ? a.index - b.index : a.effect.action === 'delete' ? -1 : 1));
      const seen = new Set<string>();
      for (const { effect, row, index } of placed) {
        const key = `${effect.collection}:${effect.rowId}`;
        if (seen.has(key) || (effect.collection === op.collection && effect.rowId === op.id)) continue;
        seen.add(key);
        restore.push({ kind: 'upsert', collection: effect.collection, row, index });
      }
      return restore;
    }
    case 'move': {
      const from = rowsOf(plan, op.collection).findIndex((r) => r.id === op.id);
      return from < 0 ? [] : [{ kind: 'move', collection: op.collection, id: op.id, toIndex: from }];
    }
  }
}

// ---- validation before a save ------------------------------------------------------------------

export type Path = (string | number)[];
export type ValueIssue = { path: Path; message: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A rich-text document is one value to the user, however deep the issue inside it. */
function isRichDoc(value: unknown): boolean {
  return isPlainObject(value) && value.type === 'doc';
}

export function getIn(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export function setIn<T>(value: T, path: Path, replacement: unknown): T {
  if (path.length === 0) return replacement as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = setIn(copy[head!], rest, replacement);
  return copy as T;
}

/**
 * The part of an issue's path that names one value the user edits: it stops at the first value
 * that is not a nested form object (a number, a string, a list, a rich-text document).
 */
export function editablePath(value: unknown, path: Path): Path {
  const out: Path = [];
  let node = value;
  for (const key of path) {
    if (!isPlainObject(node) || isRichDoc(node)) break;
    out.push(key);
    node = node[key];
  }
  return out;
}

/**
 * What to send for a value the user edited: the value itself if the schema accepts it, or else
 * the value with each refused piece replaced by the last accepted one, so one bad entry never
 * holds back the good ones beside it. `payload` is null when nothing sendable can be made (a new
 * row whose required name is still empty). `issues` are the user's own refusals, for the fields.
 */
export function repairForSave<S extends z.ZodType>(
  schema: S,
  value: unknown,
  accepted: unknown,
): { payload: z.output<S> | null; issues: ValueIssue[] } {
  const first = schema.safeParse(value);
  if (first.success) return { payload: first.data, issues: [] };
  const issues = first.error.issues.map((i) => ({
    path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
    message: i.message,
  }));
  let candidate = value;
  let pending = issues;
  for (let attempt = 0; attempt < 5; attempt++) {
    for (const issue of pending) {
      const at = editablePath(candidate, issue.path);
      const fallback = accepted === undefined ? undefined : getIn(accepted, at);
      if (fallback === undefined) return { payload: null, issues };
      candidate = setIn(candidate, at, fallback);
    }
    const again = schema.safeParse(candidate);
    if (again.success) return { payload: again.data, issues };
    pending = again.error.issues.map((i) => ({ path: i.path.filter((k): k is string | number => typeof k !== 'symbol'), message: i.message }));
  }
  return { payload: null, issues };
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

// ---- error keys ------------------------------------------------------------------------------

/**
 * Errors are keyed by the value the user edits:
 *   part fields:  `<part>.<field>[.<subfield>]`   e.g. `situation.marketSize`, `strategy.positioning.statement`
 *   row values:   `<collection>:<rowId>:<field>`   e.g. `segments:7f3…:growthPct`
 * A deeper issue (a KPI period's target) is also keyed by its full dotted path
 * (`kpis:<id>:periods.0.target`), so an editor can show it at either level.
 */
export function fieldKey(part: FieldsPartKey, path: Path): string {
  return [part, ...path].join('.');
}

export function rowKey(collection: CollectionName, id: string, path: Path = []): string {
  return `${collection}:${id}:${path.join('.')}`;
}

/** The keys an issue is shown under: its editable value's, and its full path's if that is deeper. */
export function issueKeys(value: unknown, issue: ValueIssue, key: (path: Path) => string): string[] {
  const at = editablePath(value, issue.path);
  const keys = [key(at)];
  if (issue.path.length > at.length) keys.push(key(issue.path));
  return keys;
}

/** `row.end`, `fields.positioning.statement`, `row.periods[0].target` → the path below the prefix. */
export function pathFromIssue(path: string, prefix: 'row' | 'fields'): Path | null {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  if (parts[0] !== prefix) return null;
  return parts.slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
