import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../../shared/i18n/translate';
import { computeBudget, scenarioOutcomes } from '../../../../shared/logic';
import { buildSample } from '../../../../shared/samples';
import { buildPlanTables } from '../../../../shared/sheets/plan-tables';

describe('the scenarios sheet', () => {
  it('has the base case and each scenario, one row each, with their budgets’ figures as typed values', () => {
    const plan = buildSample('education', 'en', { now: '2026-11-01T00:00:00.000Z' });
    const table = buildPlanTables(plan, createTranslate('en'), 'en').tables.find((x) => x.id === 'scenarios')!;
    expect(table.name).toBe('Scenarios');
    expect(table.columns.map((c) => [c.header, c.kind])).toContainEqual(['Revenue (CNY)', 'money']);
    expect(table.columns.map((c) => [c.header, c.kind])).toContainEqual(['Break-even month', 'month']);
    const outcomes = scenarioOutcomes(plan, 'Base case');
    const profit = table.columns.findIndex((c) => c.key === 'profit');
    expect(table.rows.map((r) => [r[0], r[profit]])).toEqual(outcomes.map((o) => [o.name, o.report.totals.profit]));
    expect(table.rows[0]![0]).toBe('Base case');
    expect(table.rows[1]!.at(-1)).toBe(plan.collections.scenarios[0]!.id);
    expect(outcomes[0]!.report).toEqual(computeBudget(plan));
  });

  it('is written in Chinese for a Chinese export', () => {
    const plan = buildSample('trade-course', 'zh-CN', { now: '2026-11-01T00:00:00.000Z' });
    const table = buildPlanTables(plan, createTranslate('zh-CN'), 'zh-CN').tables.find((x) => x.id === 'scenarios')!;
    expect(table.name).toBe('情景对比');
    expect(table.rows.map((r) => r[0])).toEqual(['基准情形', '悲观：外贸订单放缓', '乐观：第二期满班']);
  });
});
