import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { formatMoney } from '../../../../shared/format/money';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';

type SummaryProps = {
  shown: number;
  total: number;
  filtered: boolean;
  /** Minor units: the shown actions' cost and every action's, cancelled ones left out. */
  cost: number;
  costOfAll: number;
  currency: string;
  /** Some cancelled action has a cost the totals leave out. */
  cancelled: boolean;
  /** Some row in view no longer matches the filters (it was edited since they were set). */
  kept: boolean;
};

/** "Showing 42 of 300 actions · Cost ¥12,345.00 of ¥98,765.00 in all", under the table's or the timeline's heading. */
export const ActionsSummary = memo(function ActionsSummary({ shown, total, filtered, cost, costOfAll, currency, cancelled, kept }: SummaryProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const count = (n: number) => formatInteger(n, locale);
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const text = filtered
    ? t('actionsEditor.summary.shown', { shown: count(shown), total: count(total) })
    : total === 1
      ? t('actionsEditor.summary.allOne')
      : t('actionsEditor.summary.all', { count: count(total) });
  return (
    <span className="actions-summary">
      <span className="actions-summary__count" role="status">
        {text}
      </span>
      <span className="actions-summary__cost">
        {t('actionsEditor.summary.cost')} <strong className="num">{money(cost)}</strong>
        {filtered ? <span className="num"> {t('actionsEditor.summary.costOfAll', { amount: money(costOfAll) })}</span> : null}
      </span>
      {cancelled ? <span className="actions-summary__note">{t('actionsEditor.summary.cancelledNote')}</span> : null}
      {kept ? <span className="actions-summary__note">{t('actionsEditor.summary.kept')}</span> : null}
    </span>
  );
});
