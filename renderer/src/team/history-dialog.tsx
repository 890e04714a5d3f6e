import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contracts/result';
import type { TeamVersionInfo } from '../../../shared/team/views';
import { getApi } from '../api';
import { LockIcon } from '../components/icons';
import { Modal } from '../components/modal';
import { formatTimestamp } from '../format/dates';
import { errorText } from '../format/issues';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import type { TeamPlanRow } from './team-plans-table';

/** Every version a team plan has had on the server, newest first (a read: nothing is cached). */
export function HistoryDialog({ plan, onClose }: { plan: TeamPlanRow; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [versions, setVersions] = useState<TeamVersionInfo[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void getApi()
      .invoke('team.history', { remoteId: plan.remoteId })
      .then((result) => (result.ok ? setVersions(result.value) : setError(result.error)));
  }, [plan.remoteId]);

  return (
    <Modal title={t('team.history.title', { name: plan.name })} description={t('team.history.body')} onClose={onClose} size="lg">
      <div className="modal__body">
        {error ? (
          <p role="alert">{errorText(error)}</p>
        ) : versions === null ? (
          <p className="loading-text">{t('common.loading')}</p>
        ) : versions.length === 0 ? (
          <p>{t('team.history.empty')}</p>
        ) : (
          <div className="table-card">
            <table className="plan-table team-history">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('team.history.version')}
                  </th>
                  <th scope="col">{t('team.history.name')}</th>
                  <th scope="col">{t('team.history.publishedBy')}</th>
                  <th scope="col">{t('team.history.publishedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.version}>
                    <td className="num">
                      {formatInteger(v.version, locale)}
                      {plan.lockedVersion === v.version ? (
                        <span className="team-badge team-badge--neutral team-history__lock">
                          <LockIcon size={12} />
                          {t('team.history.lockedMark')}
                        </span>
                      ) : null}
                    </td>
                    <td className="team-table__text">{v.name}</td>
                    <td className="team-table__text">{v.publishedBy}</td>
                    <td className="num">
                      <time dateTime={v.publishedAt}>{formatTimestamp(v.publishedAt, locale)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Modal>
  );
}
