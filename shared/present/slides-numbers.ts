import { budgetByMixChart } from '../charts/budget-by-mix';
import { kpiChart, kpiGridChart, kpiGridSize } from '../charts/kpi-chart';
import { monthlySpendChart } from '../charts/monthly-spend';
import { revenueForecastChart } from '../charts/revenue-forecast';
import { computeKpi } from '../logic/kpi';
import { statusTone } from '../report/parts/control';
import { cell } from '../report/context';
import type { Cell } from '../report/types';
import { CHART_MAX_HEIGHT, CHART_WIDTH, reportBlock, reportTable, sectionTitle, type SlideContext, type SlideWriter } from './context';
import { cutList, cutTable, dropZeroCents, SLIDE_LIMITS } from './cut';
import { quantity } from './slides-analysis';
import type { FiguresBlock, SlideTable } from './types';

/** KPIs in the targets-against-actuals chart of a slide: one row of the report's small multiples. */
const KPI_CHARTS = 2;

/** Room under the small multiples' last row for its month labels. */
const KPI_AXIS_LABELS = 24;

/** A P&L longer than this many months is shown by quarter, so the year fits one screen. */
const PNL_MONTHS = 8;

/** Key figures with break-even, the revenue and spend charts, and the P&L. */
export function budgetSlides(w: SlideWriter, ctx: SlideContext): void {
  const { t, part, budget, chart } = ctx;
  const B = (key: string) => t(`report.budget.${key}`);
  const kv = reportBlock(part, 'keyValue', 'budget-key-figures');
  if (!kv) return;
  // What a room asks about first; the cost lines between them are in the P&L.
  const wanted = ['revenue', 'grossMargin', 'marketing', 'contribution', 'profit', 'remaining', 'over', 'breakEvenMonth', 'breakEvenUnits'].map(B);
  const items = kv.rows
    .filter((r) => wanted.includes(r.label))
    .sort((a, b) => wanted.indexOf(a.label) - wanted.indexOf(b.label))
    .slice(0, 8)
    .map((r) => ({
      label: r.label,
      value: dropZeroCents(r.value),
      ...(r.label === B('profit') ? { tone: budget.totals.profit < 0 ? ('bad' as const) : ('good' as const) } : {}),
      ...(r.label === B('over') ? { tone: 'bad' as const } : {}),
    }));
  const figures: FiguresBlock | null = items.length > 0 ? { kind: 'figures', items } : null;
  w.add('key-figures', sectionTitle(part, 'key-figures') ?? B('keyFigures'), [figures]);

  const chartBlock = (id: string, option: ReturnType<typeof budgetByMixChart>, caption: string, height = CHART_MAX_HEIGHT) =>
    ({ kind: 'chart', id, option, width: CHART_WIDTH, height, caption, more: 0 }) as const;
  if (ctx.plan.collections.forecastLines.length > 0) {
    w.add('forecast', sectionTitle(part, 'forecast') ?? B('forecast'), [
      chartBlock('revenueForecast', revenueForecastChart(budget, chart), B('forecastChart')),
    ]);
  }
  if (budget.totals.marketing !== 0) {
    w.add('by-mix', B('byMix'), [chartBlock('budgetByMix', budgetByMixChart(budget, chart), B('byMix'), 220)]);
    if (budget.months.some((m) => budget.marketing[m] !== 0)) {
      w.add('by-month', B('byMonth'), [chartBlock('monthlySpend', monthlySpendChart(budget, chart), B('byMonth'))]);
    }
  }
  const pnl = reportTable(part, 'pnl');
  if (pnl) w.add('pnl', sectionTitle(part, 'pnl') ?? B('pnl'), [pnlTable(ctx, pnl)]);
  const scenarios = reportTable(part, 'scenarios');
  if (scenarios) {
    w.add('scenarios', sectionTitle(part, 'scenarios') ?? t('scenarios.title'), [
      cutTable(scenarios, { maxRows: SLIDE_LIMITS.tableRows + scenarios.footer.length }),
    ]);
  }
}

/** The report's monthly P&L, by quarter when the months would not fit: the same totals, fewer rows. */
function pnlTable(ctx: SlideContext, pnl: NonNullable<ReturnType<typeof reportTable>>): SlideTable {
  const { budget, f, t } = ctx;
  if (budget.months.length <= PNL_MONTHS) return cutTable(pnl, { maxRows: SLIDE_LIMITS.tableRows + pnl.footer.length });
  const quarters = new Map<string, { label: string; revenue: number; cogs: number; marketing: number }>();
  for (const m of budget.months) {
    const year = m.slice(0, 4);
    const n = Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1;
    const key = `${year}-Q${n}`;
    const q = quarters.get(key) ?? { label: t('charts.quarter', { year, n }), revenue: 0, cogs: 0, marketing: 0 };
    q.revenue += budget.revenue[m]!;
    q.cogs += budget.cogs[m]!;
    q.marketing += budget.marketing[m]!;
    quarters.set(key, q);
  }
  const rows: Cell[][] = [...quarters.values()].map((q) => {
    const contribution = q.revenue - q.cogs - q.marketing;
    return [
      cell(q.label),
      cell(f.wholeAmount(q.revenue)),
      cell(f.wholeAmount(q.cogs)),
      cell(f.wholeAmount(q.revenue - q.cogs)),
      cell(f.wholeAmount(q.marketing)),
      cell(f.wholeAmount(contribution), { tone: contribution < 0 ? 'bad' : undefined }),
    ];
  });
  if (budget.totals.undatedActionsSpend !== 0) {
    const m = budget.totals.undatedActionsSpend;
    rows.push([
      cell(t('report.budget.undated')),
      cell(f.wholeAmount(0)),
      cell(f.wholeAmount(0)),
      cell(f.wholeAmount(0)),
      cell(f.wholeAmount(m)),
      cell(f.wholeAmount(-m)),
    ]);
  }
  return cutTable(
    { ...pnl, id: 'pnl-quarters', columns: [{ ...pnl.columns[0]!, header: t('present.slides.quarter') }, ...pnl.columns.slice(1)], rows },
    { maxRows: SLIDE_LIMITS.tableRows + pnl.footer.length },
  );
}

/** The KPIs as cards with their status, then targets against actuals for the first of them. */
export function controlSlides(w: SlideWriter, ctx: SlideContext): void {
  const { plan, t, f, part, chart } = ctx;
  const C = (key: string) => t(`report.control.${key}`);
  const dash = t('report.empty');
  const { kpis } = plan.collections;
  if (kpis.length === 0) return;
  const { shown, more } = cutList(kpis, SLIDE_LIMITS.cards);
  w.add('kpis', sectionTitle(part, 'kpis') ?? C('kpis'), [
    {
      kind: 'cards',
      id: 'kpis',
      more,
      cards: shown.map((kpi, i) => {
        const result = computeKpi(kpi);
        const latest = result.latest;
        const value = (v: number | null | undefined) => (v === null || v === undefined ? dash : quantity(f.number(v), kpi.unit));
        return {
          ref: String(i + 1),
          title: kpi.metric,
          // The period measured and the kind of control; the owner is in the report, the room needs the figures.
          detail: [latest ? f.period(latest.period) : '', C(`kinds.${kpi.controlKind}`)].filter(Boolean).join(' · '),
          facts: [
            { label: C('target'), value: value(latest?.target) },
            { label: C('actual'), value: value(latest?.actual) },
          ],
          badge: { text: C(`statuses.${result.status}`), tone: statusTone(result.status) },
        };
      }),
    },
  ]);

  const charted = kpis.filter((k) => k.periods.length > 0);
  const group = charted.slice(0, KPI_CHARTS);
  if (group.length > 0) {
    const results = group.map((k) => computeKpi(k));
    const size = group.length === 1 ? { width: CHART_WIDTH, height: 220 } : kpiGridSize(group.length, CHART_WIDTH);
    const option = group.length === 1 ? kpiChart(group[0]!, results[0]!, chart) : kpiGridChart(group, results, chart, size);
    // The small multiples' month labels hang below their plots: drawn a little taller so they are not cut.
    const height = group.length === 1 ? size.height : size.height + KPI_AXIS_LABELS;
    w.add('targets', sectionTitle(part, 'targets') ?? C('targetsAgainstActuals'), [
      {
        kind: 'chart',
        id: 'kpis',
        option,
        width: size.width,
        height,
        caption: C('targetsAgainstActuals'),
        more: charted.length - group.length,
      },
    ]);
  }
}
