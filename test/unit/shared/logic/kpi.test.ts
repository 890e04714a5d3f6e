import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../../../shared/domain';
import { AT_RISK_SHORTFALL, computeKpi, kpiPeriodResult, kpiStatusCounts } from '../../../../shared/logic';
import { emptyPlan } from './plans';

function kpi(periods: Kpi['periods'], overrides: Partial<Kpi> = {}): Kpi {
  return {
    id: crypto.randomUUID(),
    metric: 'Enrolments',
    objectiveId: null,
    owner: '',
    unit: '',
    periodKind: periods.some((p) => p.period.includes('Q')) ? 'quarter' : 'month',
    direction: 'higherIsBetter',
    controlKind: 'annualPlan',
    correctiveAction: '',
    periods,
    ...overrides,
  };
}

const higher = (target: number | null, actual: number | null) => kpiPeriodResult({ period: '2027-01', target, actual }, 'higherIsBetter');
const lower = (target: number | null, actual: number | null) => kpiPeriodResult({ period: '2027-01', target, actual }, 'lowerIsBetter');

describe('kpi', () => {
  it('is on track on or over target, at risk within 10% short, off track beyond', () => {
    expect(AT_RISK_SHORTFALL).toBe(0.1);
    expect(higher(40, 40)).toMatchObject({ variance: 0, variancePct: 0, status: 'onTrack' });
    expect(higher(40, 50)).toMatchObject({ variance: 10, variancePct: 25, status: 'onTrack' });
    expect(higher(40, 36)).toMatchObject({ variance: -4, variancePct: -10, status: 'atRisk' });
    expect(higher(30, 27)).toMatchObject({ variance: -3, status: 'atRisk' });
    expect(higher(40, 35.9)).toMatchObject({ status: 'offTrack' });
    expect(higher(40, 35)).toMatchObject({ variance: -5, variancePct: -12.5, status: 'offTrack' });
  });

  it('flips the sign for lower-is-better KPIs so a positive variance is always good', () => {
    expect(lower(100, 80)).toMatchObject({ variance: 20, variancePct: 20, status: 'onTrack' });
    expect(lower(100, 105)).toMatchObject({ variance: -5, variancePct: -5, status: 'atRisk' });
    expect(lower(100, 111)).toMatchObject({ variance: -11, status: 'offTrack' });
  });

  it('has no data without an actual or a target', () => {
    expect(higher(null, 5)).toEqual({ period: '2027-01', target: null, actual: 5, variance: null, variancePct: null, status: 'noData' });
    expect(higher(5, null)).toMatchObject({ variance: null, status: 'noData' });
  });

  it('has no percentage against a zero target, and any shortfall from zero is off track', () => {
    expect(higher(0, 3)).toMatchObject({ variance: 3, variancePct: null, status: 'onTrack' });
    expect(higher(0, -1)).toMatchObject({ variance: -1, variancePct: null, status: 'offTrack' });
    expect(lower(0, 0)).toMatchObject({ variance: 0, status: 'onTrack' });
  });

  it('measures against |target| when the target is negative', () => {
    // A loss of at most 200: a loss of 210 is 5% worse.
    expect(higher(-200, -210)).toMatchObject({ variance: -10, variancePct: -5, status: 'atRisk' });
    expect(higher(-200, -150)).toMatchObject({ variance: 50, variancePct: 25, status: 'onTrack' });
  });

  it('keeps fractional variances as typed', () => {
    expect(higher(0.3, 0.1)).toMatchObject({ variance: -0.2 });
    expect(higher(2.5, 2.25)).toMatchObject({ variance: -0.25, variancePct: -10, status: 'atRisk' });
  });

  it('orders periods, takes the latest measured one as the KPI status', () => {
    const result = computeKpi(
      kpi([
        { period: '2027-03', target: 40, actual: null },
        { period: '2027-01', target: 40, actual: 30 },
        { period: '2027-02', target: 40, actual: 38 },
      ]),
    );
    expect(result.periods.map((p) => p.period)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(result.periods.map((p) => p.status)).toEqual(['offTrack', 'atRisk', 'noData']);
    expect(result.latest).toMatchObject({ period: '2027-02', actual: 38 });
    expect(result.status).toBe('atRisk');
  });

  it('works by quarter', () => {
    const result = computeKpi(
      kpi(
        [
          { period: '2027-Q2', target: 10, actual: 4 },
          { period: '2027-Q1', target: 10, actual: 12 },
        ],
        { direction: 'lowerIsBetter' },
      ),
    );
    expect(result.periods.map((p) => [p.period, p.variance, p.status])).toEqual([
      ['2027-Q1', -2, 'offTrack'],
      ['2027-Q2', 6, 'onTrack'],
    ]);
    expect(result.latest?.period).toBe('2027-Q2');
    expect(result.status).toBe('onTrack');
  });

  it('has no data with no periods or nothing measured', () => {
    expect(computeKpi(kpi([]))).toEqual({ periods: [], latest: null, status: 'noData' });
    expect(computeKpi(kpi([{ period: '2027-01', target: 5, actual: null }]))).toMatchObject({ latest: null, status: 'noData' });
    // Measured but without a target: the latest is known, its status is not.
    expect(computeKpi(kpi([{ period: '2027-01', target: null, actual: 5 }]))).toMatchObject({ latest: { actual: 5 }, status: 'noData' });
  });

  it('counts a plan’s KPIs by status', () => {
    const plan = emptyPlan();
    expect(kpiStatusCounts(plan)).toEqual({ onTrack: 0, atRisk: 0, offTrack: 0, noData: 0 });
    plan.collections.kpis = [
      kpi([{ period: '2027-01', target: 10, actual: 10 }]),
      kpi([{ period: '2027-01', target: 10, actual: 11 }]),
      kpi([{ period: '2027-01', target: 10, actual: 9 }]),
      kpi([{ period: '2027-01', target: 10, actual: 1 }]),
      kpi([]),
    ];
    expect(kpiStatusCounts(plan)).toEqual({ onTrack: 2, atRisk: 1, offTrack: 1, noData: 1 });
  });
});
