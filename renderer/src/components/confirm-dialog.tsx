import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Modal } from './modal';

type ConfirmDialogProps = {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  onClose: () => void;
};

/** A destructive confirmation: Cancel has the focus, so Enter never destroys by accident. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={title} description={body} onClose={onClose} size="sm" role="alertdialog">
      <div className="modal__footer">
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await onConfirm();
            setBusy(false);
            onClose();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
