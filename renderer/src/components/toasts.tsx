import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useStore } from '../state/store';
import type { Toast } from '../state/toast-slice';
import { CloseIcon } from './icons';

/** Long enough to read and reach Undo from the keyboard. */
const TOAST_MS = 8000;

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useStore((s) => s.dismissToast);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast.id, dismiss]);
  return (
    <div className="toast">
      <span className="toast__message">{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          className="button button--ghost button--sm toast__action"
          onClick={() => {
            dismiss(toast.id);
            toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" className="icon-button icon-button--sm toast__close" aria-label={t('common.dismiss')} onClick={() => dismiss(toast.id)}>
        <CloseIcon size={14} />
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useStore((s) => s.toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
