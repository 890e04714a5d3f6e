import { emptyCollections, emptyPlanFields, type Action, type Kpi, type Language, type Plan } from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import type { ChartContext, ChartTheme } from '../../../../shared/charts';

const id = () => crypto.randomUUID();

export function chartContext(language: Language = 'en', theme: ChartTheme = 'light', currency = 'CNY'): ChartContext {
  return { t: createTranslate(language), locale: language, currency, theme };
}

export function action(title: string, start: string | null, end: string | null, extra: Partial<Action> = {}): Action {
  return {
    id: id(),
    title,
    start,
    end,
    owner: 'Wang',
    cost: 100_000,
    objectiveIds: [],
    mixElement: 'promotion',
    status: 'planned',
    dependsOn: [],
    ...extra,
  };
}

export function kpi(periods: Kpi['periods'], extra: Partial<Kpi> = {}): Kpi {
  return {
    id: id(),
    metric: 'Enrolments',
    objectiveId: null,
    owner: 'Admissions',
    unit: 'students',
    periodKind: 'month',
    direction: 'higherIsBetter',
    controlKind: 'annualPlan',
    correctiveAction: '',
    periods,
    ...extra,
  };
}

/** A year's plan with spend on every mix element and none, a forecast every month and a KPI. */
export function chartPlan(language: Language = 'en'): Plan {
  const zh = language === 'zh-CN';
  const tx = (en: string, cn: string) => (zh ? cn : en);
  const fields = emptyPlanFields();
  fields.budget.marketingBudget = 30_000_000;
  fields.budget.fixedCosts = 12_000_000;
  const collections = emptyCollections();
  collections.forecastLines = Array.from({ length: 12 }, (_, i) => ({
    id: id(),
    productId: null,
    label: tx('Weekend class', '周末班'),
    month: `2027-${String(i + 1).padStart(2, '0')}`,
    units: 40 + i * 6,
    unitPrice: 360_000,
    unitCost: 210_000,
  }));
  collections.actions = [
    action(tx('Spring open day', '春季开放日'), '2027-03-01', '2027-03-02', { cost: 800_000, status: 'done' }),
    action(tx('Referral programme', '老带新推荐计划'), '2027-03-03', '2027-06-30', { cost: 2_400_000, mixElement: 'price', status: 'inProgress' }),
    action(tx('New course package', '新课程包设计'), '2027-01-10', '2027-02-28', { cost: 1_500_000, mixElement: 'product', status: 'done' }),
    action(tx('Partner kindergartens', '合作幼儿园渠道'), '2027-04-01', '2027-09-30', { cost: 3_600_000, mixElement: 'place' }),
    action(tx('WeChat community ads', '微信社群广告'), '2027-05-15', '2027-12-15', { cost: 4_200_000 }),
    action(tx('Summer camp', '夏令营'), '2027-07-01', '2027-08-20', { cost: 2_000_000, mixElement: null, status: 'cancelled' }),
    action(tx('Autumn price offer', '秋季优惠价'), '2027-09-01', null, { cost: 500_000, mixElement: 'price' }),
    action(tx('Undated brochure', '未定日期的宣传册'), null, null, { cost: 300_000 }),
  ];
  collections.budgetLines = [
    { id: id(), label: tx('Agency retainer', '代理费'), month: '2027-02', amount: 300_000, mixElement: 'promotion' },
    { id: id(), label: tx('Contingency', '不可预见费'), month: '2027-06', amount: 450_000, mixElement: null },
  ];
  collections.kpis = [
    kpi(
      [
        { period: '2027-01', target: 40, actual: 44 },
        { period: '2027-02', target: 45, actual: 42 },
        { period: '2027-03', target: 50, actual: 38 },
        { period: '2027-04', target: 55, actual: null },
        { period: '2027-05', target: null, actual: 30 },
      ],
      { metric: tx('Enrolments', '报名人数'), unit: tx('students', '人') },
    ),
  ];
  return {
    meta: {
      id: id(),
      name: tx('Spring enrolment', '春季招生'),
      client: 'Bright Minds',
      author: 'Chen',
      versionLabel: '1',
      currency: 'CNY',
      language,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-01T08:00:00.000Z',
      deletedAt: null,
      playbookIds: [],
    },
    fields,
    collections,
  };
}
