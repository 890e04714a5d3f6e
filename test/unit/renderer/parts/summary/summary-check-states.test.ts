import { describe, expect, it } from 'vitest';
import { richTextFromPlain, type Plan } from '../../../../../shared/domain';
import { computeBudget } from '../../../../../shared/logic/budget';
import { draftSummary } from '../../../../../shared/logic/summary-draft';
import { planHealth } from '../../../../../shared/logic/health';
import { createTranslate } from '../../../../../shared/i18n/translate';
import { summaryBudgetAmount, summaryCheckStates } from '../../../../../renderer/src/parts/summary/summary-check-states';
import { completePlan } from '../../../shared/logic/plans';

/** completePlan() with four objectives (targets 3 m, 2000, 3000, 4000): only the first three must be named. */
function fourObjectives(): Plan {
  const plan = completePlan();
  const base = plan.collections.objectives[0]!;
  plan.collections.objectives.push(...[2, 3, 4].map((n) => ({ ...base, id: crypto.randomUUID(), title: `Objective ${n}`, target: 1000 * n })));
  return plan;
}

const withNarrative = (plan: Plan, text: string): Plan => ({ ...plan, fields: { ...plan.fields, summary: { narrative: richTextFromPlain(text) } } });

const statesOf = (plan: Plan) => summaryCheckStates(plan, planHealth(plan), summaryBudgetAmount(computeBudget(plan)));

describe('summaryCheckStates', () => {
  it('agrees with planHealth on every top objective and the budget, whatever the narrative', () => {
    const base = fourObjectives();
    const narratives = [
      '',
      'Nothing about goals.',
      'Revenue of 3 m.',
      'Revenue of 3 m; 2,000 new members; budget ¥19,000.',
      'Revenue of 3 m; Objective 2, OBJECTIVE 3; budget 19k.',
      'Budget ¥1.9万 and 3000 members.',
    ];
    const plans = [
      ...narratives.map((text) => withNarrative(base, text)),
      { ...base, fields: { ...base.fields, summary: { narrative: draftSummary(base, createTranslate('en'), 'en') } } },
    ];
    for (const plan of plans) {
      const findings = planHealth(plan).filter((f) => f.part === 'summary');
      const states = statesOf(plan);
      const noSummary = findings.some((f) => f.check === 'noSummary');
      const label = JSON.stringify(plan.fields.summary.narrative).slice(0, 80);
      expect(states.empty, label).toBe(noSummary);
      expect(
        states.objectives.map((o) => o.title),
        label,
      ).toEqual(['Revenue of 3 m', 'Objective 2', 'Objective 3']);
      for (const o of states.objectives) {
        const reported = noSummary || findings.some((f) => f.check === 'summaryMissingObjective' && f.subject?.rowId === o.id);
        expect(o.state, `${label} / ${o.title}`).toBe(reported ? 'notMet' : 'met');
      }
      const budgetReported = noSummary || findings.some((f) => f.check === 'summaryMissingBudget');
      expect(states.budgetState, label).toBe(budgetReported ? 'notMet' : 'met');
    }
  });

  it('counts an objective named by its target number alone, as the health check does', () => {
    const states = statesOf(withNarrative(fourObjectives(), 'Revenue of 3 m, then 2,000 new members. Budget ¥19,000.'));
    expect(states.objectives.map((o) => [o.title, o.state])).toEqual([
      ['Revenue of 3 m', 'met'],
      ['Objective 2', 'met'],
      ['Objective 3', 'notMet'],
    ]);
    expect(states.objectivesState).toBe('notMet');
    expect(states.budgetState).toBe('met');
  });

  it('marks everything not met while the summary is empty', () => {
    const states = statesOf(withNarrative(fourObjectives(), '   '));
    expect(states.empty).toBe(true);
    expect(states.objectives.every((o) => o.state === 'notMet')).toBe(true);
    expect(states.objectivesState).toBe('notMet');
    expect(states.budgetState).toBe('notMet');
  });

  it('has nothing to check without objectives or a budget', () => {
    const plan = withNarrative(completePlan(), 'Anything at all.');
    const bare: Plan = {
      ...plan,
      fields: { ...plan.fields, budget: { ...plan.fields.budget, marketingBudget: null } },
      collections: { ...plan.collections, objectives: [], actions: [], budgetLines: [], kpis: [] },
    };
    const states = statesOf(bare);
    expect(states).toMatchObject({ empty: false, objectives: [], objectivesState: 'none', budgetState: 'none' });
  });
});

describe('summaryBudgetAmount', () => {
  it('is the granted budget, else the planned spend, else nothing', () => {
    const plan = completePlan();
    expect(summaryBudgetAmount(computeBudget(plan))).toBe(1_900_000);
    const notGranted: Plan = { ...plan, fields: { ...plan.fields, budget: { ...plan.fields.budget, marketingBudget: null } } };
    expect(summaryBudgetAmount(computeBudget(notGranted))).toBe(computeBudget(notGranted).totals.marketing);
    expect(computeBudget(notGranted).totals.marketing).toBeGreaterThan(0);
    const nothing: Plan = { ...notGranted, collections: { ...notGranted.collections, actions: [], budgetLines: [] } };
    expect(summaryBudgetAmount(computeBudget(nothing))).toBeNull();
    expect(summaryBudgetAmount(null)).toBeNull();
  });
});
