import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Kpi, Objective } from '../../../../shared/domain';
import { computeKpi, KPI_STATUSES, type KpiStatus, isLinked } from '../../../../shared/logic';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { kpiValueText, usePeriodLabel } from './format';
import { StatusBadge } from './status-badge';

const SEVERITY: readonly KpiStatus[] = ['offTrack', 'atRisk', 'noData', 'onTrack'];

type OverviewProps = { rows: readonly Kpi[]; objectives: readonly Objective[]; onShow(kpiId: string): void };

/** Every KPI with its latest status (the last period with an actual), worst first, and how many are in each status. */
export function KpiOverview({ rows, objectives, onShow }: OverviewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = usePeriodLabel();
  // Worst first: what needs attention leads, in plan order within each status.
  const results = useMemo(
    () => rows.map((kpi) => ({ kpi, result: computeKpi(kpi) })).sort((a, b) => SEVERITY.indexOf(a.result.status) - SEVERITY.indexOf(b.result.status)),
    [rows],
  );
  const objectiveTitles = useMemo(() => new Map(objectives.map((o) => [o.id, o.title])), [objectives]);
  const counts = useMemo(() => {
    const out: Record<KpiStatus, number> = { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0 };
    for (const { result } of results) out[result.status] += 1;
    return out;
  }, [results]);

  // With no KPI the table below says what to do; an empty overview would only repeat it.
  if (rows.length === 0) return null;
  return (
    <div className="kpi-overview">
      <div className="kpi-overview__header">
        <h3 className="kpi-overview__title">{t('controlEditor.overview.title')}</h3>
        <ul className="kpi-overview__counts" aria-label={t('controlEditor.overview.title')}>
          {KPI_STATUSES.map((status) => (
            <li key={status} className={`kpi-count kpi-count--${status}${counts[status] === 0 ? ' kpi-count--zero' : ''}`} data-status={status}>
              {t('controlEditor.overview.count', { count: formatInteger(counts[status], locale), status: t(`controlEditor.status.${status}`) })}
            </li>
          ))}
        </ul>
      </div>
      <table className="kpi-table kpi-table--overview">
        <caption className="visually-hidden">{t('controlEditor.overview.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('controlEditor.columns.metric')}</th>
            <th scope="col">{t('controlEditor.columns.objective')}</th>
            <th scope="col">{t('controlEditor.detail.period')}</th>
            <th scope="col" className="num">
              {t('controlEditor.detail.actual')}
            </th>
            <th scope="col">{t('controlEditor.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map(({ kpi, result }) => {
            const latest = result.latest;
            const metric = kpi.metric || t('controlEditor.detail.untitled');
            return (
              <tr key={kpi.id} data-kpi={kpi.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="kpi-overview__link"
                    onClick={() => onShow(kpi.id)}
                    aria-label={t('controlEditor.overview.show', { metric })}
                  >
                    {metric}
                  </button>
                  {isLinked(kpi) ? <span className="kpi-table__flag kpi-linked-tag">{t('kpiLink.tag')}</span> : null}
                </th>
                <td className="kpi-overview__objective">{kpi.objectiveId ? (objectiveTitles.get(kpi.objectiveId) ?? '') : ''}</td>
                <td>{latest ? label(latest.period) : <span className="kpi-muted">{t('controlEditor.overview.noActual')}</span>}</td>
                <td className="num">
                  {latest && latest.actual !== null
                    ? latest.target !== null
                      ? t('controlEditor.overview.actualOfTarget', {
                          actual: kpiValueText(latest.actual, kpi.unit, locale),
                          target: kpiValueText(latest.target, kpi.unit, locale),
                        })
                      : kpiValueText(latest.actual, kpi.unit, locale)
                    : ''}
                </td>
                <td>
                  <StatusBadge status={result.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
