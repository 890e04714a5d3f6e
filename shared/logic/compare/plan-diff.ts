import {
  COLLECTION_NAMES,
  COLLECTIONS,
  FIELDS_PART_KEYS,
  PART_KEYS,
  richTextToPlain,
  type CollectionName,
  type Language,
  type PartKey,
  type Plan,
  type RichText,
} from '../../domain';
import { computeBudget, MIX_KEYS, type BudgetReport } from '../budget';
import { wholeBreakEvenUnits } from '../break-even';
import { wordDiff, type TextPiece } from './word-diff';

/**
 * What changed between two plans (two versions, a version and now, or two plans): per part, the
 * rows added, removed and changed (matched by row id) with each changed field, word-level for
 * text and with the delta for numbers; and the plan's key numbers (shared/logic budget) before
 * and after. Pure: the app's compare view and the report's "Changes since" appendix both read it.
 */

/** One changed field. `path` is the field's key (`name`, `periods.2027-03.target`, `positioning.statement`). */
export type FieldChange =
  | { path: string; kind: 'text'; before: string; after: string; pieces: TextPiece[] }
  | { path: string; kind: 'number'; before: number | null; after: number | null; delta: number | null; money: boolean }
  | { path: string; kind: 'value'; before: string; after: string };

export type RowChange = {
  id: string;
  collection: CollectionName;
  change: 'added' | 'removed' | 'changed';
  /** The row's name as it reads (after, or before for a removed row). */
  label: string;
  fields: FieldChange[];
};

export type PartDiff = { part: PartKey; fields: FieldChange[]; rows: RowChange[] };

/** A key number of the plan; money in minor units of the plan's currency. */
export type NumberDelta = {
  key: string;
  kind: 'money' | 'units' | 'month';
  before: number | string | null;
  after: number | string | null;
  delta: number | null;
};

export type PlanDiff = {
  language: Language;
  /** The plan's header (name, client, period…). */
  meta: FieldChange[];
  /** Only parts with a change, in the plan's order. */
  parts: PartDiff[];
  /** Every key number, changed or not (a number that changed has a delta other than 0). */
  numbers: NumberDelta[];
  /** How many fields and rows changed in all; 0 for the same plan. */
  changeCount: number;
};

type Row = Record<string, unknown> & { id: string };

const LABEL_FIELDS = ['name', 'title', 'label', 'metric', 'statement', 'strategy', 'finding', 'tier'] as const;
const IGNORED_META = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);
/** Fields held in minor units of the plan's currency (shared/domain's Money), shown as money. */
const MONEY_FIELDS = new Set([
  'cost',
  'amount',
  'fixedCosts',
  'marketingBudget',
  'unitCost',
  'unitPrice',
  'marketSize',
  'monetary',
  'price',
  'budget',
  'listPrice',
]);

function isRichText(value: unknown): value is RichText {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc';
}

function rowLabel(row: Row, labels: Map<string, string>): string {
  for (const f of LABEL_FIELDS) {
    const v = row[f];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  // A row named by what it points at (a segment's score, a forecast line of a product).
  for (const v of Object.values(row)) if (typeof v === 'string' && v !== row.id && labels.has(v)) return labels.get(v)!;
  return '';
}

/** Each row's id → its label, so a link shows the name of the row it points at. */
function labelIndex(plan: Plan): Map<string, string> {
  const labels = new Map<string, string>();
  for (const name of COLLECTION_NAMES) for (const row of plan.collections[name] as unknown as Row[]) labels.set(row.id, rowLabel(row, new Map()));
  return labels;
}

/** A value as text for a "was … now …" line; links read as the names of the rows they point at. */
function shown(value: unknown, labels: Map<string, string>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return labels.get(value) ?? value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => shown(v, labels)).join(', ');
  if (isRichText(value)) return richTextToPlain(value);
  if (typeof value === 'object') {
    const { kind, id } = value as { kind?: unknown; id?: unknown };
    if (typeof id === 'string') return labels.get(id) ?? String(kind ?? '');
  }
  return JSON.stringify(value);
}

type Context = { language: Language; beforeLabels: Map<string, string>; afterLabels: Map<string, string> };

function compareValue(path: string, before: unknown, after: unknown, ctx: Context, out: FieldChange[]): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const numeric = (v: unknown) => typeof v === 'number' || v === null || v === undefined;
  if (numeric(before) && numeric(after) && (typeof before === 'number' || typeof after === 'number')) {
    const b = (before as number | null | undefined) ?? null;
    const a = (after as number | null | undefined) ?? null;
    const money = MONEY_FIELDS.has(path.slice(path.lastIndexOf('.') + 1));
    out.push({ path, kind: 'number', before: b, after: a, delta: a !== null && b !== null ? a - b : null, money });
    return;
  }
  const links = (v: unknown) => (typeof v === 'string' && (ctx.beforeLabels.has(v) || ctx.afterLabels.has(v))) || Array.isArray(v);
  if ((typeof before === 'string' || isRichText(before) || before == null) && (typeof after === 'string' || isRichText(after) || after == null)) {
    if (!links(before) && !links(after)) {
      const b = shown(before, ctx.beforeLabels);
      const a = shown(after, ctx.afterLabels);
      if (b !== a) out.push({ path, kind: 'text', before: b, after: a, pieces: wordDiff(b, a, ctx.language) });
      return;
    }
  }
  const b = shown(before, ctx.beforeLabels);
  const a = shown(after, ctx.afterLabels);
  if (b !== a || JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, kind: 'value', before: b, after: a });
}

/** The single-valued fields of a part, compared leaf by leaf (a rich text is one leaf). */
function compareFields(prefix: string, before: unknown, after: unknown, ctx: Context, out: FieldChange[]): void {
  const isGroup = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && !isRichText(v);
  if (isGroup(before) && isGroup(after)) {
    const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
    for (const k of keys) {
      compareFields(prefix ? `${prefix}.${k}` : k, (before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], ctx, out);
    }
    return;
  }
  compareValue(prefix, before, after, ctx, out);
}

/** A KPI's periods compared period by period, so each target and actual has its own delta. */
function comparePeriods(before: Row, after: Row, ctx: Context, out: FieldChange[]): void {
  type P = { period: string; target: number | null; actual: number | null };
  const b = new Map((before.periods as P[]).map((p) => [p.period, p]));
  const a = new Map((after.periods as P[]).map((p) => [p.period, p]));
  const periods = [...new Set([...b.keys(), ...a.keys()])].sort();
  for (const period of periods) {
    compareValue(`periods.${period}.target`, b.get(period)?.target ?? null, a.get(period)?.target ?? null, ctx, out);
    compareValue(`periods.${period}.actual`, b.get(period)?.actual ?? null, a.get(period)?.actual ?? null, ctx, out);
  }
}

function compareRow(before: Row, after: Row, ctx: Context): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('id');
  for (const key of keys) {
    if (key === 'periods') comparePeriods(before, after, ctx, out);
    else compareValue(key, before[key], after[key], ctx, out);
  }
  return out;
}

function compareCollection(name: CollectionName, before: Plan, after: Plan, ctx: Context): RowChange[] {
  const oldRows = before.collections[name] as unknown as Row[];
  const newRows = after.collections[name] as unknown as Row[];
  const oldById = new Map(oldRows.map((r) => [r.id, r]));
  const newIds = new Set(newRows.map((r) => r.id));
  const changes: RowChange[] = [];
  for (const row of newRows) {
    const old = oldById.get(row.id);
    const label = rowLabel(row, ctx.afterLabels);
    if (!old) changes.push({ id: row.id, collection: name, change: 'added', label, fields: compareRow(blankLike(row), row, ctx) });
    else {
      const fields = compareRow(old, row, ctx);
      if (fields.length > 0) changes.push({ id: row.id, collection: name, change: 'changed', label, fields });
    }
  }
  for (const row of oldRows) {
    if (!newIds.has(row.id)) changes.push({ id: row.id, collection: name, change: 'removed', label: rowLabel(row, ctx.beforeLabels), fields: [] });
  }
  return changes;
}

/** A row of the same shape with nothing in it, so an added row lists the values it came with. */
function blankLike(row: Row): Row {
  const blank: Row = { id: row.id };
  for (const [k, v] of Object.entries(row)) {
    if (k === 'id') continue;
    blank[k] = Array.isArray(v) ? [] : null;
  }
  return blank;
}

function budgetOf(plan: Plan): BudgetReport | null {
  try {
    return computeBudget(plan);
  } catch {
    // A budget too large to compute exactly has no numbers to compare; the rows still are.
    return null;
  }
}

/** The plan's key numbers before and after, from shared/logic's budget. */
function keyNumbers(before: Plan, after: Plan): NumberDelta[] {
  const b = budgetOf(before);
  const a = budgetOf(after);
  const money = (key: string, pick: (r: BudgetReport) => number | null): NumberDelta => {
    const x = b ? pick(b) : null;
    const y = a ? pick(a) : null;
    return { key, kind: 'money', before: x, after: y, delta: x !== null && y !== null ? y - x : null };
  };
  const units = (x: number | null, y: number | null): NumberDelta => ({
    key: 'breakEvenUnits',
    kind: 'units',
    before: x,
    after: y,
    delta: x !== null && y !== null ? y - x : null,
  });
  return [
    money('revenue', (r) => r.totals.revenue),
    money('grossMargin', (r) => r.totals.grossMargin),
    money('marketing', (r) => r.totals.marketing),
    money('contribution', (r) => r.totals.contribution),
    money('fixedCosts', (r) => r.totals.fixedCosts),
    money('profit', (r) => r.totals.profit),
    money('budgetGranted', (r) => r.budget.granted),
    money('breakEvenRevenue', (r) => r.breakEven.revenue),
    // Whole units, as the budget page shows them: 1,683.2 units to sell is 1,684.
    units(
      b?.breakEven.units != null ? wholeBreakEvenUnits(b.breakEven.units) : null,
      a?.breakEven.units != null ? wholeBreakEvenUnits(a.breakEven.units) : null,
    ),
    { key: 'breakEvenMonth', kind: 'month', before: b?.breakEven.month ?? null, after: a?.breakEven.month ?? null, delta: null },
    ...MIX_KEYS.map((mix) => money(`spend.${mix}`, (r) => r.spendByMix[mix] ?? 0)),
  ];
}

function numberChanged(n: NumberDelta): boolean {
  return n.before !== n.after;
}

/** Everything that changed from `before` to `after`; words are split by `after`'s language. */
export function comparePlans(before: Plan, after: Plan): PlanDiff {
  const ctx: Context = { language: after.meta.language, beforeLabels: labelIndex(before), afterLabels: labelIndex(after) };
  const meta: FieldChange[] = [];
  for (const key of Object.keys(after.meta)) {
    if (IGNORED_META.has(key)) continue;
    compareValue(key, (before.meta as Record<string, unknown>)[key], (after.meta as Record<string, unknown>)[key], ctx, meta);
  }
  const parts: PartDiff[] = [];
  for (const part of PART_KEYS) {
    const fields: FieldChange[] = [];
    if ((FIELDS_PART_KEYS as readonly string[]).includes(part)) {
      const key = part as (typeof FIELDS_PART_KEYS)[number];
      compareFields('', before.fields[key], after.fields[key], ctx, fields);
    }
    const rows = COLLECTION_NAMES.filter((n) => COLLECTIONS[n].part === part).flatMap((n) => compareCollection(n, before, after, ctx));
    if (fields.length > 0 || rows.length > 0) parts.push({ part, fields, rows });
  }
  const numbers = keyNumbers(before, after);
  const changeCount = meta.length + parts.reduce((n, p) => n + p.fields.length + p.rows.length, 0);
  return { language: ctx.language, meta, parts, numbers, changeCount: changeCount + (changeCount === 0 ? numbers.filter(numberChanged).length : 0) };
}
