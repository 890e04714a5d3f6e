import { CONTROL_KINDS, isRichTextEmpty } from '../../domain';
import { computeKpi, type KpiPeriodResult, type KpiStatus } from '../../logic/kpi';
import { kpiChartGroups, type ReportCharts } from '../chart-blocks';
import { cell, col, table, type BuildContext, type PartWriter } from '../context';
import type { CellTone } from '../types';
import { objectiveNumbers } from './objectives';
import { writePlanVsActual } from './plan-vs-actual';

export function statusTone(status: KpiStatus): CellTone {
  return status === 'onTrack' ? 'good' : status === 'atRisk' ? 'warn' : status === 'offTrack' ? 'bad' : 'muted';
}

/** The KPI dashboard, each KPI's targets against actuals, then how each kind of control is done. */
export function writeControl(w: PartWriter, ctx: BuildContext, charts: ReportCharts): void {
  const { plan, t, f } = ctx;
  const C = (key: string, params?: Record<string, string | number>) => t(`report.control.${key}`, params);
  const dash = t('report.empty');
  const { kpis, objectives } = plan.collections;
  const numbers = objectiveNumbers(ctx);
  const withUnit = (value: number | null, unit: string) => ctx.quantity(value, unit);

  if (kpis.length > 0) {
    const results = kpis.map((kpi) => ({ kpi, result: computeKpi(kpi) }));
    w.h2(C('kpis'), 'kpis');
    w.push(
      table(
        'kpis',
        [
          col(C('kpi'), 'left', 5.4),
          col(C('latest'), 'left', 1.4),
          col(C('target'), 'right', 1.5),
          col(C('actual'), 'right', 1.5),
          col(C('status'), 'left', 1.3),
        ],
        results.map(({ kpi, result }) => {
          const objective = objectives.find((o) => o.id === kpi.objectiveId);
          const latest = result.latest;
          return [
            // The objective by its number: its words are in the objectives table, and the figures need the room.
            cell(kpi.metric, {
              bold: true,
              detail: [C(`kinds.${kpi.controlKind}`), kpi.owner.trim(), objective ? C('objectiveRef', { number: numbers.get(objective.id)! }) : '']
                .filter(Boolean)
                .join(' · '),
            }),
            cell(latest ? f.period(latest.period) : dash),
            cell(withUnit(latest?.target ?? null, kpi.unit)),
            cell(withUnit(latest?.actual ?? null, kpi.unit)),
            cell(C(`statuses.${result.status}`), { bold: true, tone: statusTone(result.status) }),
          ];
        }),
      ),
    );

    w.h2(C('targetsAgainstActuals'), 'targets');
    // A few KPIs to a picture, each group's chart before the first of its KPIs' tables.
    const groupCharts = new Map(kpiChartGroups(kpis).map((group) => [group[0]!, group]));
    results.forEach(({ kpi, result }, i) => {
      const group = groupCharts.get(kpi);
      if (group) w.push(charts.kpis(group));
      w.h3(kpi.metric, `kpi-${i + 1}`);
      if (result.periods.length > 0) {
        w.push(
          table(
            `kpi-periods-${i + 1}`,
            [
              col(C('period'), 'left', 1.8),
              col(kpi.unit.trim() ? t('report.withUnit', { label: C('target'), unit: kpi.unit.trim() }) : C('target'), 'right', 1.6),
              col(kpi.unit.trim() ? t('report.withUnit', { label: C('actual'), unit: kpi.unit.trim() }) : C('actual'), 'right', 1.6),
              col(C('variance'), 'right', 1.4),
              col(C('variancePct'), 'right', 1.4),
              col(C('status'), 'left', 1.4),
            ],
            result.periods.map((p: KpiPeriodResult) => [
              cell(f.period(p.period)),
              cell(ctx.num(p.target)),
              cell(ctx.num(p.actual)),
              cell(p.variance === null ? dash : signed(f.number(p.variance), p.variance)),
              cell(p.variancePct === null ? dash : signed(f.percent(p.variancePct), p.variancePct)),
              cell(C(`statuses.${p.status}`), { tone: statusTone(p.status) }),
            ]),
            { note: C(`directions.${kpi.direction}`) },
          ),
        );
      } else {
        w.push({ kind: 'paragraph', text: t('report.nothingListed'), style: 'note' });
      }
      if (kpi.correctiveAction.trim())
        w.push({ kind: 'keyValue', id: `kpi-corrective-${i + 1}`, rows: [{ label: C('correctiveAction'), value: kpi.correctiveAction.trim() }] });
    });
  }

  writePlanVsActual(w, ctx);

  const narratives = CONTROL_KINDS.filter((kind) => !isRichTextEmpty(plan.fields.control[kind]));
  if (narratives.length > 0) {
    w.h2(C('controlKinds'), 'approach');
    for (const kind of narratives) {
      w.h3(C(`kinds.${kind}`), `approach-${kind}`);
      w.push({ kind: 'richText', doc: plan.fields.control[kind] });
    }
  }
}

/** Variances carry their sign, so "+3" reads as ahead and "−2" as behind. */
function signed(text: string, value: number): string {
  return value > 0 && !text.startsWith('+') ? `+${text}` : text;
}
