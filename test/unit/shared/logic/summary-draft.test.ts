import { describe, expect, it } from 'vitest';
import { RichText, richTextToPlain, type Plan } from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import { draftSummary, formatPlanDate, planHealth, SUMMARY_KEY_ACTIONS } from '../../../../shared/logic';
import { action, completePlan, emptyPlan } from './plans';

const en = createTranslate('en');
const zh = createTranslate('zh-CN');

function withDraft(plan: Plan, language: 'en' | 'zh-CN'): Plan {
  const narrative = draftSummary(plan, language === 'en' ? en : zh, language);
  return { ...plan, fields: { ...plan.fields, summary: { narrative } } };
}

describe('draftSummary', () => {
  it('drafts a valid document with purpose, objectives, strategy, money and key actions', () => {
    const plan = completePlan();
    const doc = draftSummary(plan, en, 'en');
    expect(RichText.safeParse(doc).success).toBe(true);
    expect(doc.content.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'bulletList', 'paragraph', 'paragraph', 'paragraph', 'bulletList']);
    const text = richTextToPlain(doc);
    expect(text).toContain('春季招生 🎓: the marketing plan for Bright Minds, from Jan 1, 2027 to Dec 31, 2027.');
    expect(text).toContain('Revenue of 3 m: 3 m CNY by Dec 31, 2027');
    expect(text).toContain('Strategy: we target Working parents. Positioning: For working parents who need…');
    expect(text).toContain('The marketing budget is CN¥19,000.00; the actions and budget lines plan CN¥19,000.00.');
    expect(text).toContain('Projected revenue is CN¥3,600,000.00, for a contribution of CN¥1,581,000.00.');
    // ICU puts thin spaces around the range dash.
    expect(text).toMatch(/Open day \(Mar 1\s–\s2, 2027\): CN¥8,000\.00/);
    expect(text).toMatch(/Referral programme \(Mar 3\s–\sJun 30, 2027\): CN¥8,000\.00/);
  });

  it('speaks Chinese with the Chinese strings and formats', () => {
    const text = richTextToPlain(draftSummary(completePlan(), zh, 'zh-CN'));
    expect(text).toContain('《春季招生 🎓》：Bright Minds的市场营销计划');
    expect(text).toContain('主要目标');
    expect(text).toContain('以Working parents为目标市场');
    expect(text).toContain('市场营销预算为 ¥1.9万');
    expect(text).toContain('边际贡献 ¥158.1万');
    expect(text).toContain('主要行动');
    expect(text).toContain(formatPlanDate('2027-12-31', 'zh-CN'));
    expect(text).not.toMatch(/\{\{|summaryDraft\./);
  });

  it.each(['en', 'zh-CN'] as const)('satisfies the health check on the summary (%s)', (language) => {
    const plan = completePlan();
    const base = plan.collections.objectives[0]!;
    // Four objectives (the draft names the top three), one without a title match elsewhere.
    plan.collections.objectives.push(
      ...['New members', 'Awareness', 'Retention'].map((title, i) => ({
        ...base,
        metric: 'newCustomers' as const,
        id: crypto.randomUUID(),
        title,
        target: 1500 * (i + 1),
        deadline: '2027-09-30',
      })),
    );
    for (const o of plan.collections.objectives.slice(1)) {
      plan.collections.actions[0]!.objectiveIds.push(o.id);
      plan.collections.kpis.push({ ...plan.collections.kpis[0]!, id: crypto.randomUUID(), objectiveId: o.id });
    }
    expect(planHealth(withDraft(plan, language))).toEqual([]);
    const text = richTextToPlain(withDraft(plan, language).fields.summary.narrative);
    expect(text).not.toContain('Retention');
  });

  it('names the budget even when only spend is planned, and it passes the check', () => {
    const plan = completePlan();
    plan.fields.budget.marketingBudget = null;
    const drafted = withDraft(plan, 'en');
    expect(richTextToPlain(drafted.fields.summary.narrative)).toContain('Planned marketing spend totals CN¥19,000.00.');
    expect(planHealth(drafted).map((f) => f.check)).toEqual(['noMarketingBudget']);
  });

  it('lists at most five key actions, the costliest first, ties in plan order, cancelled ones left out', () => {
    const plan = emptyPlan({ currency: 'JPY' });
    plan.collections.actions = [
      action({ title: 'A', cost: 100, start: '2027-01-01', end: '2027-01-01' }),
      action({ title: 'B', cost: 900 }),
      action({ title: 'C', cost: 500, start: '2027-02-01' }),
      action({ title: 'D', cost: 500, end: '2027-03-01' }),
      action({ title: 'E', cost: 10_000, status: 'cancelled' }),
      action({ title: 'F', cost: null }),
      action({ title: 'G', cost: 300 }),
      action({ title: 'H', cost: 200 }),
    ];
    const doc = draftSummary(plan, en, 'en');
    const list = doc.content[doc.content.length - 1]!;
    expect(list.type).toBe('bulletList');
    const lines = list.type === 'bulletList' ? list.content.map((item) => richTextToPlain({ type: 'doc', content: item.content })) : [];
    expect(lines).toHaveLength(SUMMARY_KEY_ACTIONS);
    expect(lines).toEqual([
      'B (no dates yet): ¥900',
      'C (Feb 1, 2027): ¥500',
      'D (Mar 1, 2027): ¥500',
      'G (no dates yet): ¥300',
      'H (no dates yet): ¥200',
    ]);
  });

  it('drafts just the purpose for a blank plan, without a client', () => {
    const plan = emptyPlan({ client: '' });
    const doc = draftSummary(plan, en, 'en');
    expect(RichText.safeParse(doc).success).toBe(true);
    expect(richTextToPlain(doc)).toBe('春季招生 🎓: the marketing plan from Jan 1, 2027 to Dec 31, 2027.');
  });

  it('writes an objective with what it has: target only, deadline only, or neither', () => {
    const plan = completePlan();
    const base = plan.collections.objectives[0]!;
    plan.collections.objectives = [
      { ...base, unit: '', deadline: null, target: 1234.5 },
      { ...base, id: crypto.randomUUID(), title: 'Awareness', target: null },
      { ...base, id: crypto.randomUUID(), title: 'Loyalty', target: null, deadline: null },
    ];
    const text = richTextToPlain(draftSummary(plan, en, 'en'));
    expect(text).toContain('Revenue of 3 m: 1,234.5\n');
    expect(text).toContain('Awareness, by Dec 31, 2027\n');
    expect(text).toContain('Loyalty\n');
  });

  it('leaves out the strategy sentence parts it has nothing for', () => {
    const plan = completePlan();
    plan.collections.segmentScores = [];
    expect(richTextToPlain(draftSummary(plan, en, 'en'))).toContain('Positioning: For working parents who need…');
    plan.fields.strategy.positioning.statement = '';
    expect(richTextToPlain(draftSummary(plan, en, 'en'))).not.toMatch(/Positioning|Strategy/);
  });

  it('never shifts dates in a time zone west of UTC', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatPlanDate('2027-01-01', 'en')).toBe('Jan 1, 2027');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
