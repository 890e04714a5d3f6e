import { useTranslation } from '../i18n/use-translation';
import { ImportFileIcon } from '../components/icons';
import { Modal } from '../components/modal';

/**
 * Shown when the File menu asks for an import: a page may open the file chooser only from a
 * click or key press of its own, which a native menu item is not. One more click, and it shows
 * that a file can simply be dropped on the window.
 */
export function ImportDialog({ onChoose, onChooseFolder, onClose }: { onChoose: () => void; onChooseFolder: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('planFiles.importTitle')} description={t('planFiles.importBody')} onClose={onClose} size="sm">
      <div className="modal__body">
        <div className="plan-file-dropzone">
          <ImportFileIcon size={24} />
          <span>{t('planFiles.dropHere')}</span>
        </div>
      </div>
      <div className="modal__footer">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--secondary" onClick={onChooseFolder}>
          {t('classes.chooseFolder')}
        </button>
        <button type="button" className="button button--primary" onClick={onChoose} data-autofocus>
          {t('planFiles.chooseFile')}
        </button>
      </div>
    </Modal>
  );
}
