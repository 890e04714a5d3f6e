import { cell, col, table, type BuildContext, type PartWriter } from '../context';

/** Objective numbers (1, 2, …) in list order; issues, actions and KPIs cite objectives by them. */
export function objectiveNumbers(ctx: BuildContext): Map<string, number> {
  return new Map(ctx.plan.collections.objectives.map((o, i) => [o.id, i + 1]));
}

export function writeObjectives(w: PartWriter, ctx: BuildContext): void {
  const { plan, t, f } = ctx;
  const { objectives, issues } = plan.collections;
  if (objectives.length === 0 && issues.length === 0) return;
  const O = (key: string) => t(`report.objectives.${key}`);
  const numbers = objectiveNumbers(ctx);
  const dash = t('report.empty');

  if (objectives.length > 0) {
    w.h2(O('objectives'), 'objectives');
    w.push(
      table(
        'objectives',
        [
          col(t('report.number'), 'right', 0.6),
          col(O('objective'), 'left', 5.4),
          col(O('baseline'), 'right', 1.5),
          col(O('target'), 'right', 1.5),
          col(O('unit'), 'left', 1.2),
          col(O('deadline'), 'left', 1.7),
        ],
        objectives.map((o) => [
          cell(String(numbers.get(o.id))),
          cell(o.title, {
            bold: true,
            detail: [O(`kinds.${o.kind}`), o.metric ? O(`metrics.${o.metric}`) : '', o.owner.trim()].filter(Boolean).join(' · '),
          }),
          cell(ctx.num(o.baseline)),
          cell(ctx.num(o.target), { bold: o.target !== null }),
          cell(ctx.text(o.unit)),
          cell(o.deadline ? f.date(o.deadline) : dash),
        ]),
      ),
    );
  }

  if (issues.length > 0) {
    w.h2(O('issues'), 'issues');
    w.push(
      table(
        'issues',
        [col(t('report.number'), 'right', 0.7), col(O('issue'), 'left', 8), col(O('relatedObjectives'), 'left', 2)],
        issues.map((issue, i) => [
          cell(String(i + 1)),
          cell(issue.statement),
          cell(
            issue.objectiveIds
              .map((id) => numbers.get(id))
              .filter((n): n is number => n !== undefined)
              .sort((a, b) => a - b)
              .join(t('report.listSeparator')) || dash,
          ),
        ]),
      ),
    );
  }
}
