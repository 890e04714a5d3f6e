import { ACTION_STATUSES } from '../../domain';
import { actionSpan, countsAsSpend } from '../../logic/budget';
import { cell, col, keyValue, table, type BuildContext, type PartWriter } from '../context';
import type { ReportCharts } from '../chart-blocks';
import { objectiveNumbers } from './objectives';

/** Overview, the timeline chart and the full programme: every action, one row each, in the planner's order. */
export function writeActions(w: PartWriter, ctx: BuildContext, charts: ReportCharts): void {
  const { plan, t, f, budget } = ctx;
  const { actions } = plan.collections;
  if (actions.length === 0) return;
  const A = (key: string, params?: Record<string, string | number>) => t(`report.actions.${key}`, params);
  const dash = t('report.empty');
  const numbers = new Map(actions.map((a, i) => [a.id, i + 1]));
  const objectives = objectiveNumbers(ctx);

  const spans = actions.map(actionSpan).filter((s): s is NonNullable<typeof s> => s !== null);
  const first = spans.reduce<string | null>((min, s) => (min === null || s.start < min ? s.start : min), null);
  const last = spans.reduce<string | null>((max, s) => (max === null || s.end > max ? s.end : max), null);
  const byStatus = ACTION_STATUSES.map((status) => ({ status, count: actions.filter((a) => a.status === status).length }))
    .filter((s) => s.count > 0)
    .map((s) => A('byStatus', { count: f.number(s.count), status: A(`statuses.${s.status}`) }))
    .join(' · ');

  w.h2(A('overview'), 'overview');
  w.push(
    keyValue(
      'actions-overview',
      [
        { label: A('count'), value: ctx.paren(f.number(actions.length), byStatus) },
        { label: A('totalCost'), value: f.money(budget.totals.actionsSpend), bold: true },
        first && last ? { label: A('span'), value: f.dateRange(first, last) } : null,
      ],
      dash,
    ),
  );

  w.push(charts.actionTimeline());

  w.h2(A('programme'), 'programme');
  const total = cell(f.amount(budget.totals.actionsSpend), { bold: true });
  w.push(
    table(
      'actions',
      [
        col(t('report.number'), 'right', 0.6),
        col(A('action'), 'left', 6),
        col(A('dates'), 'left', 2.4),
        col(A('status'), 'left', 1.4),
        col(t('report.withUnit', { label: A('cost'), unit: f.currency }), 'right', 1.7),
      ],
      actions.map((a) => {
        const served = a.objectiveIds.map((id) => objectives.get(id)).filter((n): n is number => n !== undefined);
        const objectiveList = list(served, ctx);
        const afterList = list(
          a.dependsOn.map((id) => numbers.get(id)),
          ctx,
        );
        const detail = [
          a.owner.trim(),
          a.mixElement ? t(`report.mix.${a.mixElement}`) : '',
          objectiveList ? A('objectivesRef', { list: objectiveList, count: served.length }) : '',
          afterList ? A('afterRef', { list: afterList }) : '',
        ]
          .filter(Boolean)
          .join(' · ');
        return [
          cell(String(numbers.get(a.id))),
          cell(a.title, { bold: true, detail }),
          cell(dates(a.start, a.end, f, dash)),
          cell(A(`statuses.${a.status}`), { tone: a.status === 'done' ? 'good' : a.status === 'cancelled' ? 'muted' : undefined }),
          cell(a.cost === null ? dash : f.amount(a.cost), { tone: countsAsSpend(a) ? undefined : 'muted' }),
        ];
      }),
      {
        note: actions.some((a) => !countsAsSpend(a) && a.cost !== null) ? A('cancelledNote') : null,
        footer: [[cell(''), cell(t('report.total')), cell(''), cell(''), total]],
      },
    ),
  );
}

function dates(start: string | null, end: string | null, f: BuildContext['f'], dash: string): string {
  if (start && end) return start === end ? f.date(start) : f.dateRange(start, end);
  return start ? f.date(start) : end ? f.date(end) : dash;
}

/** "2, 4" in English, "2、4" in Chinese. */
function list(numbers: (number | undefined)[], ctx: BuildContext): string {
  return numbers
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b)
    .join(ctx.t('report.listSeparator'));
}
