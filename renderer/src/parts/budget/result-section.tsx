import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { wholeBreakEvenUnits, type BudgetReport } from '../../../../shared/logic';
import { MoneyField, usePartField } from '../../components/form';
import { formatMonth, formatQuantity } from '../../components/grid/cell-values';
import { AlertIcon } from '../../components/icons';
import { routeHref } from '../../routing/route';
import { percentText, useMoney } from './format';
import { PartSection } from '../part-section';

type ResultProps = { report: BudgetReport | null; currency: string; planId: string; readOnly: boolean };

/**
 * The projected result: the two inputs that are not rows (budget granted, fixed costs), the P&L
 * statement, the break-even point and the budget check. Every figure is computeBudget's.
 */
export const ResultSection = memo(function ResultSection({ report, currency, planId, readOnly }: ResultProps) {
  const { t } = useTranslation();
  return (
    <PartSection title={t('budgetEditor.sections.result')} lead={t('budgetEditor.sections.resultLead')}>
      <div className="form__grid">
        <MoneyField
          label={t('budgetEditor.fields.marketingBudget')}
          hint={t('budgetEditor.fields.marketingBudgetHint')}
          currency={currency}
          readOnly={readOnly}
          {...usePartField<number | null>('budget', 'marketingBudget')}
        />
        <MoneyField
          label={t('budgetEditor.fields.fixedCosts')}
          hint={t('budgetEditor.fields.fixedCostsHint')}
          currency={currency}
          readOnly={readOnly}
          {...usePartField<number | null>('budget', 'fixedCosts')}
        />
      </div>
      {report ? (
        <>
          <UndatedNotice report={report} planId={planId} />
          <div className="budget-result">
            <ProfitAndLoss report={report} />
            <div className="budget-result__side">
              <BreakEven report={report} />
              <Versus report={report} />
            </div>
          </div>
        </>
      ) : (
        <p className="banner banner--danger" role="alert">
          <AlertIcon />
          <span>{t('budgetEditor.overflow')}</span>
        </p>
      )}
    </PartSection>
  );
});

function UndatedNotice({ report, planId }: { report: BudgetReport; planId: string }) {
  const { t } = useTranslation();
  const { money } = useMoney(report.currency);
  if (report.totals.undatedActions === 0) return null;
  return (
    <p className="banner banner--warning budget-undated">
      <AlertIcon />
      <span>{t('budgetEditor.undated.message', { count: report.totals.undatedActions, amount: money(report.totals.undatedActionsSpend) })}</span>
      <a className="budget-undated__link" href={routeHref({ name: 'plan', planId, section: 'actions' })}>
        {t('budgetEditor.undated.link')}
      </a>
    </p>
  );
}

function ProfitAndLoss({ report }: { report: BudgetReport }) {
  const { t } = useTranslation();
  const { cell, locale } = useMoney(report.currency);
  const { totals } = report;
  // Costs read as negative amounts; `|| 0` keeps a zero cost from showing as "-¥0.00".
  const lines: { key: string; label: string; amount: number; kind: 'line' | 'subtotal' | 'result'; note?: string }[] = [
    { key: 'revenue', label: t('budgetEditor.pnl.revenue'), amount: totals.revenue, kind: 'line' },
    { key: 'cogs', label: t('budgetEditor.pnl.cogs'), amount: -totals.cogs || 0, kind: 'line' },
    {
      key: 'grossMargin',
      label: t('budgetEditor.pnl.grossMargin'),
      amount: totals.grossMargin,
      kind: 'subtotal',
      note: totals.grossMarginPct === null ? undefined : t('budgetEditor.pnl.grossMarginPct', { pct: percentText(totals.grossMarginPct, locale) }),
    },
    { key: 'marketing', label: t('budgetEditor.pnl.marketing'), amount: -totals.marketing || 0, kind: 'line' },
    { key: 'contribution', label: t('budgetEditor.pnl.contribution'), amount: totals.contribution, kind: 'subtotal' },
    { key: 'fixedCosts', label: t('budgetEditor.pnl.fixedCosts'), amount: -totals.fixedCosts || 0, kind: 'line' },
    { key: 'profit', label: totals.profit < 0 ? t('budgetEditor.pnl.loss') : t('budgetEditor.pnl.profit'), amount: totals.profit, kind: 'result' },
  ];
  return (
    <div className="budget-card budget-card--pnl">
      <table className="budget-pnl">
        <caption className="budget-card__title">{t('budgetEditor.pnl.title')}</caption>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key} className={`budget-pnl__row budget-pnl__row--${line.kind}`} data-line={line.key}>
              <th scope="row">
                {line.label}
                {line.note ? <span className="budget-pnl__note">{line.note}</span> : null}
              </th>
              <td className={`num${line.kind !== 'line' && line.amount < 0 ? ' budget-negative' : ''}`}>{cell(line.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BreakEven({ report }: { report: BudgetReport }) {
  const { t } = useTranslation();
  const { money, locale } = useMoney(report.currency);
  const { breakEven, totals } = report;
  let body;
  if (totals.units <= 0) body = <p className="budget-card__empty">{t('budgetEditor.breakEven.noForecast')}</p>;
  else if (breakEven.units === null || breakEven.revenue === null)
    body = <p className="budget-card__warning">{t('budgetEditor.breakEven.noMargin')}</p>;
  else
    body = (
      <dl className="budget-facts">
        <div className="budget-facts__row">
          <dt>{t('budgetEditor.breakEven.units')}</dt>
          <dd className="num">{t('budgetEditor.breakEven.unitsValue', { units: formatQuantity(wholeBreakEvenUnits(breakEven.units), locale) })}</dd>
        </div>
        <div className="budget-facts__row">
          <dt>{t('budgetEditor.breakEven.revenue')}</dt>
          <dd className="num">{money(breakEven.revenue)}</dd>
        </div>
        <div className="budget-facts__row">
          <dt>{t('budgetEditor.breakEven.month')}</dt>
          <dd className={breakEven.month ? 'budget-positive' : 'budget-negative'}>
            {breakEven.month ? formatMonth(breakEven.month, locale) : t('budgetEditor.breakEven.notReached')}
          </dd>
        </div>
      </dl>
    );
  return (
    <section className="budget-card" aria-label={t('budgetEditor.breakEven.title')}>
      <h3 className="budget-card__title">{t('budgetEditor.breakEven.title')}</h3>
      {body}
      <p className="budget-card__footnote">{t('budgetEditor.breakEven.explain')}</p>
    </section>
  );
}

function Versus({ report }: { report: BudgetReport }) {
  const { t } = useTranslation();
  const { money } = useMoney(report.currency);
  const { granted, difference } = report.budget;
  return (
    <section className="budget-card" aria-label={t('budgetEditor.versus.title')}>
      <h3 className="budget-card__title">{t('budgetEditor.versus.title')}</h3>
      <dl className="budget-facts">
        <div className="budget-facts__row">
          <dt>{t('budgetEditor.versus.granted')}</dt>
          <dd className="num">{granted === null ? '—' : money(granted)}</dd>
        </div>
        <div className="budget-facts__row">
          <dt>{t('budgetEditor.versus.planned')}</dt>
          <dd className="num">{money(report.totals.marketing)}</dd>
        </div>
        {difference !== null ? (
          <div className="budget-facts__row budget-facts__row--total">
            <dt>{t('budgetEditor.versus.difference')}</dt>
            <dd className={`num ${difference < 0 ? 'budget-negative' : 'budget-positive'}`}>
              {difference === 0
                ? t('budgetEditor.versus.exact')
                : difference > 0
                  ? t('budgetEditor.versus.under', { amount: money(difference) })
                  : t('budgetEditor.versus.over', { amount: money(-difference) })}
            </dd>
          </div>
        ) : null}
      </dl>
      {granted === null ? <p className="budget-card__footnote">{t('budgetEditor.versus.noBudget')}</p> : null}
    </section>
  );
}
