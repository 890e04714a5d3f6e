import { useMemo } from 'react';
import { scenarioComparisonChart } from '../../../../shared/charts';
import {
  SCENARIO_FIGURE_KIND,
  SCENARIO_FIGURES,
  scenarioDelta,
  scenarioFigure,
  wholeBreakEvenUnits,
  type ScenarioFigure,
  type ScenarioOutcome,
} from '../../../../shared/logic';
import { Chart, useChartContext } from '../../components/chart';
import { formatMonth, formatQuantity } from '../../components/grid/cell-values';
import { useTranslation } from '../../i18n/use-translation';
import { useMoney } from './format';

/** The base case and each scenario side by side: the P&L and break-even as a table, then a chart. */
export function ScenarioCompare({ outcomes, currency }: { outcomes: readonly ScenarioOutcome[]; currency: string }) {
  const { t } = useTranslation();
  const { cell: money, locale } = useMoney(currency);
  const ctx = useChartContext(currency);
  const chart = useMemo(() => scenarioComparisonChart(outcomes, ctx), [outcomes, ctx]);
  const base = outcomes[0]!.report;
  const text = (figure: ScenarioFigure, value: number | string | null): string => {
    if (value === null) return figure === 'breakEvenMonth' ? t('scenarios.compare.notReached') : t('scenarios.compare.none');
    if (typeof value === 'string') return formatMonth(value, locale);
    if (SCENARIO_FIGURE_KIND[figure] === 'money') return money(value);
    return formatQuantity(figure === 'breakEvenUnits' ? wholeBreakEvenUnits(value) : value, locale);
  };
  return (
    <>
      <div className="budget-table__scroll" tabIndex={0} role="region" aria-label={t('scenarios.compare.caption')}>
        <table className="budget-table scenario-compare">
          <caption className="budget-table__caption">{t('scenarios.compare.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.compare.figure')}</th>
              {outcomes.map((o) => (
                <th key={o.id ?? 'base'} scope="col" className="num" data-scenario={o.id ?? 'base'}>
                  {o.name || t('scenarios.overrides.unnamed')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SCENARIO_FIGURES.map((figure) => (
              <tr key={figure} data-figure={figure}>
                <th scope="row">{t(`scenarios.compare.figures.${figure}`)}</th>
                {outcomes.map((o) => {
                  const value = scenarioFigure(o.report, figure);
                  const delta = o.id === null ? null : scenarioDelta(base, o.report, figure);
                  const negative = typeof value === 'number' && value < 0 && SCENARIO_FIGURE_KIND[figure] === 'money';
                  return (
                    <td key={o.id ?? 'base'} className={`num${negative ? ' budget-negative' : ''}`}>
                      {text(figure, value)}
                      {delta !== null && delta !== 0 ? (
                        <span className="scenario-compare__delta" title={t('scenarios.compare.versusBase')}>
                          {`${delta > 0 ? '+' : ''}${money(delta)}`}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figure className="budget-chart">
        <figcaption className="budget-chart__title">{t('scenarios.compare.chart')}</figcaption>
        <Chart option={chart} label={t('scenarios.compare.chart')} height={260} />
      </figure>
    </>
  );
}
