import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRichTextEmpty, type Plan } from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/format/money';
import { BudgetOverflowError, computeBudget } from '../../../../shared/logic/budget';
import { planHealth, topObjectives } from '../../../../shared/logic/health';
import { CheckIcon } from '../../components/icons';
import { useLocale } from '../../hooks/use-locale';
import { useSettled } from './use-settled';

type State = 'met' | 'notMet' | 'none';

/**
 * The summary's own health checks, shown as they are met: it names the top objectives and states
 * the total budget. The findings are plan-health's (shared/logic/health.ts), taken at each pause
 * in typing, since they add up the whole budget.
 */
export function SummaryChecks({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const settled = useSettled(plan, 250);
  const findings = useMemo(() => planHealth(settled).filter((f) => f.part === 'summary'), [settled]);
  const amount = useTotalBudget(plan);
  const empty = isRichTextEmpty(settled.fields.summary.narrative);
  const objectives = topObjectives(settled);
  const missing = new Set(findings.filter((f) => f.check === 'summaryMissingObjective').map((f) => f.subject?.rowId));
  const budgetMissing = findings.some((f) => f.check === 'summaryMissingBudget');

  const objectiveState = (id: string): State => (empty || missing.has(id) ? 'notMet' : 'met');
  const objectivesState: State = objectives.length === 0 ? 'none' : objectives.every((o) => objectiveState(o.id) === 'met') ? 'met' : 'notMet';
  const budgetState: State = amount === null ? 'none' : empty || budgetMissing ? 'notMet' : 'met';

  return (
    <section className="summary-checks" aria-labelledby={headingId}>
      <h2 id={headingId} className="summary-checks__title">
        {t('summaryEditor.checks.title')}
      </h2>
      {empty ? <p className="summary-checks__empty">{t('summaryEditor.checks.empty')}</p> : null}
      <ul className="summary-checks__list">
        <Check state={objectivesState} label={t('summaryEditor.checks.objectives')}>
          {objectives.length === 0 ? (
            <p className="summary-checks__detail">{t('summaryEditor.checks.objectivesNone')}</p>
          ) : (
            <ul className="summary-checks__items">
              {objectives.map((o) => (
                <Check key={o.id} state={objectiveState(o.id)} label={t('summaryEditor.checks.objective', { title: o.title })} small />
              ))}
            </ul>
          )}
        </Check>
        <Check state={budgetState} label={t('summaryEditor.checks.budget')}>
          <p className="summary-checks__detail">
            {amount === null ? t('summaryEditor.checks.budgetNone') : t('summaryEditor.checks.budgetAmount', { amount: formatMoney(amount, plan.meta.currency, locale) })}
          </p>
        </Check>
      </ul>
    </section>
  );
}

function Check({ state, label, small, children }: { state: State; label: string; small?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className={`summary-check summary-check--${state}${small ? ' summary-check--small' : ''}`}>
      <span className="summary-check__mark" aria-hidden="true">
        {state === 'met' ? <CheckIcon size={small ? 10 : 12} /> : null}
      </span>
      <div className="summary-check__body">
        <span className="summary-check__label">
          {label}
          {state === 'none' ? null : <span className="visually-hidden">: {state === 'met' ? t('summaryEditor.checks.met') : t('summaryEditor.checks.notMet')}</span>}
        </span>
        {children}
      </div>
    </li>
  );
}

/**
 * The amount the check looks for, as health.ts takes it: the granted marketing budget, else the
 * planned marketing spend; null when there is neither. Computed only when the budget's inputs change.
 */
function useTotalBudget(plan: Plan): number | null {
  const { meta, collections } = plan;
  const budgetFields = plan.fields.budget;
  return useMemo(() => {
    try {
      const report = computeBudget(plan);
      return [report.budget.granted, report.totals.marketing].find((a): a is number => a !== null && a !== 0) ?? null;
    } catch (error) {
      if (error instanceof BudgetOverflowError) return null;
      throw error;
    }
    // Not `meta` itself: every save stamps a new updatedAt on it.
  }, [meta.currency, meta.periodStart, meta.periodEnd, collections, budgetFields]);
}
