import { emptyPlanFields, richTextFromPlain, type Action, type Plan } from '../../../shared/domain';

const id = () => crypto.randomUUID();

/** A plan with at least one row in every collection and every kind of link, for round trips. */
export function fullPlan(): Plan {
  const segment = { id: id(), name: 'Working parents', size: 52000, growthPct: 4.2, needs: 'Reliable after-school care' };
  const product = { id: id(), name: 'Weekend maths class', salesVolume: 800, price: 360000, marginPct: 42.5, stage: 'growth' } as const;
  const competitor = {
    id: id(),
    name: 'Star Tutors',
    sharePct: 31,
    strategy: 'Low price',
    objectives: 'Volume',
    strengths: 'Brand',
    weaknesses: 'Large classes',
    likelyReaction: 'Price cut',
  };
  const channel = { id: id(), name: 'WeChat groups', sharePct: 45, trend: 'rising', conflicts: 'None' } as const;
  const macro = { id: id(), force: 'demographic', finding: 'More children of school age', effect: 'opportunity' } as const;
  const tier = {
    id: id(),
    tier: 'opinionLeader',
    name: 'Parent committee members',
    customers: 40,
    recencyDays: 30,
    frequency: 4,
    monetary: 1_200_000,
    notes: '',
  } as const;
  const strength = {
    id: id(),
    kind: 'S',
    statement: 'Small classes',
    impact: 4,
    likelihood: null,
    evidence: { kind: 'competitor', id: competitor.id },
  } as const;
  const threat = { id: id(), kind: 'T', statement: 'Price war', impact: 5, likelihood: 3, evidence: { kind: 'macroForce', id: macro.id } } as const;
  const budgetLine = { id: id(), label: 'Agency retainer', month: '2027-02', amount: 300000, mixElement: 'promotion' } as const;
  const scenario = { id: id(), name: 'Pessimistic', volumePct: -10, pricePct: 0, unitCostPct: 5, spendPct: 0 };
  const objective = {
    id: id(),
    kind: 'financial',
    metric: 'revenue',
    title: 'Revenue of 3 m',
    baseline: 2.1,
    target: 3,
    unit: 'm CNY',
    deadline: '2027-12-31',
    owner: 'Head',
  } as const;
  const first: Action = {
    id: id(),
    title: 'Open day',
    start: '2027-03-01',
    end: '2027-03-02',
    owner: 'Wang',
    cost: 800000,
    objectiveIds: [objective.id],
    mixElement: 'promotion',
    status: 'planned',
    dependsOn: [],
  };
  const fields = emptyPlanFields();
  fields.summary.narrative = richTextFromPlain('Grow revenue to 3 m.');
  fields.situation.ourPosition = 'challenger';
  fields.strategy.positioning.statement = 'For working parents who need…';
  fields.budget.marketingBudget = 5_000_000;
  return {
    meta: {
      id: id(),
      name: '春季招生 🎓',
      client: 'Bright Minds',
      author: 'Chen',
      versionLabel: '2.1',
      currency: 'CNY',
      language: 'zh-CN',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-02T08:00:00.000Z',
      deletedAt: null,
      playbookIds: [],
    },
    fields,
    collections: {
      segments: [segment],
      products: [product],
      competitors: [competitor],
      channels: [channel],
      macroForces: [macro],
      customerTiers: [tier],
      swotItems: [strength, threat],
      towsStrategies: [{ id: id(), kind: 'ST', strategy: 'Sell quality, not price', swotItemIds: [strength.id, threat.id] }],
      objectives: [objective],
      issues: [{ id: id(), statement: 'Teachers are scarce', objectiveIds: [objective.id] }],
      segmentScores: [{ id: id(), segmentId: segment.id, size: 4, growth: 3, intensity: 2, fit: 5, targeted: true }],
      actions: [
        first,
        { ...first, id: id(), title: 'Referral programme', start: '2027-03-03', end: '2027-06-30', dependsOn: [first.id], mixElement: 'price' },
      ],
      forecastLines: [{ id: id(), productId: product.id, label: 'Weekend maths', month: '2027-03', units: 120, unitPrice: 360000, unitCost: 200000 }],
      budgetLines: [budgetLine],
      scenarios: [scenario],
      scenarioOverrides: [
        {
          id: id(),
          scenarioId: scenario.id,
          productId: product.id,
          budgetLineId: null,
          actionId: null,
          volumePct: -20,
          pricePct: null,
          unitCostPct: null,
          spendPct: null,
        },
      ],
      kpis: [
        {
          id: id(),
          metric: 'Enrolments',
          objectiveId: objective.id,
          owner: 'Admissions',
          unit: 'students',
          periodKind: 'month',
          direction: 'higherIsBetter',
          controlKind: 'annualPlan',
          correctiveAction: 'More open days',
          periods: [{ period: '2027-03', target: 40, actual: 35 }],
        },
      ],
      actualSales: [{ id: id(), productId: product.id, month: '2027-03', units: 110, revenue: 39600000 }],
      actualSpend: [
        { id: id(), actionId: first.id, budgetLineId: null, month: '2027-03', amount: 120000, results: 14 },
        { id: id(), actionId: null, budgetLineId: budgetLine.id, month: '2027-02', amount: 320000, results: null },
      ],
      actionResults: [{ id: id(), actionId: first.id, result: 'Enquiries', target: 60 }],
    },
  };
}

/** The plan without plan-versus-actual rows or scenarios: what a file of format version 1 or 2 can hold. */
export function withoutActuals(plan: Plan): Plan {
  // Scenarios came with format version 3 too: without both, a file is of version 1 (2 with versions).
  return { ...plan, collections: { ...plan.collections, actualSales: [], actualSpend: [], actionResults: [], scenarios: [], scenarioOverrides: [] } };
}
