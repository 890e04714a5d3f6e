import { useDeferredValue, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Plan } from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/format/money';
import { BudgetOverflowError } from '../../../../shared/logic/budget';
import { CheckIcon } from '../../components/icons';
import { usePlanHealth } from '../../health/use-plan-health';
import { useLocale } from '../../hooks/use-locale';
import { cachedBudget } from '../../state/budget-cache';
import { summaryBudgetAmount, summaryCheckStates, type CheckState } from './summary-check-states';

/**
 * The summary's own health checks, shown as they are met: it names the top objectives and states
 * the total budget. The states are read off the very findings the health panel shows (the same
 * cached planHealth of the same deferred plan), so the two always say the same thing.
 */
export function SummaryChecks({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  // The plan the health panel is showing findings for: the objectives' names come from it too.
  const shown = useDeferredValue(plan);
  const findings = usePlanHealth(shown).byPart.summary.findings;
  const amount = totalBudget(shown);
  const { empty, objectives, objectivesState, budgetState } = useMemo(() => summaryCheckStates(shown, findings, amount), [shown, findings, amount]);

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
                <Check key={o.id} state={o.state} label={t('summaryEditor.checks.objective', { title: o.title })} small />
              ))}
            </ul>
          )}
        </Check>
        <Check state={budgetState} label={t('summaryEditor.checks.budget')}>
          <p className="summary-checks__detail">
            {amount === null
              ? t('summaryEditor.checks.budgetNone')
              : t('summaryEditor.checks.budgetAmount', { amount: formatMoney(amount, plan.meta.currency, locale) })}
          </p>
        </Check>
      </ul>
    </section>
  );
}

function Check({ state, label, small, children }: { state: CheckState; label: string; small?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className={`summary-check summary-check--${state}${small ? ' summary-check--small' : ''}`}>
      <span className="summary-check__mark" aria-hidden="true">
        {state === 'met' ? <CheckIcon size={small ? 10 : 12} /> : null}
      </span>
      <div className="summary-check__body">
        <span className="summary-check__label">
          {label}
          {state === 'none' ? null : (
            <span className="visually-hidden">: {state === 'met' ? t('summaryEditor.checks.met') : t('summaryEditor.checks.notMet')}</span>
          )}
        </span>
        {children}
      </div>
    </li>
  );
}

/** The amount beside the budget check, from the budget computation the health checks share (cached). */
function totalBudget(plan: Plan): number | null {
  try {
    return summaryBudgetAmount(cachedBudget(plan));
  } catch (error) {
    if (error instanceof BudgetOverflowError) return null;
    throw error;
  }
}
