import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/storage/database';
import { PlanStore } from '../../../../../electron/core/storage/plan-store';
import { linkKpi } from '../../../../../shared/logic';
import { buildSample } from '../../../../../shared/samples';
import { fullPlan } from '../../../helpers/full-plan';
import { tempDir } from '../../../helpers/temp-dir';

describe('scenarios and linked KPI targets in storage', () => {
  it('keep a plan’s scenarios, overrides and a linked KPI exactly, and a KPI written before the link reads as before', () => {
    const store = new PlanStore(openDatabase(tempDir()));
    const plan = fullPlan();
    const product = plan.collections.products[0]!.id;
    plan.collections.kpis = [linkKpi(plan.collections.kpis[0]!, 'revenue', product)];
    store.insertPlan(plan);
    const read = store.get(plan.meta.id);
    expect(read.collections.scenarios).toEqual(plan.collections.scenarios);
    expect(read.collections.scenarioOverrides).toEqual(plan.collections.scenarioOverrides);
    expect(read.collections.kpis).toEqual(plan.collections.kpis);
    const sample = buildSample('education', 'en', { now: '2027-01-05T09:00:00.000Z' });
    store.insertPlan(sample);
    const again = store.get(sample.meta.id);
    expect(again.collections.kpis).toEqual(sample.collections.kpis);
    expect(again.collections.kpis[0]).not.toHaveProperty('targetsFrom');
    expect(again.collections.scenarios).toEqual(sample.collections.scenarios);
  });

  it('deletes a scenario’s overrides with it and an override with its line; a linked KPI loses only its product', () => {
    const store = new PlanStore(openDatabase(tempDir()));
    const plan = fullPlan();
    const product = plan.collections.products[0]!.id;
    plan.collections.kpis = [linkKpi(plan.collections.kpis[0]!, 'units', product)];
    const second = { ...plan.collections.scenarios[0]!, id: crypto.randomUUID(), name: 'Optimistic' };
    plan.collections.scenarios.push(second);
    plan.collections.scenarioOverrides.push({
      ...plan.collections.scenarioOverrides[0]!,
      id: crypto.randomUUID(),
      scenarioId: second.id,
      productId: null,
      actionId: plan.collections.actions[0]!.id,
      volumePct: null,
      spendPct: 25,
    });
    store.insertPlan(plan);
    const id = plan.meta.id;
    store.deleteRow(id, 'products', product);
    let read = store.get(id);
    expect(read.collections.scenarioOverrides.map((o) => o.scenarioId)).toEqual([second.id]);
    expect(read.collections.kpis[0]).toMatchObject({ targetsFrom: 'units' });
    expect(read.collections.kpis[0]!.targetsProductId ?? null).toBeNull();
    store.deleteRow(id, 'scenarios', second.id);
    read = store.get(id);
    expect(read.collections.scenarios.map((s) => s.name)).toEqual(['Pessimistic']);
    expect(read.collections.scenarioOverrides).toEqual([]);
  });
});
