import type { TeamSyncReport } from '../../../shared/team/views';
import { AlertIcon, CheckCircleIcon } from '../components/icons';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { countSync } from './team-badges';

/** What "Sync all" did: published, pulled, conflicts and failed counted, and an interruption explained. */
export function SyncSummary({ report, onDismiss }: { report: TeamSyncReport; onDismiss: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const counts = countSync(report);
  const n = (value: number) => formatInteger(value, locale);
  const warn = report.interrupted || counts.failed > 0 || counts.conflicts > 0;
  return (
    <div className={`banner banner--stacked team-summary${warn ? ' banner--warning' : ' team-summary--ok'}`} role="status">
      {warn ? <AlertIcon /> : <CheckCircleIcon />}
      <div className="banner__body">
        <h2 className="banner__title">{t('team.sync.summaryTitle')}</h2>
        <p>
          {t('team.sync.summary', {
            published: n(counts.published),
            pulled: n(counts.pulled),
            conflicts: n(counts.conflicts),
            failed: n(counts.failed),
          })}
        </p>
        {counts.locked > 0 ? <p>{t('team.sync.lockedCount', { locked: n(counts.locked) })}</p> : null}
        {report.interrupted ? <p>{t('team.sync.interrupted')}</p> : null}
      </div>
      <button type="button" className="button button--sm button--secondary" onClick={onDismiss}>
        {t('team.sync.dismiss')}
      </button>
    </div>
  );
}
