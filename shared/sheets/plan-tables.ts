import type { Language, Plan } from '../domain';
import type { Translate } from '../i18n/translate';
import { computeBudget } from '../logic/budget';
import { kpiPeriodResult } from '../logic/kpi';
import { withResolvedKpis } from '../logic/kpi-linked';
import { scenarioTable } from './scenario-table';
import { ACTUALS_SHEET_IDS, actualsTables } from './actuals-tables';

/**
 * A plan's tables as a spreadsheet holds them: one table per list of the plan and per derived
 * figure a client's spreadsheet takes in (spend by month and by mix, P&L). Values stay typed —
 * money in integer minor units, percentages as the plan holds them (8.5 for 8.5 %), dates and
 * months as ISO text — so each writer turns them into its own cells: real numbers and dates with
 * formats in .xlsx, plain text in .csv. Headers and choice labels are in the export's language.
 */

export const SHEET_TABLE_IDS = [
  'segments',
  'competitors',
  'swot',
  'objectives',
  'actions',
  'forecast',
  'budgetLines',
  'spendByMonth',
  'spendByMix',
  'pnl',
  'scenarios',
  'kpis',
  // Plan versus actual (actuals-tables.ts).
  ...ACTUALS_SHEET_IDS,
] as const;
export type SheetTableId = (typeof SHEET_TABLE_IDS)[number];

export type SheetCellKind = 'text' | 'number' | 'money' | 'percent' | 'date' | 'month' | 'period';
export type SheetValue = string | number | null;
export type SheetColumn = { key: string; header: string; kind: SheetCellKind; /** Width in characters. */ width: number };
export type SheetTable = {
  id: SheetTableId;
  /** The sheet's name: short, in the export's language, without the characters Excel refuses. */
  name: string;
  columns: SheetColumn[];
  rows: SheetValue[][];
  /** How many rows at the end are totals (written bold). */
  totalRows: number;
};

export type PlanTables = { language: Language; currency: string; tables: SheetTable[] };

/** Characters Excel refuses in a sheet name, and its 31-character limit. */
export function safeSheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  let base =
    [
      ...name
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ]
      .slice(0, 31)
      .join('')
      .replace(/^'+|'+$/g, '') || 'Sheet';
  let n = 2;
  let candidate = base;
  while ([...taken].some((t) => t.toLowerCase() === candidate.toLowerCase())) {
    const suffix = ` (${n++})`;
    base = [...base].slice(0, 31 - suffix.length).join('');
    candidate = `${base}${suffix}`;
  }
  return candidate;
}

export function buildPlanTables(plan: Plan, t: Translate, language: Language): PlanTables {
  // A KPI whose targets follow the forecast is written with the forecast's figures.
  const c = withResolvedKpis(plan).collections;
  const currency = plan.meta.currency;
  const budget = computeBudget(plan);
  const S = (key: string) => t(`report.sheets.${key}`);
  const money = (label: string) => t('report.sheets.withCurrency', { label, currency });
  const pct = (label: string) => t('report.sheets.percentOf', { label });
  const col = (key: string, header: string, kind: SheetCellKind, width = kind === 'text' ? 30 : 14): SheetColumn => ({ key, header, kind, width });
  const objectiveNumber = new Map(c.objectives.map((o, i) => [o.id, i + 1]));
  const refs = (ids: readonly string[]) =>
    ids
      .map((id) => objectiveNumber.get(id))
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b)
      .join(', ');
  const mix = (key: string | null) => (key ? t(`report.mix.${key}`) : '');
  const swotCount: Record<string, number> = {};

  const tables: Omit<SheetTable, 'name'>[] = [
    {
      id: 'segments',
      columns: [
        col('name', t('report.situation.segment'), 'text'),
        col('size', t('report.situation.size'), 'number'),
        col('growthPct', pct(t('report.situation.growth')), 'percent'),
        col('needs', t('report.situation.needs'), 'text', 50),
        col('id', S('id'), 'text', 12),
      ],
      rows: c.segments.map((s) => [s.name, s.size, s.growthPct, s.needs, s.id]),
      totalRows: 0,
    },
    {
      id: 'competitors',
      columns: [
        col('name', t('report.situation.competitors'), 'text'),
        col('sharePct', pct(t('report.situation.share')), 'percent'),
        col('strategy', t('report.situation.strategy'), 'text', 40),
        col('objectives', t('report.situation.objectives'), 'text', 40),
        col('strengths', t('report.situation.strengths'), 'text', 40),
        col('weaknesses', t('report.situation.weaknesses'), 'text', 40),
        col('likelyReaction', t('report.situation.likelyReaction'), 'text', 40),
        col('id', S('id'), 'text', 12),
      ],
      rows: c.competitors.map((x) => [x.name, x.sharePct, x.strategy, x.objectives, x.strengths, x.weaknesses, x.likelyReaction, x.id]),
      totalRows: 0,
    },
    {
      id: 'swot',
      columns: [
        col('ref', t('report.swot.code'), 'text', 8),
        col('kind', t('report.swot.kind'), 'text', 16),
        col('statement', t('report.swot.statement'), 'text', 60),
        col('impact', S('impact'), 'number', 10),
        col('likelihood', S('likelihood'), 'number', 10),
        col('id', S('id'), 'text', 12),
      ],
      rows: c.swotItems.map((item) => {
        swotCount[item.kind] = (swotCount[item.kind] ?? 0) + 1;
        return [`${item.kind}${swotCount[item.kind]}`, t(`report.swot.kinds.${item.kind}`), item.statement, item.impact, item.likelihood, item.id];
      }),
      totalRows: 0,
    },
    {
      id: 'objectives',
      columns: [
        col('number', t('report.number'), 'number', 6),
        col('title', t('report.objectives.objective'), 'text', 50),
        col('kind', t('report.objectives.kind'), 'text', 12),
        col('metric', S('metric'), 'text', 18),
        col('baseline', t('report.objectives.baseline'), 'number'),
        col('target', t('report.objectives.target'), 'number'),
        col('unit', t('report.objectives.unit'), 'text', 10),
        col('deadline', t('report.objectives.deadline'), 'date', 12),
        col('owner', S('owner'), 'text', 20),
        col('id', S('id'), 'text', 12),
      ],
      rows: c.objectives.map((o, i) => [
        i + 1,
        o.title,
        t(`report.objectives.kinds.${o.kind}`),
        o.metric ? t(`report.objectives.metrics.${o.metric}`) : '',
        o.baseline,
        o.target,
        o.unit,
        o.deadline,
        o.owner,
        o.id,
      ]),
      totalRows: 0,
    },
    {
      id: 'actions',
      columns: [
        col('number', t('report.number'), 'number', 6),
        col('title', t('report.actions.action'), 'text', 50),
        col('start', S('start'), 'date', 12),
        col('end', S('end'), 'date', 12),
        col('owner', S('owner'), 'text', 24),
        col('mixElement', t('report.actions.mixElement'), 'text', 12),
        col('status', t('report.actions.status'), 'text', 12),
        col('cost', money(t('report.actions.cost')), 'money'),
        col('objectives', t('report.actions.objectives'), 'text', 12),
        col('id', S('id'), 'text', 12),
      ],
      rows: c.actions.map((a, i) => [
        i + 1,
        a.title,
        a.start,
        a.end,
        a.owner,
        mix(a.mixElement),
        t(`report.actions.statuses.${a.status}`),
        a.cost,
        refs(a.objectiveIds),
        a.id,
      ]),
      totalRows: 0,
    },
    {
      id: 'forecast',
      columns: [
        col('label', t('report.budget.product'), 'text'),
        col('month', t('report.budget.month'), 'month', 10),
        col('units', t('report.budget.units'), 'number'),
        col('unitPrice', money(S('unitPrice')), 'money'),
        col('unitCost', money(S('unitCost')), 'money'),
        col('revenue', money(t('report.budget.revenue')), 'money', 16),
        col('id', S('id'), 'text', 12),
      ],
      rows: c.forecastLines.map((f) => {
        const product = f.productId ? c.products.find((p) => p.id === f.productId) : undefined;
        return [f.label || product?.name || '', f.month, f.units, f.unitPrice, f.unitCost, Math.round(f.units * f.unitPrice), f.id];
      }),
      totalRows: 0,
    },
    {
      id: 'budgetLines',
      columns: [
        col('label', t('report.budget.item'), 'text'),
        col('month', t('report.budget.month'), 'month', 10),
        col('mixElement', t('report.actions.mixElement'), 'text', 12),
        col('amount', money(t('report.budget.amount')), 'money', 16),
        col('id', S('id'), 'text', 12),
      ],
      rows: c.budgetLines.map((b) => [b.label, b.month, mix(b.mixElement), b.amount, b.id]),
      totalRows: 0,
    },
    {
      id: 'spendByMonth',
      columns: [
        col('month', t('report.budget.month'), 'month', 10),
        ...(['product', 'price', 'place', 'promotion', 'unassigned'] as const).map((k) => col(k, money(t(`report.mix.${k}`)), 'money', 16)),
        col('total', money(t('report.total')), 'money', 16),
      ],
      rows: [
        ...budget.months.map((m) => {
          const byMix = budget.spendByMonthAndMix[m] as Record<string, number> | undefined;
          return [m, ...['product', 'price', 'place', 'promotion', 'unassigned'].map((k) => byMix?.[k] ?? 0), budget.marketing[m] ?? 0];
        }),
      ],
      totalRows: 0,
    },
    {
      id: 'spendByMix',
      columns: [col('mixElement', t('report.actions.mixElement'), 'text', 16), col('amount', money(t('report.budget.amount')), 'money', 16)],
      rows: [
        ...Object.entries(budget.spendByMix as Record<string, number>).map(([k, v]): SheetValue[] => [t(`report.mix.${k}`), v]),
        [t('report.total'), budget.totals.marketing],
      ],
      totalRows: 1,
    },
    {
      id: 'pnl',
      columns: [
        col('month', t('report.budget.month'), 'month', 10),
        col('revenue', money(t('report.budget.revenue')), 'money', 16),
        col('cogs', money(t('report.budget.cogs')), 'money', 16),
        col('grossMargin', money(t('report.budget.grossMargin')), 'money', 16),
        col('marketing', money(t('report.budget.marketing')), 'money', 16),
        col('contribution', money(t('report.budget.contribution')), 'money', 16),
      ],
      rows: [
        ...budget.months.map((m): SheetValue[] => [
          m,
          budget.revenue[m] ?? 0,
          budget.cogs[m] ?? 0,
          budget.grossMargin[m] ?? 0,
          budget.marketing[m] ?? 0,
          budget.contribution[m] ?? 0,
        ]),
        [
          t('report.total'),
          budget.totals.revenue,
          budget.totals.cogs,
          budget.totals.grossMargin,
          budget.totals.marketing,
          budget.totals.contribution,
        ],
        [t('report.budget.fixedCosts'), null, null, null, null, -budget.totals.fixedCosts],
        [t('report.budget.profit'), null, null, null, null, budget.totals.profit],
      ],
      totalRows: 3,
    },
    scenarioTable(plan, budget, t),
    {
      id: 'kpis',
      columns: [
        col('metric', t('report.control.kpi'), 'text'),
        col('unit', t('report.objectives.unit'), 'text', 10),
        col('controlKind', S('controlKind'), 'text', 18),
        col('direction', S('direction'), 'text', 16),
        col('period', t('report.control.period'), 'period', 10),
        col('target', t('report.control.target'), 'number'),
        col('actual', t('report.control.actual'), 'number'),
        col('variance', t('report.control.variance'), 'number'),
        col('variancePct', t('report.control.variancePct'), 'percent'),
        col('status', t('report.control.status'), 'text', 12),
        col('id', S('id'), 'text', 12),
      ],
      rows: c.kpis.flatMap((k) =>
        k.periods.map((p) => {
          const r = kpiPeriodResult(p, k.direction);
          return [
            k.metric,
            k.unit,
            t(`report.control.kinds.${k.controlKind}`),
            S(`directions.${k.direction}`),
            p.period,
            p.target,
            p.actual,
            r.variance,
            r.variancePct,
            t(`report.control.statuses.${r.status}`),
            k.id,
          ];
        }),
      ),
      totalRows: 0,
    },
    ...actualsTables(plan, t, col),
  ];

  const taken = new Set<string>();
  return {
    language,
    currency,
    tables: tables.map((table) => {
      const name = safeSheetName(S(`names.${table.id}`), taken);
      taken.add(name);
      return { ...table, name };
    }),
  };
}
