import { useState } from 'react';
import { getApi } from '../api';
import { AlertIcon } from '../components/icons';
import { formatTimestamp } from '../format/dates';
import { errorText } from '../format/issues';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { useStore } from '../state/store';
import { useBackups } from './use-backups';

/**
 * Shown when the library file was found empty (0 bytes) and set aside: what happened, and the
 * latest backup offered before the user carries on with the empty library.
 */
export function EmptyLibraryNotice() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { view, reload } = useBackups();
  const [busy, setBusy] = useState(false);
  if (!view?.notice) return null;
  const latest = view.backups[0];

  async function restoreLatest() {
    if (!latest) return;
    setBusy(true);
    const result = await getApi().invoke('backups.restoreLibrary', { backupId: latest.id });
    setBusy(false);
    const date = formatTimestamp(latest.createdAt, locale);
    useStore
      .getState()
      .showToast({ message: result.ok ? t('backups.restoredLibrary', { date }) : t('backups.failed', { reason: errorText(result.error) }) });
    void useStore.getState().loadPlans('');
    await reload();
  }

  async function startFresh() {
    await getApi().invoke('backups.dismissNotice', {});
    await reload();
  }

  return (
    <section className="banner banner--warning banner--stacked" role="alert" aria-labelledby="empty-library-title">
      <AlertIcon />
      <div className="banner__body">
        <h2 id="empty-library-title" className="banner__title">
          {t('backups.emptyLibraryTitle')}
        </h2>
        <p>{t('backups.emptyLibraryBody', { file: view.notice.movedTo })}</p>
        {latest ? null : <p>{t('backups.emptyLibraryNoBackup')}</p>}
        <div className="banner__actions">
          {latest ? (
            <button type="button" className="button button--sm button--primary" disabled={busy} onClick={() => void restoreLatest()}>
              {t('backups.emptyLibraryRestore', { date: formatTimestamp(latest.createdAt, locale) })}
            </button>
          ) : null}
          <button type="button" className="button button--sm button--secondary" disabled={busy} onClick={() => void startFresh()}>
            {t('backups.emptyLibraryStartFresh')}
          </button>
        </div>
      </div>
    </section>
  );
}
