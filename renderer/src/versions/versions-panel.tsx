import { useState } from 'react';
import type { VersionInfo } from '../../../shared/contracts/views';
import type { PartKey } from '../../../shared/domain';
import { formatPlanTimestamp } from '../../../shared/format/dates';
import type { Translate } from '../../../shared/i18n/types';
import { ConfirmDialog } from '../components/confirm-dialog';
import { Modal } from '../components/modal';
import { errorText } from '../format/issues';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { deleteVersion, duplicateVersion, openVersion, restoreVersion } from './version-actions';
import { versionLabel } from './version-label';
import { useVersions } from './use-versions';
import { useVersionsUi } from './versions-store';
import { exportPlanFile } from '../plan-files/plan-file-actions';

const kb = (bytes: number) => (Math.round(bytes / 102.4) / 10).toString();

/** The open plan's versions: date, name, note, and what can be done with each. */
export function VersionsPanel({ planId, planName, part }: { planId: string; planName: string; part: PartKey }) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const locale = useLocale();
  const { versions, error } = useVersions(planId);
  const [confirm, setConfirm] = useState<{ kind: 'restore' | 'delete'; info: VersionInfo } | null>(null);
  const close = () => useVersionsUi.getState().close();

  return (
    <Modal title={t('versions.panelTitle', { plan: planName })} description={t('versions.panelBody')} onClose={close} size="lg">
      <div className="modal__body versions-panel">
        <div className="versions-panel__tools">
          {versions && versions.length > 0 ? (
            <button type="button" className="button button--ghost button--sm" onClick={() => void exportPlanFile(planId, { withVersions: true })}>
              {t('versions.exportWithVersions')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() =>
              useVersionsUi.getState().openCompare(versions?.[0] ? { kind: 'version', id: versions[0].id } : { kind: 'now' }, { kind: 'now' })
            }
          >
            {t('versions.compareTitle')}…
          </button>
        </div>
        {error ? <p role="alert">{errorText(error)}</p> : null}
        {versions && versions.length === 0 ? <p className="versions-panel__empty">{t('versions.empty')}</p> : null}
        {versions && versions.length > 0 ? (
          <table className="versions-table">
            <caption className="visually-hidden">{t('versions.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('versions.colVersion')}</th>
                <th scope="col">{t('versions.colDate')}</th>
                <th scope="col" className="num">
                  {t('versions.colSize')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('versions.colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((info) => {
                const label = versionLabel(info, t);
                return (
                  <tr key={info.id} data-version-id={info.id}>
                    <th scope="row" className="versions-table__name">
                      {label}
                      {info.kind === 'auto' ? <span className="version-kind">{t('versions.kindAuto')}</span> : null}
                      {info.note ? (
                        <span className="versions-table__note">
                          <span className="visually-hidden">{t('versions.colNote')}: </span>
                          {info.note}
                        </span>
                      ) : null}
                    </th>
                    <td className="versions-table__date">
                      <time dateTime={info.createdAt}>{formatPlanTimestamp(info.createdAt, locale)}</time>
                    </td>
                    <td className="num">{t('versions.size', { stored: kb(info.storedBytes), raw: kb(info.rawBytes) })}</td>
                    <td className="versions-table__actions">
                      <button
                        type="button"
                        className="button button--ghost button--sm"
                        aria-label={`${t('versions.open')}: ${label}`}
                        onClick={() => void openVersion(info, part, t)}
                      >
                        {t('versions.open')}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--sm"
                        aria-label={`${t('versions.compareWithNow')}: ${label}`}
                        onClick={() => useVersionsUi.getState().openCompare({ kind: 'version', id: info.id }, { kind: 'now' })}
                      >
                        {t('versions.compareWithNow')}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--sm"
                        aria-label={`${t('versions.restore')}: ${label}`}
                        onClick={() => setConfirm({ kind: 'restore', info })}
                      >
                        {t('versions.restore')}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--sm"
                        aria-label={`${t('versions.duplicate')}: ${label}`}
                        onClick={() => void duplicateVersion(info, t)}
                      >
                        {t('versions.duplicate')}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--sm"
                        aria-label={`${t('versions.delete')}: ${label}`}
                        onClick={() => setConfirm({ kind: 'delete', info })}
                      >
                        {t('versions.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </div>
      {confirm ? (
        <ConfirmDialog
          title={t(confirm.kind === 'restore' ? 'versions.restoreTitle' : 'versions.deleteTitle', { name: versionLabel(confirm.info, t) })}
          body={t(confirm.kind === 'restore' ? 'versions.restoreBody' : 'versions.deleteBody')}
          confirmLabel={t(confirm.kind === 'restore' ? 'versions.restore' : 'versions.delete')}
          onConfirm={() => (confirm.kind === 'restore' ? restoreVersion(confirm.info, t).then(close) : deleteVersion(confirm.info, t))}
          onClose={() => setConfirm(null)}
        />
      ) : null}
    </Modal>
  );
}
