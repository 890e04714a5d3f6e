import { describe, expect, it } from 'vitest';
import { Kpi, type KpiPeriod } from '../../../../shared/domain';
import { kpiPeriodRows, periodMatchesKind, periodsOfOtherKind, planPeriods, setKpiPeriodValue, withPeriodKind } from '../../../../shared/logic';

const meta = { periodStart: '2027-02-15', periodEnd: '2027-08-03' };

function kpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    id: crypto.randomUUID(),
    metric: 'New students',
    objectiveId: null,
    owner: '',
    unit: '',
    periodKind: 'month',
    direction: 'higherIsBetter',
    controlKind: 'annualPlan',
    correctiveAction: '',
    periods: [],
    ...overrides,
  };
}

describe('planPeriods', () => {
  it('lists every month or quarter the plan period touches', () => {
    expect(planPeriods(meta, 'month')).toEqual(['2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08']);
    expect(planPeriods(meta, 'quarter')).toEqual(['2027-Q1', '2027-Q2', '2027-Q3']);
    expect(planPeriods({ periodStart: '2026-11-01', periodEnd: '2027-01-31' }, 'quarter')).toEqual(['2026-Q4', '2027-Q1']);
  });

  it('tells months from quarters', () => {
    expect(periodMatchesKind('2027-03', 'month')).toBe(true);
    expect(periodMatchesKind('2027-03', 'quarter')).toBe(false);
    expect(periodMatchesKind('2027-Q3', 'quarter')).toBe(true);
    expect(periodMatchesKind('2027-Q3', 'month')).toBe(false);
  });
});

describe('kpiPeriodRows', () => {
  it('is the plan’s periods when the KPI holds none outside them', () => {
    expect(kpiPeriodRows(meta, kpi({ periods: [{ period: '2027-03', target: 5, actual: null }] }))).toEqual(planPeriods(meta, 'month'));
  });

  it('keeps stored periods outside the plan, in order, so no value is hidden', () => {
    const rows = kpiPeriodRows(
      meta,
      kpi({
        periods: [
          { period: '2026-12', target: 1, actual: 2 },
          { period: '2027-10', target: 3, actual: null },
        ],
      }),
    );
    expect(rows[0]).toBe('2026-12');
    expect(rows.at(-1)).toBe('2027-10');
    expect(rows).toHaveLength(9);
  });

  it('leaves out stored periods of the other kind', () => {
    expect(kpiPeriodRows(meta, kpi({ periodKind: 'quarter', periods: [{ period: '2027-03', target: 1, actual: null }] }))).toEqual([
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
    ]);
  });
});

describe('setKpiPeriodValue', () => {
  const periods: KpiPeriod[] = [
    { period: '2027-01', target: 10, actual: 9 },
    { period: '2027-03', target: 12, actual: null },
  ];

  it('adds a missing period in order', () => {
    expect(setKpiPeriodValue(periods, '2027-02', 'target', 11)).toEqual([
      { period: '2027-01', target: 10, actual: 9 },
      { period: '2027-02', target: 11, actual: null },
      { period: '2027-03', target: 12, actual: null },
    ]);
  });

  it('changes one value of an existing period and keeps the other', () => {
    expect(setKpiPeriodValue(periods, '2027-03', 'actual', 13)).toEqual([
      { period: '2027-01', target: 10, actual: 9 },
      { period: '2027-03', target: 12, actual: 13 },
    ]);
  });

  it('drops a period once both its values are empty, and never stores an empty one', () => {
    expect(setKpiPeriodValue(periods, '2027-03', 'target', null)).toEqual([{ period: '2027-01', target: 10, actual: 9 }]);
    expect(setKpiPeriodValue(periods, '2027-05', 'actual', null)).toEqual(periods);
  });

  it('does not change its input', () => {
    const copy = structuredClone(periods);
    setKpiPeriodValue(periods, '2027-01', 'target', 0);
    expect(periods).toEqual(copy);
  });

  it('keeps zero as a value', () => {
    expect(setKpiPeriodValue([], '2027-04', 'actual', 0)).toEqual([{ period: '2027-04', target: null, actual: 0 }]);
  });
});

describe('withPeriodKind', () => {
  it('drops the empty periods of the old kind, so the change saves', () => {
    const changed = withPeriodKind(kpi({ periods: [] }), 'quarter');
    expect(changed).toMatchObject({ periodKind: 'quarter', periods: [] });
    expect(Kpi.safeParse(changed).success).toBe(true);
  });

  it('keeps the periods that hold values, so the schema refuses the change instead of losing them', () => {
    const before = kpi({ periods: [{ period: '2027-01', target: 10, actual: null }] });
    const changed = withPeriodKind(before, 'quarter');
    expect(changed.periods).toEqual(before.periods);
    expect(periodsOfOtherKind(changed)).toEqual(before.periods);
    const parsed = Kpi.safeParse(changed);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['periods'], message: 'periods must match the KPI’s period kind' });
  });

  it('returns the same KPI when the kind does not change', () => {
    const same = kpi();
    expect(withPeriodKind(same, 'month')).toBe(same);
    expect(periodsOfOtherKind(same)).toEqual([]);
  });
});
