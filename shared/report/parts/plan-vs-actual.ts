import { BudgetOverflowError } from '../../logic/budget';
import {
  beyondThreshold,
  controlFigures,
  favourable,
  planVsActual,
  varianceThreshold,
  type Direction,
  type Figure,
  type PlanVsActualMeasure,
} from '../../logic/actuals';
import { cell, col, table, type BuildContext, type PartWriter } from '../context';
import type { Cell, CellTone } from '../types';

const DIRECTION: Record<PlanVsActualMeasure, Direction> = {
  revenue: 'moreIsBetter',
  units: 'moreIsBetter',
  spend: 'lessIsBetter',
  contribution: 'moreIsBetter',
};

/** Good when better than plan, bad when worse beyond the plan's threshold, a warning when worse within it. */
export function varianceTone(f: Figure, direction: Direction, threshold: number): CellTone | undefined {
  const good = favourable(f, direction);
  if (good === null) return undefined;
  if (good) return 'good';
  return beyondThreshold(f, threshold) ? 'bad' : 'warn';
}

/** Variances carry their sign, so "+3" reads as above plan and "−2" as below. */
function signed(text: string, value: number): string {
  return value > 0 && !text.startsWith('+') ? `+${text}` : text;
}

/**
 * Plan versus actual (计划与实际对比), in the Control part where the plan has actuals: the year to
 * date by figure, month by month, then the figures of annual-plan, profitability and efficiency
 * control. Nothing when there are no actuals (a plan not yet under way), or when its sums are too
 * large to compute (the budget section says so).
 */
export function writePlanVsActual(w: PartWriter, ctx: BuildContext): void {
  try {
    write(w, ctx);
  } catch (error) {
    if (!(error instanceof BudgetOverflowError)) throw error;
  }
}

function write(w: PartWriter, ctx: BuildContext): void {
  const { plan, t, f } = ctx;
  const A = (key: string, params?: Record<string, string | number>) => t(`actuals.${key}`, params);
  const pva = planVsActual(plan);
  if (pva.ytd === null || pva.yearToDate === null) return;
  const ytd = pva.ytd;
  const threshold = varianceThreshold(plan);
  const dash = t('report.empty');
  const money = (label: string) => t('report.withUnit', { label, unit: plan.meta.currency });
  const pct = (value: number | null) => (value === null ? dash : signed(f.percent(value), value));
  const amount = (value: number | null) => (value === null ? dash : f.wholeAmount(value));
  const varianceCells = (fig: Figure, direction: Direction, show: (n: number | null) => string): Cell[] => [
    cell(show(fig.plan)),
    cell(show(fig.actual)),
    cell(fig.variance === null ? dash : signed(show(fig.variance), fig.variance)),
    cell(pct(fig.variancePct), { tone: varianceTone(fig, direction, threshold), bold: true }),
  ];

  w.h2(A('sections.dashboard'), 'plan-vs-actual');
  w.push({
    kind: 'paragraph',
    style: 'body',
    text: A('figures.ytdRange', { year: pva.yearToDate.planYear, from: f.month(pva.yearToDate.from), through: f.month(pva.yearToDate.through) }),
  });
  const measures: PlanVsActualMeasure[] = ['revenue', 'units', 'spend', 'contribution'];
  w.push(
    table(
      'plan-vs-actual-ytd',
      [
        col(A('figures.ytd'), 'left', 2.4),
        col(A('figures.plan'), 'right', 1.6),
        col(A('figures.actual'), 'right', 1.6),
        col(A('figures.variance'), 'right', 1.6),
        col(A('figures.variancePct'), 'right', 1.3),
      ],
      measures.map((m) => [
        cell(m === 'units' ? A(`figures.${m}`) : money(A(`figures.${m}`)), { bold: true }),
        ...varianceCells(ytd[m], DIRECTION[m], m === 'units' ? (n) => ctx.num(n) : amount),
      ]),
      { note: A('figures.thresholdNote', { threshold: f.percent(threshold) }) },
    ),
  );
  const list = (months: readonly string[]) => months.map(f.month).join(ctx.language === 'zh-CN' ? '、' : ', ');
  const missing = [
    ytd.revenue.missing.length > 0 ? A('figures.missingSales', { months: list(ytd.revenue.missing) }) : '',
    ytd.spend.missing.length > 0 ? A('figures.missingSpend', { months: list(ytd.spend.missing) }) : '',
  ].filter(Boolean);
  if (missing.length > 0) w.push({ kind: 'paragraph', style: 'note', text: missing.join(' ') });

  // Sales and spend each in a table of its own: five columns leave room for a large plan's amounts.
  w.h3(A('figures.byMonth'), 'plan-vs-actual-months');
  for (const m of ['revenue', 'spend'] as const) {
    const months = pva.months.filter((row) => row[m].actual !== null);
    if (months.length === 0) continue;
    w.push(
      table(
        `plan-vs-actual-${m}-months`,
        [
          col(A('figures.month'), 'left', 1.4),
          col(money(A(m === 'revenue' ? 'figures.plannedRevenue' : 'figures.plannedSpend')), 'right', 1.8),
          col(money(A(m === 'revenue' ? 'figures.actualRevenue' : 'figures.actualSpend')), 'right', 1.8),
          col(A('figures.variance'), 'right', 1.6),
          col(A('figures.variancePct'), 'right', 1.2),
        ],
        months.map((row) => [
          cell(f.month(row.month)),
          cell(amount(row[m].plan)),
          cell(amount(row[m].actual)),
          cell(row[m].variance === null ? dash : signed(amount(row[m].variance), row[m].variance!)),
          cell(pct(row[m].variancePct), { tone: varianceTone(row[m], DIRECTION[m], threshold) }),
        ]),
      ),
    );
  }

  const controls = controlFigures(plan, pva);
  if (!controls) return;
  const { annualPlan, profitability, efficiency } = controls;
  w.h3(A('controls.annualPlan'), 'control-annual-plan');
  const ratioRow = (label: string, r: { plan: number | null; actual: number | null; points: number | null }): Cell[] => [
    cell(label, { bold: true }),
    cell(r.plan === null ? dash : f.percent(r.plan)),
    cell(r.actual === null ? dash : f.percent(r.actual)),
    cell(r.points === null ? dash : A('controls.points', { value: signed(f.number(Math.round(r.points * 10) / 10), r.points) })),
  ];
  w.push(
    table(
      'control-annual-plan',
      [col('', 'left', 2.4), col(A('figures.plan'), 'right', 1.5), col(A('figures.actual'), 'right', 1.5), col(A('figures.variance'), 'right', 1.6)],
      [
        ratioRow(A('controls.expenseToSales'), annualPlan.expenseToSales),
        ...(annualPlan.share ? [ratioRow(A('controls.share'), annualPlan.share)] : []),
      ],
      { note: annualPlan.share ? null : A('controls.shareNoMarket') },
    ),
  );

  if (profitability.products.length > 0) {
    w.h3(A('controls.profitability'), 'control-profitability');
    w.push(
      table(
        'control-profitability',
        [
          col(A('controls.product'), 'left', 2.2),
          col(money(A('figures.revenue')), 'right', 1.5),
          col(A('figures.actual'), 'right', 1.5),
          col(money(A('figures.contribution')), 'right', 1.5),
          col(A('figures.actual'), 'right', 1.5),
          col(A('figures.variancePct'), 'right', 1.2),
        ],
        profitability.products.map((p) => [
          cell(p.name, { bold: true }),
          cell(amount(p.revenue.plan)),
          cell(amount(p.revenue.actual)),
          cell(amount(p.contribution.plan)),
          cell(amount(p.contribution.actual)),
          cell(pct(p.contribution.variancePct), { tone: varianceTone(p.contribution, 'moreIsBetter', threshold) }),
        ]),
        { note: A('controls.profitabilityLead') },
      ),
    );
  }

  if (efficiency.actions.length > 0) {
    w.h3(A('controls.efficiency'), 'control-efficiency');
    w.push(
      table(
        'control-efficiency',
        [
          col(A('controls.action'), 'left', 2.6),
          col(A('controls.result'), 'left', 1.4),
          col(A('controls.results'), 'right', 1.2),
          col(money(A('controls.costPerResult')), 'right', 1.5),
          col(A('figures.actual'), 'right', 1.4),
          col(A('figures.variancePct'), 'right', 1.1),
        ],
        efficiency.actions.map((e) => {
          const per = e.costPerResult;
          return [
            cell(e.title, { bold: true }),
            cell(e.result),
            cell(e.target === null ? ctx.num(e.results) : `${ctx.num(e.results)} / ${ctx.num(e.target)}`),
            cell(amount(per.plan)),
            cell(amount(per.actual)),
            cell(pct(per.variancePct), {
              tone: per.plan === null ? undefined : varianceTone({ ...per, plan: per.plan }, 'lessIsBetter', threshold),
            }),
          ];
        }),
        { note: A('controls.efficiencyLead') },
      ),
    );
  }
}
