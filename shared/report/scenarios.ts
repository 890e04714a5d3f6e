import { percentChangeText } from '../format/percent-change';
import { wholeBreakEvenUnits } from '../logic/break-even';
import { BudgetOverflowError } from '../logic/budget';
import {
  SCENARIO_FIGURE_KIND,
  SCENARIO_FIGURES,
  scenarioChanges,
  scenarioFigure,
  scenarioOutcomes,
  type ScenarioChange,
  type ScenarioFigure,
} from '../logic/scenarios';
import { cell, col, table, type BuildContext, type PartWriter } from './context';

/**
 * The Budget part's optional last section (option `scenarioTable`): the base case and each
 * scenario side by side (the P&L and break-even, figures from computeBudget on each scenario's
 * inputs), then what each scenario changes. Nothing is written for a plan without scenarios.
 */
export function writeScenarios(w: PartWriter, ctx: BuildContext): void {
  const { plan, t, f } = ctx;
  if (plan.collections.scenarios.length === 0) return;
  const S = (key: string, params?: Record<string, string | number>) => t(`scenarios.${key}`, params);
  const dash = t('report.empty');
  w.h2(S('title'), 'scenarios');
  let outcomes;
  try {
    outcomes = scenarioOutcomes(plan, S('compare.base'), ctx.budget);
  } catch (error) {
    if (!(error instanceof BudgetOverflowError)) throw error;
    w.push({ kind: 'paragraph', text: S('compare.overflow'), style: 'note' });
    return;
  }
  const text = (figure: ScenarioFigure, value: number | string | null): string => {
    if (value === null) return figure === 'breakEvenMonth' ? S('compare.notReached') : dash;
    if (typeof value === 'string') return f.month(value);
    if (SCENARIO_FIGURE_KIND[figure] === 'money') return f.wholeAmount(value);
    return f.number(figure === 'breakEvenUnits' ? wholeBreakEvenUnits(value) : value);
  };
  const boldFigures: readonly ScenarioFigure[] = ['revenue', 'contribution', 'profit'];
  w.push(
    table(
      'scenarios',
      [col(S('compare.figure'), 'left', 2.4), ...outcomes.map((o) => col(o.name || dash, 'right', 1.8))],
      SCENARIO_FIGURES.map((figure) => [
        cell(S(`compare.figures.${figure}`), { bold: boldFigures.includes(figure) }),
        ...outcomes.map((o) => {
          const value = scenarioFigure(o.report, figure);
          const bad = figure === 'profit' && typeof value === 'number' && value < 0;
          return cell(text(figure, value), { bold: boldFigures.includes(figure), tone: bad ? 'bad' : undefined });
        }),
      ]),
      { caption: S('compare.caption'), note: t('report.budget.amountsInWhole', { currency: f.currency }) },
    ),
  );
  const describe = (change: ScenarioChange): string => {
    const lever = S(`changes.lever.${change.lever}`);
    const pct = percentChangeText(change.pct, f.locale);
    if (!change.line) return S('changes.all', { lever, pct });
    return S('changes.line', { line: S(`overrides.kind.${change.line.kind}`, { name: change.line.name || S('overrides.unnamed') }), lever, pct });
  };
  w.push(
    table(
      'scenario-changes',
      [col(S('columns.name'), 'left', 2.4), col(S('changes.title'), 'left', 6)],
      plan.collections.scenarios.map((s) => {
        const changes = scenarioChanges(plan, s);
        return [
          cell(s.name || dash, { bold: true }),
          cell(changes.length === 0 ? S('changes.none') : changes.map(describe).join(S('changes.separator'))),
        ];
      }),
      { caption: S('changes.title') },
    ),
  );
}
