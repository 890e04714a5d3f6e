import { isRichTextEmpty } from '../../domain';
import { computeKpi } from '../../logic/kpi';
import { keyValue, type BuildContext, type PartWriter } from '../context';

/** The narrative as written, then the plan's headline figures so management sees them with it. */
export function writeSummary(w: PartWriter, ctx: BuildContext): void {
  const { plan, t, f, budget } = ctx;
  const narrative = plan.fields.summary.narrative;
  const { objectives, actions, kpis, forecastLines } = plan.collections;
  const hasBudget = forecastLines.length > 0 || budget.totals.marketing !== 0 || plan.fields.budget.marketingBudget !== null;
  const hasFigures = objectives.length > 0 || actions.length > 0 || kpis.length > 0 || hasBudget;
  if (!isRichTextEmpty(narrative)) w.push({ kind: 'richText', doc: narrative });
  // With figures but no narrative, say so before them; with neither, the part is empty and the report says so.
  else if (hasFigures) w.push({ kind: 'paragraph', text: t('report.notWritten'), style: 'note' });
  if (!hasFigures) return;

  const top = objectives.slice(0, 3).map((o) => {
    const target = o.target === null ? '' : ctx.quantity(o.target, o.unit);
    const when = [target, o.deadline ? f.date(o.deadline) : ''].filter(Boolean).join(t('report.listSeparator'));
    return ctx.paren(o.title, when);
  });
  const statusCounts = new Map<string, number>();
  for (const kpi of kpis) {
    const status = computeKpi(kpi).status;
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
  }
  const kpiLine = [...statusCounts].map(([status, count]) => `${t(`report.control.statuses.${status}`)} ${count}`).join(' · ');

  w.h2(t('report.summary.atAGlance'), 'glance');
  w.push(
    keyValue(
      'summary-glance',
      [
        { label: t('report.summary.period'), value: f.dateRange(plan.meta.periodStart, plan.meta.periodEnd) },
        // Several objectives read apart as a list; one stands alone.
        objectives.length > 0
          ? { label: t('report.summary.topObjectives'), value: top.length > 1 ? top.map((o) => `• ${o}`).join('\n') : top[0]! }
          : null,
        actions.length > 0
          ? { label: t('report.summary.actions'), value: `${f.number(actions.length)} · ${f.money(budget.totals.actionsSpend)}` }
          : null,
        forecastLines.length > 0 ? { label: t('report.summary.revenue'), value: f.money(budget.totals.revenue) } : null,
        hasBudget ? { label: t('report.summary.marketing'), value: f.money(budget.totals.marketing) } : null,
        plan.fields.budget.marketingBudget !== null
          ? { label: t('report.summary.budget'), value: f.money(plan.fields.budget.marketingBudget) }
          : null,
        forecastLines.length > 0 ? { label: t('report.summary.profit'), value: f.money(budget.totals.profit), bold: true } : null,
        kpis.length > 0 ? { label: t('report.summary.kpis'), value: ctx.paren(f.number(kpis.length), kpiLine) } : null,
      ],
      t('report.empty'),
    ),
  );
}
