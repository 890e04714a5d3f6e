import type { Plan } from '../domain';
import type { Translate } from '../i18n/translate';
import { planVsActual } from '../logic/actuals';

/*
 * Plan versus actual as sheets: the actual sales and spend as entered (one row per product or
 * action/budget line and month, with its id, like the other lists), and plan against actual by
 * month with the variances (every plan month, its actual empty until reported). Present in every
 * export, as every other list is, so a client's workbook keeps its sheets from month to month.
 */

export const ACTUALS_SHEET_IDS = ['actualSales', 'actualSpend', 'planVsActual'] as const;

type Kind = 'text' | 'number' | 'money' | 'percent' | 'month';
type Value = string | number | null;
/** A sheet as plan-tables.ts holds it, over its column type (kept generic so the two files do not import each other). */
type ActualsTable<C> = { id: (typeof ACTUALS_SHEET_IDS)[number]; columns: C[]; rows: Value[][]; totalRows: number };

export function actualsTables<C>(plan: Plan, t: Translate, col: (key: string, header: string, kind: Kind, width?: number) => C): ActualsTable<C>[] {
  const c = plan.collections;
  const A = (key: string) => t(`actuals.${key}`);
  const money = (label: string) => t('report.sheets.withCurrency', { label, currency: plan.meta.currency });
  const pct = (label: string) => t('report.sheets.percentOf', { label });
  const products = new Map(c.products.map((p) => [p.id, p.name]));
  const actions = new Map(c.actions.map((a) => [a.id, a.title]));
  const lines = new Map(c.budgetLines.map((b) => [b.id, b.label]));
  const tables: ActualsTable<C>[] = [
    {
      id: 'actualSales',
      columns: [
        col('salesProduct', A('grid.product'), 'text'),
        col('month', A('figures.month'), 'month', 10),
        col('units', A('grid.measures.units'), 'number'),
        col('revenue', money(A('grid.measures.revenue')), 'money', 16),
        col('id', t('report.sheets.id'), 'text', 12),
      ],
      rows: c.actualSales.map((a): Value[] => [products.get(a.productId) ?? '', a.month, a.units, a.revenue, a.id]),
      totalRows: 0,
    },
    {
      id: 'actualSpend',
      columns: [
        col('spentOn', A('grid.row'), 'text'),
        col('spendKind', A('grid.kindColumn'), 'text', 14),
        col('month', A('figures.month'), 'month', 10),
        col('amount', money(A('grid.measures.amount')), 'money', 16),
        col('results', A('grid.measures.results'), 'number'),
        col('id', t('report.sheets.id'), 'text', 12),
      ],
      rows: c.actualSpend.map((a): Value[] => [
        a.actionId ? (actions.get(a.actionId) ?? '') : (lines.get(a.budgetLineId ?? '') ?? ''),
        A(`grid.kind.${a.actionId ? 'action' : 'budgetLine'}`),
        a.month,
        a.amount,
        a.results,
        a.id,
      ]),
      totalRows: 0,
    },
  ];
  // Sums too large to compute stop the whole export already (computeBudget), as they do here.
  const pva = planVsActual(plan);
  tables.push({
    id: 'planVsActual',
    columns: [
      col('month', A('figures.month'), 'month', 10),
      ...(['revenue', 'spend', 'contribution'] as const).flatMap((m) => [
        col(`${m}Plan`, money(`${A(`figures.${m}`)} · ${A('figures.plan')}`), 'money', 16),
        col(`${m}Actual`, money(`${A(`figures.${m}`)} · ${A('figures.actual')}`), 'money', 16),
        col(`${m}Variance`, money(`${A(`figures.${m}`)} · ${A('figures.variance')}`), 'money', 16),
        col(`${m}VariancePct`, pct(`${A(`figures.${m}`)} · ${A('figures.variance')}`), 'percent', 14),
      ]),
    ],
    rows: pva.months.map((m): Value[] => [
      m.month,
      ...(['revenue', 'spend', 'contribution'] as const).flatMap((k) => [m[k].plan, m[k].actual, m[k].variance, m[k].variancePct]),
    ]),
    totalRows: 0,
  });
  return tables;
}
