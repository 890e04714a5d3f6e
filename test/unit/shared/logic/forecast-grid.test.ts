import { describe, expect, it } from 'vitest';
import type { ForecastLine, Plan } from '../../../../shared/domain';
import { computeBudget, multiplyMinor } from '../../../../shared/logic/budget';
import {
  forecastGridMonths,
  forecastGridRows,
  forecastRowTotals,
  growthFill,
  impliedUnitCost,
  monthsByYear,
  SEASONALITY_PRESETS,
  seasonalFill,
  setForecastAmount,
  setForecastUnits,
  unitsByMonth,
} from '../../../../shared/logic/forecast-grid';
import { monthRange, planMonths } from '../../../../shared/logic/months';
import { buildSample, SAMPLE_NAMES } from '../../../../shared/samples';

const line = (over: Partial<ForecastLine>): ForecastLine => ({
  id: over.id ?? `l-${Math.random()}`,
  productId: null,
  label: '',
  month: '2027-01',
  units: 0,
  unitPrice: 0,
  unitCost: 0,
  ...over,
});
const product = (id: string, price: number | null = 1000, marginPct: number | null = 40) => ({ id, name: id, price, marginPct });
let n = 0;
const ids = () => `new-${++n}`;

describe('forecastGridRows', () => {
  it('puts every named product in table order, then free labels, and a duplicate month on a row of its own', () => {
    const lines = [
      line({ id: 'a', productId: 'B', month: '2027-01', units: 5, unitPrice: 200, unitCost: 50 }),
      line({ id: 'b', label: ' Gift ', month: '2027-02', units: 1, unitPrice: 99 }),
      line({ id: 'c', productId: 'B', month: '2027-01', units: 7, unitPrice: 200, unitCost: 50 }),
      line({ id: 'd', productId: 'B', month: '2027-02', units: 3, unitPrice: 250, unitCost: 50 }),
    ];
    const rows = forecastGridRows(lines, [product('A'), product('B'), { id: 'C', name: ' ', price: null, marginPct: null }]);
    expect(rows.map((r) => r.id)).toEqual(['p:A', 'p:B', 'p:B#1', 'l:Gift']);
    expect(rows[0]).toMatchObject({ price: 1000, unitCost: 600, lines: {} });
    expect(rows[1]!.lines['2027-01']!.id).toBe('a');
    expect(rows[1]!.price).toBeNull(); // 200 in January, 250 in February
    expect(rows[1]!.unitCost).toBe(50);
    expect(rows[2]!.lines['2027-01']!.id).toBe('c');
    expect(rows[3]).toMatchObject({ productId: null, label: 'Gift', price: 99 });
    // Every line is in exactly one cell.
    expect(rows.flatMap((r) => Object.values(r.lines).map((l) => l.id)).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('derives a product’s default unit cost from its margin, to the minor unit', () => {
    expect(impliedUnitCost({ price: 18600, marginPct: 52.7 })).toBe(8798); // 18,600 × 47.3 % = 8,797.8
    expect(impliedUnitCost({ price: 330, marginPct: 51.5 })).toBe(160); // 160.05 → 160
    expect(impliedUnitCost({ price: null, marginPct: 40 })).toBe(0);
  });
});

describe('the grid loses nothing of the per-line model', () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name}: the lines read back from the grid give the same budget, figure for figure`, () => {
      const plan = buildSample(name, 'en', { now: '2026-11-20T09:30:00.000Z' });
      const before = computeBudget(plan);
      const rows = forecastGridRows(plan.collections.forecastLines, plan.collections.products);
      const back = rows.flatMap((r) => Object.values(r.lines));
      expect(new Set(back.map((l) => l.id))).toEqual(new Set(plan.collections.forecastLines.map((l) => l.id)));
      expect(back).toEqual(expect.arrayContaining(plan.collections.forecastLines));
      const after = computeBudget({ ...plan, collections: { ...plan.collections, forecastLines: back } } as Plan);
      expect(after).toEqual(before);
      // Row totals add up to the budget's units and revenue.
      const totals = rows.map(forecastRowTotals);
      expect(totals.reduce((a, t) => a + t.units, 0)).toBe(before.totals.units);
      expect(totals.reduce((a, t) => a + t.revenue, 0)).toBe(before.totals.revenue);
      const months = forecastGridMonths(plan.meta, plan.collections.forecastLines);
      const byMonth = unitsByMonth(rows, months);
      expect(Object.values(byMonth).reduce((a, b) => a + b, 0)).toBe(before.totals.units);
    });
  }
});

describe('editing cells', () => {
  const rows = forecastGridRows(
    [line({ id: 'x', productId: 'A', month: '2027-01', units: 10, unitPrice: 1234, unitCost: 500 })],
    [product('A', 999, 50)],
  );
  const row = rows[0]!;

  it('typing units in an empty month adds a line with the row’s price and cost', () => {
    expect(setForecastUnits(row, '2027-02', 12, ids)).toEqual({
      kind: 'upsert',
      line: { id: expect.stringMatching(/^new-/), productId: 'A', label: '', month: '2027-02', units: 12, unitPrice: 1234, unitCost: 500 },
    });
  });
  it('changes the units of the month’s line, and clearing the cell removes it', () => {
    expect(setForecastUnits(row, '2027-01', 11, ids)).toEqual({ kind: 'upsert', line: expect.objectContaining({ id: 'x', units: 11 }) });
    expect(setForecastUnits(row, '2027-01', 10, ids)).toBeNull();
    expect(setForecastUnits(row, '2027-01', null, ids)).toEqual({ kind: 'delete', lineId: 'x' });
    expect(setForecastUnits(row, '2027-03', null, ids)).toBeNull();
  });
  it('a product’s price sets every month’s line; a month’s price overrides one month, adding a 0-unit line where none is', () => {
    const two = forecastGridRows(
      [
        line({ id: 'x', productId: 'A', month: '2027-01', units: 10, unitPrice: 1234 }),
        line({ id: 'y', productId: 'A', month: '2027-02', units: 4, unitPrice: 1234 }),
      ],
      [product('A')],
    )[0]!;
    const all = setForecastAmount(two, 'unitPrice', 1500, ['2027-01', '2027-02', '2027-03'], null, ids);
    expect(all.map((c) => (c.kind === 'upsert' ? [c.line.id, c.line.unitPrice] : null))).toEqual([
      ['x', 1500],
      ['y', 1500],
    ]);
    const one = setForecastAmount(two, 'unitCost', 700, ['2027-01', '2027-02', '2027-03'], '2027-03', ids);
    expect(one).toEqual([{ kind: 'upsert', line: expect.objectContaining({ month: '2027-03', units: 0, unitCost: 700, unitPrice: 1234 }) }]);
  });
  it('a price for a product with no lines yet puts it in every month at 0 units', () => {
    const empty = forecastGridRows([], [product('A')])[0]!;
    const changes = setForecastAmount(empty, 'unitPrice', 800, ['2027-11', '2027-12', '2028-01'], null, ids);
    expect(changes.map((c) => (c.kind === 'upsert' ? [c.line.month, c.line.units, c.line.unitPrice, c.line.unitCost] : null))).toEqual([
      ['2027-11', 0, 800, 600],
      ['2027-12', 0, 800, 600],
      ['2028-01', 0, 800, 600],
    ]);
  });
});

describe('growthFill', () => {
  it('compounds monthly growth and rounds each month, not the running figure', () => {
    expect(growthFill(100, 10, 4)).toEqual([100, 110, 121, 133]); // 133.1
    expect(growthFill(1000, 5, 3)).toEqual([1000, 1050, 1103]); // 1102.5 → 1103 (half away from zero)
    expect(growthFill(100, 0, 3)).toEqual([100, 100, 100]);
    expect(growthFill(100, -50, 3)).toEqual([100, 50, 25]);
    expect(growthFill(50, 0, 0)).toEqual([]);
  });
  it('gives revenue to the minor unit: units × price is exact', () => {
    const units = growthFill(1000, 3, 12);
    const revenue = units.reduce((a, u) => a + multiplyMinor(u, 19_990), 0n);
    expect(units.at(-1)).toBe(1384); // 1000 × 1.03^11 = 1384.23
    expect(revenue).toBe(BigInt(units.reduce((a, b) => a + b, 0)) * 19_990n);
  });
});

describe('seasonalFill', () => {
  const year = monthRange('2027-01', '2027-12');
  it('spreads an annual total evenly in whole units that sum exactly (largest remainder)', () => {
    const flat = seasonalFill(1000, SEASONALITY_PRESETS.flat, year);
    expect(flat).toEqual([84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83]);
    expect(flat.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(seasonalFill(7, SEASONALITY_PRESETS.flat, year).reduce((a, b) => a + b, 0)).toBe(7);
  });
  it('follows a preset: Double 11 peaks in November, Chinese New Year in January', () => {
    const d11 = seasonalFill(10_000, SEASONALITY_PRESETS.double11, year);
    expect(d11.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(Math.max(...d11)).toBe(d11[10]);
    expect(d11[10]).toBe(1500); // 15 of 100
    const cny = seasonalFill(12_345, SEASONALITY_PRESETS.chineseNewYear, year);
    expect(cny.reduce((a, b) => a + b, 0)).toBe(12_345);
    expect(Math.max(...cny)).toBe(cny[0]);
  });
  it('reads typed decimal weights in proportion', () => {
    const typed = seasonalFill(100, [1.5, 1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], year);
    expect(typed.reduce((a, b) => a + b, 0)).toBe(100);
    // 1.5 / 13 × 100 = 11.54 and 1 / 13 × 100 = 7.69: the 8 units left go to the larger remainders (.69).
    expect(typed).toEqual([11, 11, 8, 8, 8, 8, 8, 8, 8, 8, 7, 7]);
  });
  it('a period across a year end follows calendar months, and each plan year gets the whole total', () => {
    const months = monthRange('2027-07', '2028-06');
    const fill = seasonalFill(1200, SEASONALITY_PRESETS.summerPeak, months);
    expect(fill.reduce((a, b) => a + b, 0)).toBe(1200);
    // July (13 of 100 weight) is the first month here.
    expect(fill[0]).toBe(156);
  });
  it('a period longer than a year: every twelve months sum to the total, a short last stretch to its share', () => {
    const months = planMonths({ periodStart: '2027-01-01', periodEnd: '2029-03-31' }); // 27 months
    expect(months).toHaveLength(27);
    const fill = seasonalFill(1200, SEASONALITY_PRESETS.flat, months);
    expect(fill).toHaveLength(27);
    expect(fill.slice(0, 12).reduce((a, b) => a + b, 0)).toBe(1200);
    expect(fill.slice(12, 24).reduce((a, b) => a + b, 0)).toBe(1200);
    expect(fill.slice(24)).toEqual([100, 100, 100]);
  });
  it('refuses a profile that is not twelve weights', () => {
    expect(() => seasonalFill(10, [1, 2], year)).toThrow(RangeError);
  });
});

describe('months of the grid', () => {
  it('are the plan’s and any month a line names outside it, grouped by year', () => {
    const months = forecastGridMonths({ periodStart: '2027-11-15', periodEnd: '2029-02-01' }, [{ month: '2026-12' }, { month: '2028-05' }]);
    expect(months).toHaveLength(17);
    expect(months[0]).toBe('2026-12');
    expect(monthsByYear(months).map((g) => [g.year, g.months.length])).toEqual([
      ['2026', 1],
      ['2027', 2],
      ['2028', 12],
      ['2029', 2],
    ]);
  });
});
