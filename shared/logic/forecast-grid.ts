import type { ForecastLine, Product } from '../domain';
import { allocateMinor, multiplyMinor } from './budget';
import { planMonths, type Month } from './months';

/**
 * The revenue forecast seen as a grid: one row per product (or free label) and one column per
 * month. The grid is a view over the plan's forecast lines (one line per item and month, each with
 * its own units, price and unit cost), so nothing is converted or stored twice: every cell is one
 * line, a price typed for a month is that line's price, and the budget reads the same lines. A
 * line that would share a cell with another (the old per-row table allowed two lines for the same
 * product and month) gets a row of its own, so the grid shows every line and loses none.
 */

export type ForecastGridRow = {
  /** `p:<productId>` or `l:<label>`, and `#<n>` for the n-th extra row of duplicates. */
  id: string;
  productId: string | null;
  label: string;
  /** 0 for the item's first row; 1, 2, … for rows that hold duplicate lines. */
  occurrence: number;
  /** The line in each month, when there is one. */
  lines: Readonly<Record<Month, ForecastLine>>;
  /** The price every line of the row shares; with no lines, the product's list price; null when the months differ. */
  price: number | null;
  /** The unit cost every line shares; with no lines, the cost the product's margin implies; null when the months differ. */
  unitCost: number | null;
};

/** The grid's months: the plan's, and any month a line names outside it (so no line is hidden). */
export function forecastGridMonths(meta: { periodStart: string; periodEnd: string }, lines: readonly Pick<ForecastLine, 'month'>[]): Month[] {
  const set = new Set(planMonths(meta));
  for (const line of lines) set.add(line.month);
  return [...set].sort();
}

function itemKey(line: Pick<ForecastLine, 'productId' | 'label'>): string {
  return line.productId !== null ? `p:${line.productId}` : `l:${line.label.trim()}`;
}

/** The unit cost a product's margin implies (price × (100 − margin) %, rounded to the minor unit); 0 without both. */
export function impliedUnitCost(product: Pick<Product, 'price' | 'marginPct'> | undefined): number {
  if (!product || product.price === null || product.marginPct === null) return 0;
  return Number(multiplyMinor((100 - product.marginPct) / 100, product.price));
}

function shared(values: readonly number[]): number | null {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : null;
}

/**
 * The grid's rows: every named product of the situation's table in its order (with or without
 * lines), then the free-label items in the order their first line appears; duplicates of a
 * product and month go to extra rows after their item's first.
 */
export function forecastGridRows(
  lines: readonly ForecastLine[],
  products: readonly Pick<Product, 'id' | 'name' | 'price' | 'marginPct'>[],
): ForecastGridRow[] {
  const byItem = new Map<string, Record<Month, ForecastLine>[]>();
  const order: { key: string; productId: string | null; label: string }[] = [];
  for (const p of products) {
    if (p.name.trim() === '') continue;
    const key = `p:${p.id}`;
    byItem.set(key, []);
    order.push({ key, productId: p.id, label: '' });
  }
  for (const line of lines) {
    const key = itemKey(line);
    let rows = byItem.get(key);
    if (!rows) {
      rows = [];
      byItem.set(key, rows);
      order.push({ key, productId: line.productId, label: line.label.trim() });
    }
    let row = rows.find((r) => !(line.month in r));
    if (!row) rows.push((row = {}));
    row[line.month] = line;
  }
  const productById = new Map(products.map((p) => [p.id, p]));
  const out: ForecastGridRow[] = [];
  for (const item of order) {
    const rows = byItem.get(item.key)!;
    if (rows.length === 0) rows.push({});
    rows.forEach((cells, occurrence) => {
      const all = Object.values(cells);
      const product = item.productId !== null ? productById.get(item.productId) : undefined;
      out.push({
        id: occurrence === 0 ? item.key : `${item.key}#${occurrence}`,
        productId: item.productId,
        label: item.label,
        occurrence,
        lines: cells,
        price: all.length > 0 ? shared(all.map((l) => l.unitPrice)) : (product?.price ?? 0),
        unitCost: all.length > 0 ? shared(all.map((l) => l.unitCost)) : impliedUnitCost(product),
      });
    });
  }
  return out;
}

/** What one cell of the grid becomes in the plan's lines. */
export type ForecastCellChange = { kind: 'upsert'; line: ForecastLine } | { kind: 'delete'; lineId: string };

/**
 * Units typed into a cell: a new line (with the row's price and unit cost, or the months'
 * first when they differ), the line with its new units, or — units cleared — the line removed.
 */
export function setForecastUnits(row: ForecastGridRow, month: Month, units: number | null, newId: () => string): ForecastCellChange | null {
  const line = row.lines[month];
  if (units === null) return line ? { kind: 'delete', lineId: line.id } : null;
  if (line) return line.units === units ? null : { kind: 'upsert', line: { ...line, units } };
  const any = Object.values(row.lines)[0];
  return {
    kind: 'upsert',
    line: {
      id: newId(),
      productId: row.productId,
      label: row.productId === null ? row.label : '',
      month,
      units,
      unitPrice: row.price ?? any?.unitPrice ?? 0,
      unitCost: row.unitCost ?? any?.unitCost ?? 0,
    },
  };
}

/**
 * A price or unit cost for one month (`month`) or the whole row (`month` null). A month without
 * a line gets a line of 0 units carrying it, so the price is kept for when units are typed.
 */
export function setForecastAmount(
  row: ForecastGridRow,
  field: 'unitPrice' | 'unitCost',
  amount: number,
  months: readonly Month[],
  month: Month | null,
  newId: () => string,
): ForecastCellChange[] {
  const targets = month === null ? (Object.keys(row.lines).length > 0 ? Object.keys(row.lines) : months) : [month];
  const changes: ForecastCellChange[] = [];
  for (const m of targets) {
    const line = row.lines[m];
    if (line) {
      if (line[field] !== amount) changes.push({ kind: 'upsert', line: { ...line, [field]: amount } });
      continue;
    }
    const created = setForecastUnits(row, m, 0, newId);
    if (created?.kind === 'upsert') changes.push({ kind: 'upsert', line: { ...created.line, [field]: amount } });
  }
  return changes;
}

/** Whole units, rounded half away from zero, from an exact decimal product (no binary drift: 100 × 1.05 = 105). */
function roundUnits(value: number): number {
  return Number(multiplyMinor(value, 1));
}

/**
 * Monthly growth from a starting volume: month i gets start × (1 + g)^i whole units, each month
 * rounded on its own from the exact compound figure (so rounding never compounds).
 */
export function growthFill(start: number, growthPct: number, count: number): number[] {
  const factor = 1 + growthPct / 100;
  const out: number[] = [];
  let value = start;
  for (let i = 0; i < count; i++) {
    out.push(Math.max(0, roundUnits(Number(value.toPrecision(15)))));
    value *= factor;
  }
  return out;
}

/** Twelve weights, January to December: how a year's volume falls over its months. */
export const SEASONALITY_PRESETS = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  // Outdoor, drinks, travel: a summer high.
  summerPeak: [6, 6, 7, 8, 9, 11, 13, 13, 10, 7, 5, 5],
  // Buying ahead of the Spring Festival in January–February, quiet around the holiday's end.
  chineseNewYear: [14, 12, 7, 7, 8, 8, 8, 8, 8, 8, 6, 6],
  // China's e-commerce calendar: 618 in June, Double 11 (双十一) in November, Double 12 after it.
  double11: [7, 6, 8, 8, 8, 10, 7, 7, 8, 8, 15, 8],
} as const satisfies Record<string, readonly number[]>;
export type SeasonalityPreset = keyof typeof SEASONALITY_PRESETS;
export const SEASONALITY_PRESET_NAMES = Object.keys(SEASONALITY_PRESETS) as SeasonalityPreset[];

/** Typed weights (decimals allowed) as whole numbers in the same proportion, for the exact split. */
export function wholeWeights(weights: readonly number[]): number[] {
  return weights.map((w) => Math.round(w * 1000));
}

/**
 * An annual total spread over the months by calendar-month weights, in whole units that sum
 * exactly (largest remainder). The months are taken twelve at a time from the first (each plan
 * year gets the whole total); a shorter last stretch gets its share of the total by its weights,
 * itself rounded to whole units. Returns units per month, in the order given.
 */
export function seasonalFill(annualTotal: number, weights: readonly number[], months: readonly Month[]): number[] {
  if (weights.length !== 12) throw new RangeError('A seasonality profile has 12 weights, January to December.');
  const whole = wholeWeights(weights);
  const yearSum = whole.reduce((a, b) => a + b, 0);
  const total = Math.round(annualTotal);
  const out: number[] = [];
  for (let from = 0; from < months.length; from += 12) {
    const chunk = months.slice(from, from + 12);
    const w = chunk.map((m) => whole[Number(m.slice(5, 7)) - 1] ?? 0);
    const chunkSum = w.reduce((a, b) => a + b, 0);
    if (chunkSum === 0) {
      out.push(...chunk.map(() => 0));
      continue;
    }
    const share =
      chunk.length === 12 || chunkSum === yearSum
        ? total
        : Number((BigInt(total) * BigInt(chunkSum) + BigInt(Math.floor(yearSum / 2))) / BigInt(yearSum));
    out.push(...allocateMinor(share, w));
  }
  return out;
}

/** Total units and revenue of a row, and by month; revenue rounded per line as the budget does. */
export function forecastRowTotals(row: ForecastGridRow): { units: number; revenue: number } {
  let units = 0;
  let revenue = 0n;
  for (const line of Object.values(row.lines)) {
    units += line.units;
    revenue += multiplyMinor(line.units, line.unitPrice);
  }
  return { units, revenue: Number(revenue) };
}

/** The grid's months grouped by calendar year, for the header above them: [{ year: '2027', months: [...] }]. */
export function monthsByYear(months: readonly Month[]): { year: string; months: Month[] }[] {
  const out: { year: string; months: Month[] }[] = [];
  for (const m of months) {
    const year = m.slice(0, 4);
    const last = out[out.length - 1];
    if (last?.year === year) last.months.push(m);
    else out.push({ year, months: [m] });
  }
  return out;
}

/** Units of the rows summed by month: the grid's column totals. */
export function unitsByMonth(rows: readonly ForecastGridRow[], months: readonly Month[]): Record<Month, number> {
  const out: Record<Month, number> = Object.fromEntries(months.map((m) => [m, 0]));
  for (const row of rows) for (const [m, line] of Object.entries(row.lines)) out[m] = (out[m] ?? 0) + line.units;
  return out;
}
