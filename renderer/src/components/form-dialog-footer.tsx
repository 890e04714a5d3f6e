import { useTranslation } from '../i18n/use-translation';

/** Cancel and submit for a dialog that is a form: Enter submits, the button waits while saving. */
export function FormDialogFooter({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="modal__footer">
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}
