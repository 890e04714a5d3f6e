import { useTranslation } from '../../i18n/use-translation';
import type { CollectionName } from '../../../../shared/domain';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { Modal } from '../modal';

export type DeleteRequest = {
  rowId: string;
  name: string;
  impact: { collection: CollectionName; action: 'unlink' | 'delete'; count: number }[];
};

/**
 * Asked before deleting a row that other rows link to: it says which links go and which rows go
 * with it. Cancel has the focus, so Enter never deletes by accident.
 */
export function DeleteRowDialog({ request, onConfirm, onClose }: { request: DeleteRequest; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Modal
      title={t('editor.confirmDelete.title')}
      description={t('editor.confirmDelete.body', { name: request.name })}
      onClose={onClose}
      size="sm"
      role="alertdialog"
    >
      <div className="modal__body delete-impact">
        <p>{t('editor.confirmDelete.linked')}</p>
        <ul className="delete-impact__list">
          {request.impact.map((item) => (
            <li key={`${item.collection}-${item.action}`} className={`delete-impact__item delete-impact__item--${item.action}`}>
              {t(item.action === 'delete' ? 'editor.confirmDelete.cascade' : 'editor.confirmDelete.unlink', {
                count: formatInteger(item.count, locale),
                rows: t(`editor.collections.${item.collection}`),
              })}
            </li>
          ))}
        </ul>
        <p className="delete-impact__hint">{t('editor.confirmDelete.undoHint')}</p>
      </div>
      <div className="modal__footer">
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          {t('editor.confirmDelete.confirm')}
        </button>
      </div>
    </Modal>
  );
}
