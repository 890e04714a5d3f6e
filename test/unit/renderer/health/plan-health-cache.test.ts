import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/domain';
import { PART_KEYS } from '../../../../shared/domain/parts';
import { planHealth } from '../../../../shared/logic/health';
import { richTextFromPlain } from '../../../../shared/domain';
import { cachedPlanHealth, healthOverview } from '../../../../renderer/src/health/plan-health-cache';
import { completePlan, emptyPlan } from '../../shared/logic/plans';

describe('cachedPlanHealth', () => {
  it('gives the findings of planHealth', () => {
    const plan = emptyPlan();
    expect(cachedPlanHealth(plan)).toEqual(planHealth(plan));
  });

  it('reuses the findings when only what the checks never read changed', () => {
    const plan = completePlan();
    const first = cachedPlanHealth(plan);
    // A save stamps a new updatedAt; a situation narrative is read by no check.
    const saved: Plan = { ...plan, meta: { ...plan.meta, updatedAt: '2030-01-01T00:00:00.000Z' } };
    const typed: Plan = {
      ...saved,
      fields: { ...saved.fields, situation: { ...saved.fields.situation, market: richTextFromPlain('A growing market') } },
    };
    expect(cachedPlanHealth(saved)).toBe(first);
    expect(cachedPlanHealth(typed)).toBe(first);
  });

  it('computes again when anything the checks read changes', () => {
    const plan = completePlan();
    const before = cachedPlanHealth(plan);
    expect(before).toEqual([]);
    const [first, ...rest] = plan.collections.actions;
    const noOwner: Plan = { ...plan, collections: { ...plan.collections, actions: [{ ...first!, owner: '' }, ...rest] } };
    const after = cachedPlanHealth(noOwner);
    expect(after.map((f) => f.check)).toEqual(['actionWithoutOwner']);
    // Back to the first plan (an undo): its own findings again, not the last ones computed.
    expect(cachedPlanHealth(plan)).toEqual([]);
    const renamed: Plan = { ...plan, meta: { ...plan.meta, language: plan.meta.language === 'en' ? 'zh-CN' : 'en' } };
    expect(cachedPlanHealth(renamed)).not.toBe(before);
  });
});

describe('cachedPlanHealth, part by part', () => {
  // Each edit changes one input some check reads; after each, the cached findings must be exactly
  // planHealth's. A section that forgot to declare an input would keep stale findings and fail here.
  const edits: [string, (p: Plan) => Plan][] = [
    ['summary emptied', (p) => ({ ...p, fields: { ...p.fields, summary: { ...p.fields.summary, narrative: richTextFromPlain('') } } })],
    [
      'summary rewritten',
      (p) => ({ ...p, fields: { ...p.fields, summary: { ...p.fields.summary, narrative: richTextFromPlain('Nothing about the plan') } } }),
    ],
    ['segments removed', (p) => ({ ...p, collections: { ...p.collections, segments: [] } })],
    [
      'threat made major',
      (p) => ({
        ...p,
        collections: {
          ...p.collections,
          swotItems: [...p.collections.swotItems, { ...p.collections.swotItems[0]!, id: crypto.randomUUID(), kind: 'T', impact: 5, likelihood: 5 }],
        },
      }),
    ],
    [
      'objective loses its target',
      (p) => ({
        ...p,
        collections: { ...p.collections, objectives: p.collections.objectives.map((o, i) => (i === 0 ? { ...o, target: null } : o)) },
      }),
    ],
    [
      'positioning cleared',
      (p) => ({
        ...p,
        fields: { ...p.fields, strategy: { ...p.fields.strategy, positioning: { ...p.fields.strategy.positioning, statement: '', forWhom: '' } } },
      }),
    ],
    ['segment scores cleared', (p) => ({ ...p, collections: { ...p.collections, segmentScores: [] } })],
    [
      'action loses its cost',
      (p) => ({ ...p, collections: { ...p.collections, actions: p.collections.actions.map((a, i) => (i === 0 ? { ...a, cost: null } : a)) } }),
    ],
    ['forecast cleared', (p) => ({ ...p, collections: { ...p.collections, forecastLines: [] } })],
    ['budget granted', (p) => ({ ...p, fields: { ...p.fields, budget: { ...p.fields.budget, marketingBudget: 1 } } })],
    ['TOWS cleared', (p) => ({ ...p, collections: { ...p.collections, towsStrategies: [] } })],
    ['KPIs cleared', (p) => ({ ...p, collections: { ...p.collections, kpis: [] } })],
  ];

  it('matches planHealth after every kind of edit', () => {
    const base = completePlan();
    const baseFindings = planHealth(base);
    expect(cachedPlanHealth(base)).toEqual(baseFindings);
    for (const [name, edit] of edits) {
      const next = edit(base);
      const expected = planHealth(next);
      // Each edit must change what some check finds, or it would prove nothing.
      expect(expected, name).not.toEqual(baseFindings);
      expect(cachedPlanHealth(next), name).toEqual(expected);
      // And back (an undo), then forward again (a redo).
      expect(cachedPlanHealth(base), `${name}, undone`).toEqual(baseFindings);
      expect(cachedPlanHealth(next), `${name}, redone`).toEqual(expected);
    }
  });
});

describe('healthOverview', () => {
  it('groups the findings by part in plan order and counts problems and warnings', () => {
    const findings = planHealth(emptyPlan());
    const overview = healthOverview(findings);
    expect(overview.parts.map((p) => p.part)).toEqual([...PART_KEYS]);
    expect(overview.problems + overview.warnings).toBe(findings.length);
    for (const group of overview.parts) {
      expect(group.findings).toEqual(findings.filter((f) => f.part === group.part));
      expect(group.problems).toBe(group.findings.filter((f) => f.severity === 'problem').length);
      expect(group.warnings).toBe(group.findings.filter((f) => f.severity === 'warning').length);
      expect(overview.byPart[group.part]).toBe(group);
    }
    // A blank plan has something to do in every part.
    expect(overview.parts.every((p) => p.findings.length > 0)).toBe(true);
    expect(healthOverview(findings)).toBe(overview);
  });

  it('counts a problem as a problem', () => {
    const plan = completePlan();
    const overview = healthOverview(cachedPlanHealth({ ...plan, fields: { ...plan.fields, budget: { ...plan.fields.budget, marketingBudget: 1 } } }));
    expect(overview.problems).toBe(1);
    expect(overview.byPart.budget.problems).toBe(1);
    expect(overview.byPart.budget.findings[0]?.check).toBe('spendOverBudget');
  });
});
