import { describe, expect, it } from 'vitest';
import type { Kpi, Plan } from '../../../../shared/domain';
import { computeKpi, linkKpi, planHealth, resolvedKpis, unlinkKpi, withResolvedKpis } from '../../../../shared/logic';
import { fullPlan } from '../../helpers/full-plan';

/** The helpers' plan with a quarterly forecast across the year: 120 units in March, 80 in April, 50 in November (a free label). */
function planWithForecast(): { plan: Plan; kpi: Kpi; productId: string } {
  const plan = fullPlan();
  const productId = plan.collections.products[0]!.id;
  const line = plan.collections.forecastLines[0]!;
  plan.collections.forecastLines = [
    line,
    { ...line, id: crypto.randomUUID(), month: '2027-04', units: 80 },
    { ...line, id: crypto.randomUUID(), productId: null, label: 'Holiday camp', month: '2027-11', units: 50, unitPrice: 199_999 },
  ];
  return { plan, kpi: plan.collections.kpis[0]!, productId };
}

describe('KPI targets linked to the forecast', () => {
  it('are derived on reading: the forecast’s units per month, the actuals kept, nothing stored', () => {
    const { plan, kpi } = planWithForecast();
    const linked = linkKpi(kpi, 'units', null);
    // The stored row holds only actuals; its March target of 40 is gone.
    expect(linked.periods).toEqual([{ period: '2027-03', target: null, actual: 35 }]);
    plan.collections.kpis = [linked];
    const [resolved] = resolvedKpis(plan);
    expect(resolved!.periods).toHaveLength(12);
    expect(resolved!.periods.find((p) => p.period === '2027-03')).toEqual({ period: '2027-03', target: 120, actual: 35 });
    expect(resolved!.periods.find((p) => p.period === '2027-04')).toEqual({ period: '2027-04', target: 80, actual: null });
    expect(resolved!.periods.find((p) => p.period === '2027-11')).toEqual({ period: '2027-11', target: 50, actual: null });
    expect(resolved!.periods.find((p) => p.period === '2027-12')).toEqual({ period: '2027-12', target: 0, actual: null });
    // The status follows: 35 against 120 is off track.
    expect(computeKpi(resolved!).periods.find((p) => p.period === '2027-03')!.status).toBe('offTrack');
  });

  it('follow the forecast when it changes, by quarter, for one product, in revenue to the minor unit', () => {
    const { plan, kpi, productId } = planWithForecast();
    plan.collections.kpis = [{ ...linkKpi(kpi, 'revenue', productId), periodKind: 'quarter', periods: [] }];
    expect(resolvedKpis(plan)[0]!.periods.map((p) => [p.period, p.target])).toEqual([
      ['2027-Q1', 432_000], // 120 × ¥3,600.00
      ['2027-Q2', 288_000],
      ['2027-Q3', 0],
      ['2027-Q4', 0], // the holiday camp is no product of this KPI
    ]);
    plan.collections.forecastLines[1] = { ...plan.collections.forecastLines[1]!, units: 81, unitPrice: 360_001 };
    expect(resolvedKpis(plan)[0]!.periods[1]).toEqual({ period: '2027-Q2', target: 291_600.81, actual: null });
  });

  it('leave a plan without linked KPIs as it is, the same object', () => {
    const { plan } = planWithForecast();
    expect(withResolvedKpis(plan)).toBe(plan);
    expect(resolvedKpis(plan)).toBe(plan.collections.kpis);
  });

  it('unlinking copies the current values and drops the link', () => {
    const { plan, kpi } = planWithForecast();
    plan.collections.kpis = [linkKpi(kpi, 'units', null)];
    const unlinked = unlinkKpi(plan.collections.kpis[0]!, plan);
    expect(unlinked.targetsFrom).toBeNull();
    expect(unlinked.periods.filter((p) => p.target !== 0)).toEqual([
      { period: '2027-03', target: 120, actual: 35 },
      { period: '2027-04', target: 80, actual: null },
      { period: '2027-11', target: 50, actual: null },
    ]);
    plan.collections.kpis = [unlinked];
    expect(resolvedKpis(plan)[0]).toBe(unlinked);
  });

  it('reach the health check: a linked KPI behind the forecast is reported with the forecast’s target', () => {
    const { plan, kpi } = planWithForecast();
    plan.collections.kpis = [{ ...linkKpi(kpi, 'units', null), periods: [{ period: '2027-03', target: null, actual: 100 }] }];
    const behind = planHealth(plan).filter((f) => f.check === 'kpiBehind');
    expect(behind.map((f) => f.params)).toEqual([expect.objectContaining({ target: 120, actual: 100 })]);
  });
});
