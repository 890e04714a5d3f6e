import { describe, expect, it } from 'vitest';
import type { Plan, VersionWithPlan } from '../../../../shared/domain';
import { parsePlanFile, serializePlanFile } from '../../../../shared/file-format';
import { fullPlan } from '../../helpers/full-plan';

const APP = { name: 'Planwright', version: '1.2.3' };
const AT = '2027-01-05T09:30:00.000Z';

/** The plan without anything of format version 3: no actuals, no scenarios. */
function withoutActuals(plan: Plan): Plan {
  return { ...plan, collections: { ...plan.collections, actualSales: [], actualSpend: [], actionResults: [], scenarios: [], scenarioOverrides: [] } };
}

function problems(text: string): string[] {
  const result = parsePlanFile(text);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('plan versus actual in the plan file', () => {
  it('a plan without actuals is written as before: version 1, no keys for them; read back as empty lists', () => {
    const plan = withoutActuals(fullPlan());
    const text = serializePlanFile(plan, { app: APP, exportedAt: AT });
    const raw = JSON.parse(text);
    expect(raw.version).toBe(1);
    expect(Object.keys(raw.plan.collections)).not.toContain('actualSales');
    const read = parsePlanFile(text);
    if (!read.ok) expect.fail(JSON.stringify(read.problems));
    expect(read.file.plan).toEqual(plan);
  });

  it('an older file, made before actuals existed, still imports with empty lists and the default threshold', () => {
    const raw = JSON.parse(serializePlanFile(withoutActuals(fullPlan()), { app: APP, exportedAt: AT }));
    expect(raw.plan.fields.control.varianceThresholdPct).toBeUndefined();
    const read = parsePlanFile(JSON.stringify(raw));
    if (!read.ok) expect.fail(JSON.stringify(read.problems));
    expect(read.file.plan.collections.actualSales).toEqual([]);
    expect(read.file.plan.collections.actualSpend).toEqual([]);
    expect(read.file.plan.collections.actionResults).toEqual([]);
  });

  it('a plan with actuals is version 3, and comes back row for row', () => {
    const plan = fullPlan();
    plan.fields.control.varianceThresholdPct = 7.5;
    const text = serializePlanFile(plan, { app: APP, exportedAt: AT });
    expect(JSON.parse(text).version).toBe(3);
    const read = parsePlanFile(text);
    if (!read.ok) expect.fail(JSON.stringify(read.problems));
    expect(read.file.plan).toEqual(plan);
  });

  it('a saved version with actuals makes the file version 3 too; an empty list is left out of each version', () => {
    const plan = withoutActuals(fullPlan());
    const version: VersionWithPlan = {
      id: crypto.randomUUID(),
      createdAt: AT,
      name: 'March review',
      note: '',
      kind: 'manual',
      plan: fullPlan(),
    } as VersionWithPlan;
    const raw = JSON.parse(serializePlanFile(plan, { app: APP, exportedAt: AT, versions: [version] }));
    expect(raw.version).toBe(3);
    expect(Object.keys(raw.plan.collections)).not.toContain('actualSpend');
    expect(raw.versions[0].plan.collections.actualSpend).toHaveLength(2);
  });

  it('refuses actuals in a file that says an older version', () => {
    const raw = JSON.parse(serializePlanFile(fullPlan(), { app: APP, exportedAt: AT }));
    raw.version = 1;
    expect(problems(JSON.stringify(raw))).toEqual([
      'version: scenarios, actual sales and spend, KPIs linked to the forecast and a kept customer list are only in files of format version 3; this file says version 1',
    ]);
  });

  it('refuses two actuals for one cell, and an actual spend that names both an action and a budget line', () => {
    const plan = fullPlan();
    const [sale] = plan.collections.actualSales;
    plan.collections.actualSales.push({ ...sale!, id: crypto.randomUUID(), units: 3 });
    const raw = JSON.parse(serializePlanFile(plan, { app: APP, exportedAt: AT }));
    raw.plan.collections.actualSpend[0].budgetLineId = plan.collections.budgetLines[0]!.id;
    expect(problems(JSON.stringify(raw))).toEqual(['actualSpend[0].actionId: an actual spend belongs to one action or one budget line']);
    raw.plan.collections.actualSpend[0].budgetLineId = null;
    expect(problems(JSON.stringify(raw))).toEqual(['actualSales[1].month: this month already has an actual for the same row']);
  });
});
