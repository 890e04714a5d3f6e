import { BackupIcon, ClockIcon } from '../components/icons';
import { useTranslation } from '../i18n/use-translation';
import { saveVersionShortcut } from './versions-host';
import { useVersionsUi } from './versions-store';

/** The rail's way to Save version… and the Versions panel, beside the plan's exports. */
export function VersionsButtons({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const shortcut = saveVersionShortcut();
  return (
    <>
      {editable ? (
        <button
          type="button"
          className="button button--ghost button--sm versions-rail-button"
          title={`${t('versions.saveVersion')} (${shortcut.label})`}
          aria-keyshortcuts={shortcut.aria}
          onClick={() => useVersionsUi.getState().openSave()}
        >
          <BackupIcon />
          {t('versions.saveVersion')}
        </button>
      ) : null}
      <button type="button" className="button button--ghost button--sm versions-rail-button" onClick={() => useVersionsUi.getState().openPanel()}>
        <ClockIcon />
        {t('versions.versions')}
      </button>
    </>
  );
}
