import { Fragment, useState } from 'react';
import type { BackupInfo, PlanSummary } from '../../../shared/contracts/views';
import { getApi } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { EmptyState } from '../components/empty-state';
import { AlertIcon, BackupIcon, RestoreIcon } from '../components/icons';
import { formatTimestamp } from '../format/dates';
import { errorText } from '../format/issues';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { useStore } from '../state/store';
import { formatMegabytes } from './backup-format';
import { LibraryTabs } from './library-tabs';
import { useBackups } from './use-backups';

type Opened = { backupId: string; plans: PlanSummary[] | null };

/**
 * The library's backups (electron/core/backup): when each was made and why, and two ways back —
 * the whole library as it was, or one plan pulled out of a backup beside the others.
 */
export function BackupsScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { view, error, reload } = useBackups();
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [confirm, setConfirm] = useState<BackupInfo | null>(null);
  const toast = (message: string) => useStore.getState().showToast({ message });
  const when = (b: BackupInfo) => formatTimestamp(b.createdAt, locale);

  async function backUpNow() {
    setBusy(true);
    const result = await getApi().invoke('backups.create', {});
    setBusy(false);
    toast(result.ok ? t('backups.created') : t('backups.failed', { reason: errorText(result.error) }));
    await reload();
  }

  async function togglePlans(backupId: string) {
    if (opened?.backupId === backupId) return setOpened(null);
    setOpened({ backupId, plans: null });
    const result = await getApi().invoke('backups.plans', { backupId });
    if (result.ok) setOpened({ backupId, plans: result.value });
    else {
      setOpened(null);
      toast(t('backups.failed', { reason: errorText(result.error) }));
    }
  }

  async function restorePlan(backupId: string, plan: PlanSummary) {
    const result = await getApi().invoke('backups.restorePlan', { backupId, planId: plan.id });
    if (!result.ok) return toast(t('backups.failed', { reason: errorText(result.error) }));
    toast(t(result.value.reIded ? 'backups.restoredPlanCopy' : 'backups.restoredPlan', { name: result.value.summary.name }));
    void useStore.getState().loadPlans('');
  }

  async function restoreLibrary(backup: BackupInfo) {
    const result = await getApi().invoke('backups.restoreLibrary', { backupId: backup.id });
    if (!result.ok) return toast(t('backups.failed', { reason: errorText(result.error) }));
    toast(t('backups.restoredLibrary', { date: when(backup) }));
    void useStore.getState().loadPlans('');
    await reload();
  }

  const backups = view?.backups ?? [];

  return (
    <main className="library" aria-labelledby="backups-title">
      <div className="library__inner">
        <header className="page-header">
          <div className="page-header__titles">
            <h1 id="backups-title" className="page-header__title">
              {t('backups.title')}
            </h1>
            <p className="page-header__subtitle">{t('backups.subtitle')}</p>
          </div>
          <div className="page-header__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void backUpNow()}>
              <BackupIcon />
              {busy ? t('backups.backingUp') : t('backups.backUpNow')}
            </button>
          </div>
        </header>

        <div className="toolbar">
          <LibraryTabs current="backups" />
        </div>

        {error ? (
          <div className="banner banner--danger" role="alert">
            <AlertIcon />
            <span>{t('library.loadFailed', { reason: errorText(error) })}</span>
          </div>
        ) : null}
        {view?.problem ? (
          <div className="banner banner--warning" role="status">
            <AlertIcon />
            <span>{view.problem}</span>
          </div>
        ) : null}

        {view === null && !error ? (
          <div className="table-card table-card--loading" aria-busy="true">
            <p className="loading-text">{t('common.loading')}</p>
          </div>
        ) : view !== null && backups.length === 0 ? (
          <EmptyState icon={<BackupIcon size={28} />} title={t('backups.emptyTitle')} body={t('backups.emptyBody')} />
        ) : backups.length > 0 ? (
          <div className="table-card">
            <table className="plan-table backups-table">
              <thead>
                <tr>
                  <th scope="col">{t('backups.madeAt')}</th>
                  <th scope="col">{t('backups.reasonHeader')}</th>
                  <th scope="col" className="num">
                    {t('backups.size')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('backups.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {backups.map((b) => (
                  <Fragment key={b.id}>
                    <tr data-backup-id={b.id}>
                      <td>{when(b)}</td>
                      <td>{t(`backups.reason.${b.reason}`)}</td>
                      <td className="num">{formatMegabytes(b.bytes, locale)}</td>
                      <td className="backups-table__actions">
                        <button
                          type="button"
                          className="button button--sm button--secondary"
                          aria-expanded={opened?.backupId === b.id}
                          onClick={() => void togglePlans(b.id)}
                        >
                          {opened?.backupId === b.id ? t('backups.hidePlans') : t('backups.showPlans')}
                        </button>
                        <button type="button" className="button button--sm button--secondary" onClick={() => setConfirm(b)}>
                          <RestoreIcon size={14} />
                          {t('backups.restoreLibrary')}
                        </button>
                      </td>
                    </tr>
                    {opened?.backupId === b.id ? (
                      <tr className="backups-table__plans">
                        <td colSpan={4}>
                          {opened.plans === null ? (
                            <p className="loading-text">{t('common.loading')}</p>
                          ) : opened.plans.length === 0 ? (
                            <p>{t('backups.noPlans')}</p>
                          ) : (
                            <ul aria-label={t('backups.plansIn', { date: when(b) })}>
                              {opened.plans.map((p) => (
                                <li key={p.id}>
                                  <span className="backups-table__plan-name">{p.name}</span>
                                  <span className="backups-table__plan-client">{p.client}</span>
                                  <button type="button" className="button button--sm button--secondary" onClick={() => void restorePlan(b.id, p)}>
                                    <RestoreIcon size={14} />
                                    {t('backups.restorePlan')}
                                  </button>
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>

      {confirm ? (
        <ConfirmDialog
          title={t('backups.confirmTitle')}
          body={t('backups.confirmBody', { date: when(confirm) })}
          confirmLabel={t('backups.confirm')}
          onClose={() => setConfirm(null)}
          onConfirm={() => restoreLibrary(confirm)}
        />
      ) : null}
    </main>
  );
}
