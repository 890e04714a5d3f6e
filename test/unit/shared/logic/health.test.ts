import { describe, expect, it } from 'vitest';
import { PART_KEYS, Plan, richTextFromPlain } from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import { en } from '../../../../shared/i18n/en';
import { zhCN } from '../../../../shared/i18n/zh-CN';
import { HEALTH_CHECKS, isMajorThreat, planHealth, type HealthCheck, type HealthFinding } from '../../../../shared/logic';
import { unitMultiplier } from '../../../../shared/logic/objective-forecast';
import { action, completePlan, emptyPlan } from './plans';

const checks = (plan: Plan) => planHealth(plan).map((f) => f.check);
const only = (plan: Plan, check: HealthCheck): HealthFinding => {
  const findings = planHealth(plan);
  expect(findings.map((f) => f.check)).toEqual([check]);
  return findings[0]!;
};

describe('planHealth', () => {
  it('finds nothing wrong with a complete, consistent plan', () => {
    const plan = completePlan();
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(planHealth(plan)).toEqual([]);
  });

  it('gives a blank plan one finding for each part that has nothing in it', () => {
    const findings = planHealth(emptyPlan());
    expect(findings.map((f) => f.check)).toEqual([
      'noSummary',
      'noSegments',
      'noSwotItems',
      'noObjectives',
      'noPositioning',
      'noActions',
      'noForecast',
      'noMarketingBudget',
      'noKpis',
    ]);
    expect(new Set(findings.map((f) => f.part))).toEqual(new Set(PART_KEYS));
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('gives stable ids: the check, and the row it is about', () => {
    const plan = completePlan();
    plan.collections.actions[0]!.owner = '';
    const a = planHealth(plan);
    const b = planHealth(structuredClone(plan));
    expect(a[0]!.id).toBe(`actionWithoutOwner:${plan.collections.actions[0]!.id}`);
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
    expect(planHealth(emptyPlan())[0]!.id).toBe('noSummary');
  });

  describe('each check on its own', () => {
    it('noSummary', () => {
      const plan = completePlan();
      plan.fields.summary.narrative = richTextFromPlain('   ');
      expect(only(plan, 'noSummary')).toMatchObject({ part: 'summary', target: { field: 'narrative' } });
    });

    it('summaryMissingObjective: neither the title nor the target number', () => {
      const plan = completePlan();
      plan.fields.summary.narrative = richTextFromPlain('We will spend ¥19,000.00 on marketing.');
      const objective = plan.collections.objectives[0]!;
      expect(only(plan, 'summaryMissingObjective')).toMatchObject({
        id: `summaryMissingObjective:${objective.id}`,
        params: { title: objective.title },
        subject: { collection: 'objectives', rowId: objective.id },
      });
      plan.fields.summary.narrative = richTextFromPlain('Budget ¥19,000. Goal: REVENUE OF 3 M.');
      expect(planHealth(plan)).toEqual([]);
    });

    it('summaryMissingObjective looks at the first three objectives only', () => {
      const plan = completePlan();
      const base = plan.collections.objectives[0]!;
      const more = [2, 3, 4].map((n) => ({
        ...base,
        metric: 'newCustomers' as const,
        id: crypto.randomUUID(),
        title: `Objective ${n}`,
        target: 1000 * n,
      }));
      plan.collections.objectives.push(...more);
      for (const o of more) {
        plan.collections.actions[0]!.objectiveIds.push(o.id);
        plan.collections.kpis.push({ ...plan.collections.kpis[0]!, id: crypto.randomUUID(), objectiveId: o.id });
      }
      plan.fields.summary.narrative = richTextFromPlain('Revenue of 3 m; 2,000 new members; budget ¥19,000.');
      expect(planHealth(plan).map((f) => [f.check, f.params.title])).toEqual([['summaryMissingObjective', 'Objective 3']]);
      plan.fields.summary.narrative = richTextFromPlain('Revenue of 3 m; 2,000 and 3000 new members; budget ¥19,000.');
      expect(planHealth(plan)).toEqual([]);
    });

    it('summaryMissingBudget: accepts the granted budget or the planned spend, in any spelling', () => {
      const plan = completePlan();
      plan.fields.summary.narrative = richTextFromPlain('Revenue of 3 m.');
      expect(only(plan, 'summaryMissingBudget').params.amount).toBe('¥1.9万');
      for (const text of ['budget 19000', 'budget CN¥19,000.00', 'budget ¥1.9万', 'budget 19 000', 'budget 19k']) {
        plan.fields.summary.narrative = richTextFromPlain(`Revenue of 3 m, ${text}.`);
        expect(checks(plan), text).toEqual([]);
      }
      plan.fields.budget.marketingBudget = 2_500_000;
      plan.fields.summary.narrative = richTextFromPlain('Revenue of 3 m, budget 25,000.');
      expect(checks(plan)).toEqual(['spendUnderBudget']);
      plan.fields.summary.narrative = richTextFromPlain('Revenue of 3 m, planned spend 19,000.');
      expect(checks(plan)).toEqual(['spendUnderBudget']);
    });

    it('noSegments', () => {
      const plan = completePlan();
      plan.collections.segments = [];
      plan.collections.segmentScores = [];
      expect(only(plan, 'noSegments')).toMatchObject({ part: 'situation', target: { collection: 'segments' } });
    });

    it('noSwotItems', () => {
      const plan = completePlan();
      plan.collections.swotItems = [];
      plan.collections.towsStrategies = [];
      expect(only(plan, 'noSwotItems')).toMatchObject({ part: 'swot' });
    });

    it('threatWithoutResponse', () => {
      const plan = completePlan();
      const threat = plan.collections.swotItems.find((i) => i.kind === 'T')!;
      plan.collections.towsStrategies[0]!.swotItemIds = plan.collections.towsStrategies[0]!.swotItemIds.filter((id) => id !== threat.id);
      expect(only(plan, 'threatWithoutResponse')).toMatchObject({
        severity: 'problem',
        part: 'swot',
        target: { collection: 'towsStrategies', field: 'swotItemIds' },
        subject: { collection: 'swotItems', rowId: threat.id },
        params: { statement: 'Price war' },
      });
      threat.impact = 3;
      threat.likelihood = 3;
      expect(planHealth(plan)).toEqual([]);
      threat.likelihood = 4;
      expect(checks(plan)).toEqual(['threatWithoutResponse']);
    });

    it('noObjectives', () => {
      const plan = completePlan();
      plan.collections.objectives = [];
      expect(only(plan, 'noObjectives')).toMatchObject({ part: 'objectives' });
    });

    it.each([
      ['metric', 'objectiveMissingMetric'],
      ['target', 'objectiveMissingTarget'],
      ['deadline', 'objectiveMissingDeadline'],
    ] as const)('objective without a %s', (field, check) => {
      const plan = completePlan();
      const objective = plan.collections.objectives[0]!;
      (objective as Record<string, unknown>)[field] = null;
      expect(only(plan, check)).toMatchObject({ part: 'objectives', target: { collection: 'objectives', rowId: objective.id, field } });
    });

    it('noTargetSegments', () => {
      const plan = completePlan();
      plan.collections.segmentScores[0]!.targeted = false;
      expect(only(plan, 'noTargetSegments')).toMatchObject({ part: 'strategy', target: { collection: 'segmentScores' } });
    });

    it('noPositioning', () => {
      const plan = completePlan();
      plan.fields.strategy.positioning.statement = '  ';
      expect(only(plan, 'noPositioning')).toMatchObject({ part: 'strategy', target: { field: 'positioning.statement' } });
    });

    it('segmentNotInPositioning, and “for whom” counts as naming the segment', () => {
      const plan = completePlan();
      plan.fields.strategy.positioning.statement = 'For busy families who need…';
      expect(only(plan, 'segmentNotInPositioning').params).toEqual({ segment: 'Working parents' });
      plan.fields.strategy.positioning.forWhom = 'working PARENTS';
      expect(planHealth(plan)).toEqual([]);
    });

    it('segmentNotInPositioning matches the segment’s name without its parenthetical note', () => {
      const plan = completePlan();
      const segment = plan.collections.segments.find((s) => plan.collections.segmentScores.some((x) => x.targeted && x.segmentId === s.id))!;
      segment.name = `${segment.name} (within 5 km)`;
      plan.fields.strategy.promotion.audience = segment.name.replace(' (within 5 km)', '');
      expect(planHealth(plan)).toEqual([]);
    });

    it('segmentNotInPromotion', () => {
      const plan = completePlan();
      plan.fields.strategy.promotion.audience = 'Everyone';
      expect(only(plan, 'segmentNotInPromotion')).toMatchObject({ target: { field: 'promotion.audience' }, params: { segment: 'Working parents' } });
    });

    it('noActions (and the objective it leaves unserved, and the unspent budget)', () => {
      const plan = completePlan();
      plan.collections.actions = [];
      expect(checks(plan)).toEqual(['noActions', 'objectiveWithoutAction', 'spendUnderBudget']);
    });

    it('objectiveWithoutAction, where a cancelled action serves nothing', () => {
      const plan = completePlan();
      const objective = plan.collections.objectives[0]!;
      plan.collections.actions[1]!.objectiveIds = [];
      plan.collections.actions[0]!.status = 'cancelled';
      plan.collections.actions.push(action({ start: '2027-03-01', end: '2027-03-02', cost: 800_000, mixElement: 'promotion' }));
      // The live actions serve nothing either, which is a finding of its own.
      expect(checks(plan)).toEqual(['objectiveWithoutAction', 'actionWithoutObjective', 'actionWithoutObjective']);
      expect(planHealth(plan)[0]).toMatchObject({
        severity: 'problem',
        part: 'actions',
        target: { collection: 'actions', field: 'objectiveIds' },
        subject: { collection: 'objectives', rowId: objective.id },
      });
    });

    it('actionWithoutOwner', () => {
      const plan = completePlan();
      plan.collections.actions[1]!.owner = ' ';
      expect(only(plan, 'actionWithoutOwner')).toMatchObject({
        target: { collection: 'actions', rowId: plan.collections.actions[1]!.id, field: 'owner' },
      });
    });

    it('actionWithoutDates, pointing at the missing date', () => {
      const plan = completePlan();
      plan.collections.actions[0]!.end = null;
      expect(only(plan, 'actionWithoutDates').target.field).toBe('end');
      plan.collections.actions[0]!.start = null;
      expect(only(plan, 'actionWithoutDates').target.field).toBe('start');
    });

    it('actionEndBeforeStart', () => {
      const plan = completePlan();
      plan.collections.actions[0]!.end = '2027-02-28';
      expect(only(plan, 'actionEndBeforeStart')).toMatchObject({ severity: 'problem', params: { start: '2027-03-01', end: '2027-02-28' } });
    });

    it('actionWithoutCost', () => {
      const plan = completePlan();
      plan.collections.actions[0]!.cost = null;
      plan.collections.budgetLines[0]!.amount += 800_000;
      expect(only(plan, 'actionWithoutCost')).toMatchObject({ target: { field: 'cost' } });
    });

    it('ignores cancelled actions', () => {
      const plan = completePlan();
      plan.collections.actions.push(action({ title: 'Dropped idea', owner: '', cost: 9_999_999, status: 'cancelled' }));
      expect(planHealth(plan)).toEqual([]);
    });

    it('noForecast', () => {
      const plan = completePlan();
      plan.collections.forecastLines = [];
      expect(only(plan, 'noForecast')).toMatchObject({ part: 'budget', target: { collection: 'forecastLines' } });
    });

    it('noMarketingBudget', () => {
      const plan = completePlan();
      plan.fields.budget.marketingBudget = null;
      expect(only(plan, 'noMarketingBudget')).toMatchObject({ part: 'budget', target: { field: 'marketingBudget' } });
    });

    it('spendOverBudget, with both amounts and the difference', () => {
      const plan = completePlan();
      plan.fields.budget.marketingBudget = 1_000_000;
      const finding = only(plan, 'spendOverBudget');
      expect(finding.severity).toBe('problem');
      expect(finding.params).toMatchObject({ spendMinor: 1_900_000, budgetMinor: 1_000_000, differenceMinor: -900_000 });
      expect(finding.params.spend).toBe('¥1.9万');
      expect(finding.params.budget).toBe('¥1万');
      expect(finding.params.difference).toMatch(/9,000\.00/);
    });

    it('spendUnderBudget counts undated actions in the spend', () => {
      const plan = completePlan();
      plan.fields.budget.marketingBudget = 2_000_000;
      plan.fields.summary.narrative = richTextFromPlain('Revenue of 3 m, budget ¥20,000.');
      expect(only(plan, 'spendUnderBudget').params).toMatchObject({ differenceMinor: 100_000 });
      plan.collections.actions.push(action({ cost: 100_000, objectiveIds: [plan.collections.objectives[0]!.id] }));
      expect(checks(plan)).toEqual(['actionWithoutDates']);
    });

    it('budgetTooLarge', () => {
      const plan = completePlan();
      plan.collections.forecastLines[0]!.units = 1e12;
      plan.collections.forecastLines[0]!.unitPrice = 10_000_000_000_000;
      expect(only(plan, 'budgetTooLarge')).toMatchObject({ severity: 'problem', part: 'budget' });
    });

    it('noKpis (and the objective left unmeasured)', () => {
      const plan = completePlan();
      plan.collections.kpis = [];
      expect(checks(plan)).toEqual(['noKpis', 'objectiveWithoutKpi']);
    });

    it('objectiveWithoutKpi', () => {
      const plan = completePlan();
      plan.collections.kpis[0]!.objectiveId = null;
      expect(only(plan, 'objectiveWithoutKpi')).toMatchObject({ part: 'control', target: { collection: 'kpis', field: 'objectiveId' } });
    });
  });

  it('calls a threat major at impact 4+, or impact × likelihood of 12+', () => {
    expect(isMajorThreat({ kind: 'T', impact: 4, likelihood: null })).toBe(true);
    expect(isMajorThreat({ kind: 'T', impact: 3, likelihood: 4 })).toBe(true);
    expect(isMajorThreat({ kind: 'T', impact: 3, likelihood: 3 })).toBe(false);
    expect(isMajorThreat({ kind: 'T', impact: null, likelihood: 5 })).toBe(false);
    expect(isMajorThreat({ kind: 'W', impact: 5, likelihood: null })).toBe(false);
  });

  it('has a message and a fix for every check in both languages, with every param filled in', () => {
    const enChecks = en.health.checks as Record<string, string>;
    const zhChecks = zhCN.health.checks as Record<string, string>;
    for (const check of HEALTH_CHECKS) {
      expect(enChecks[check], check).toBeTruthy();
      expect(zhChecks[check], check).toBeTruthy();
      expect((en.health.fix as Record<string, string>)[check], check).toBeTruthy();
      expect((zhCN.health.fix as Record<string, string>)[check], check).toBeTruthy();
    }
    expect(Object.keys(enChecks).sort()).toEqual([...HEALTH_CHECKS].sort());

    const plan = completePlan();
    plan.fields.budget.marketingBudget = 1;
    plan.fields.summary.narrative = richTextFromPlain('Nothing here.');
    plan.fields.strategy.positioning.statement = 'For someone';
    plan.fields.strategy.promotion.audience = '';
    plan.collections.towsStrategies = [];
    plan.collections.kpis = [];
    Object.assign(plan.collections.objectives[0]!, { metric: null, target: null, deadline: null });
    plan.collections.actions[0]!.owner = '';
    plan.collections.actions[0]!.cost = null;
    plan.collections.actions[1]!.end = '2027-01-01';
    const money = completePlan();
    money.collections.forecastLines[0]!.units = 10;
    money.collections.actions[0]!.objectiveIds = [];
    money.collections.actions[0]!.start = '2026-11-01';
    money.collections.budgetLines[0]!.month = '2028-01';
    money.collections.kpis[0]!.periods.push({ period: '2027-04', target: 40, actual: 30 }, { period: '2027-05', target: 40, actual: null });
    const kpiQuarter = {
      ...money.collections.kpis[0]!,
      id: crypto.randomUUID(),
      periodKind: 'quarter' as const,
      periods: [{ period: '2027-Q1', target: 5, actual: null }],
    };
    money.collections.kpis.push(kpiQuarter);
    const moneyFindings = planHealth(money, undefined, '2027-12-01');
    expect(new Set(moneyFindings.map((f) => f.check))).toEqual(
      new Set([
        'actionWithoutObjective',
        'actionOutsidePeriod',
        'planLosesMoney',
        'breakEvenNotReached',
        'forecastShortOfObjective',
        'spendOutsidePeriod',
        'kpiBehind',
        'kpiActualMissing',
      ]),
    );
    const findings = [...planHealth(plan), ...planHealth(emptyPlan()), ...moneyFindings];
    for (const language of ['en', 'zh-CN'] as const) {
      const t = createTranslate(language);
      for (const f of findings) {
        const text = t(`health.checks.${f.check}`, f.params);
        expect(text, `${language} ${f.check}`).not.toMatch(/\{\{|health\./);
      }
    }
    expect(createTranslate('zh-CN')('health.checks.objectiveMissingTarget', { title: 'Revenue of 3 m' })).toBe('目标“Revenue of 3 m”缺少目标值。');
  });
});

describe('planHealth sees the money', () => {
  it('planLosesMoney, and the break-even that is therefore not reached by the end of the period', () => {
    const plan = completePlan();
    plan.collections.forecastLines[0]!.units = 600; // ¥2.16 m of revenue, ¥0.96 m of margin, ¥19,000 of spend: still a profit
    plan.collections.objectives[0]!.target = 2;
    expect(planHealth(plan)).toEqual([]);
    plan.fields.budget.fixedCosts = 100_000_000; // ¥1 m of fixed costs
    const findings = planHealth(plan);
    expect(findings.map((f) => f.check)).toEqual(['planLosesMoney', 'breakEvenNotReached']);
    expect(findings[0]).toMatchObject({ severity: 'problem', part: 'budget', params: { lossMinor: 5_900_000 } });
    expect(findings[0]!.params.loss).toBe('¥5.9万');
    expect(findings[1]).toMatchObject({ severity: 'warning', target: { field: 'fixedCosts' }, params: { end: '2027-12-31' } });
  });

  it('a result of exactly zero is no loss', () => {
    const plan = completePlan();
    // Margin ¥1,600 a unit; spend ¥19,000 + fixed costs: break even exactly.
    plan.fields.budget.fixedCosts = 158_100_000;
    plan.collections.objectives[0]!.metric = 'newCustomers';
    expect(planHealth(plan).map((f) => f.check)).toEqual([]);
  });

  it('breakEvenNotReached: only with a forecast of units, when the margin never covers the costs', () => {
    const plan = completePlan();
    plan.collections.forecastLines[0]!.unitCost = 360_000; // no margin at all
    plan.collections.objectives[0]!.metric = 'newCustomers';
    expect(planHealth(plan).map((f) => f.check)).toEqual(['planLosesMoney', 'breakEvenNotReached']);
    plan.collections.forecastLines = [];
    expect(planHealth(plan).map((f) => f.check)).toEqual(['noForecast']);
  });

  it('breakEvenNotReached: reached only after the plan period', () => {
    const plan = completePlan();
    plan.collections.objectives[0]!.metric = 'newCustomers';
    plan.collections.forecastLines[0]!.month = '2028-02';
    expect(planHealth(plan).map((f) => f.check)).toEqual(['breakEvenNotReached']);
  });

  it('forecastShortOfObjective for revenue and profit, reading the objective’s unit', () => {
    const plan = completePlan();
    const objective = plan.collections.objectives[0]!;
    objective.target = 3.7; // m CNY; the forecast is 3.6 m
    expect(only(plan, 'forecastShortOfObjective')).toMatchObject({
      severity: 'problem',
      part: 'budget',
      target: { collection: 'forecastLines' },
      subject: { collection: 'objectives', rowId: objective.id },
      params: { forecastMinor: 360_000_000, targetMinor: 370_000_000 },
    });
    Object.assign(objective, { target: 360, unit: '万元' });
    expect(planHealth(plan)).toEqual([]);
    Object.assign(objective, { target: 361, unit: '万元' });
    expect(checks(plan)).toEqual(['forecastShortOfObjective']);
    // An objective in another currency cannot be compared.
    Object.assign(objective, { target: 10, unit: 'm USD' });
    expect(planHealth(plan)).toEqual([]);
    // Profit: ¥1.6 m margin − ¥19,000 spend = ¥1,581,000.
    Object.assign(objective, { metric: 'profit', target: 1_581_001, unit: 'CNY' });
    expect(checks(plan)).toEqual(['forecastShortOfObjective']);
    objective.target = 1_581_000;
    expect(planHealth(plan)).toEqual([]);
    // A negative target (a loss to keep within) that the forecast beats is no finding.
    objective.target = -50_000;
    expect(planHealth(plan)).toEqual([]);
  });

  it('does not compare market share with the market’s size (a share objective is often of a channel or category)', () => {
    const plan = completePlan();
    Object.assign(plan.collections.objectives[0]!, { metric: 'marketShare', kind: 'marketing', target: 5, unit: '%' });
    plan.fields.situation.marketSize = 10_000_000_000;
    expect(planHealth(plan)).toEqual([]);
  });

  it('reads the usual units of an amount', () => {
    expect(unitMultiplier('CNY', 'CNY')).toBe(1);
    expect(unitMultiplier('', 'CNY')).toBe(1);
    expect(unitMultiplier('万元', 'CNY')).toBe(10_000);
    expect(unitMultiplier('亿元', 'CNY')).toBe(100_000_000);
    expect(unitMultiplier('m CNY', 'CNY')).toBe(1_000_000);
    expect(unitMultiplier('thousand', 'EUR')).toBe(1_000);
    expect(unitMultiplier('USD', 'CNY')).toBeNull();
  });

  it('actionWithoutObjective, only where the plan has objectives to serve', () => {
    const plan = completePlan();
    const a = plan.collections.actions[0]!;
    a.objectiveIds = [];
    expect(only(plan, 'actionWithoutObjective')).toMatchObject({
      severity: 'warning',
      target: { collection: 'actions', rowId: a.id, field: 'objectiveIds' },
    });
    a.status = 'cancelled';
    expect(checks(plan)).toEqual(['spendUnderBudget']);
  });

  it('actionOutsidePeriod: money spent before the plan starts or after it ends', () => {
    const plan = completePlan();
    const a = plan.collections.actions[0]!;
    a.end = '2028-01-15';
    expect(only(plan, 'actionOutsidePeriod')).toMatchObject({ target: { rowId: a.id, field: 'end' }, params: { periodEnd: '2027-12-31' } });
    a.end = '2027-12-31';
    a.start = '2026-12-31';
    expect(only(plan, 'actionOutsidePeriod').target.field).toBe('start');
    // Nothing spent, nothing to report.
    a.cost = 0;
    expect(checks(plan)).toEqual(['spendUnderBudget']);
  });

  it('spendOutsidePeriod: a budget line in a month outside the plan', () => {
    const plan = completePlan();
    const line = plan.collections.budgetLines[0]!;
    line.month = '2026-12';
    expect(only(plan, 'spendOutsidePeriod')).toMatchObject({ target: { collection: 'budgetLines', rowId: line.id, field: 'month' } });
    line.amount = 0;
    expect(checks(plan)).not.toContain('spendOutsidePeriod');
  });

  it('kpiBehind: the latest actual short of its target (at risk or off track), lower-is-better too', () => {
    const plan = completePlan();
    const kpi = plan.collections.kpis[0]!;
    kpi.periods = [{ period: '2027-03', target: 40, actual: 39 }];
    expect(only(plan, 'kpiBehind')).toMatchObject({
      severity: 'warning',
      target: { collection: 'kpis', rowId: kpi.id },
      params: { actual: 39, target: 40, period: '2027-03' },
    });
    kpi.periods = [{ period: '2027-03', target: 0, actual: 0 }];
    expect(planHealth(plan)).toEqual([]);
    kpi.direction = 'lowerIsBetter';
    kpi.periods = [{ period: '2027-03', target: -5, actual: -4 }];
    expect(checks(plan)).toEqual(['kpiBehind']);
    kpi.periods = [];
    expect(planHealth(plan)).toEqual([]);
  });

  it('kpiActualMissing: a period over with a target and no actual, counted from today only', () => {
    const plan = completePlan();
    const kpi = plan.collections.kpis[0]!;
    kpi.periods.push({ period: '2027-04', target: 40, actual: null }, { period: '2027-05', target: 40, actual: null });
    expect(planHealth(plan)).toEqual([]);
    expect(planHealth(plan, undefined, '2027-04-30')).toEqual([]);
    const findings = planHealth(plan, undefined, '2027-06-01');
    expect(findings).toMatchObject([{ check: 'kpiActualMissing', target: { collection: 'kpis', rowId: kpi.id }, params: { period: '2027-04' } }]);
    kpi.periodKind = 'quarter';
    kpi.periods = [{ period: '2027-Q2', target: 100, actual: null }];
    expect(planHealth(plan, undefined, '2027-06-30')).toEqual([]);
    expect(planHealth(plan, undefined, '2027-07-01').map((f) => f.check)).toEqual(['kpiActualMissing']);
  });
});
