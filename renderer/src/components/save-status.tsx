import { useTranslation } from '../i18n/use-translation';
import { errorText } from '../format/issues';
import { useStore } from '../state/store';
import { AlertIcon, CheckCircleIcon, SpinnerIcon } from './icons';

/** The top bar's answer to "is my work safe?": saved, saving, or why not and a way to retry. */
export function SaveStatus() {
  const { t } = useTranslation();
  const status = useStore((s) => s.saveStatus);
  const error = useStore((s) => s.saveError);
  const reason = error ? errorText({ code: 'internal', message: error.message }) : '';
  return (
    <div className={`save-status save-status--${status}`} role="status" aria-live="polite">
      {status === 'saving' ? (
        <>
          <SpinnerIcon />
          <span>{t('saveStatus.saving')}</span>
        </>
      ) : status === 'error' && error ? (
        <>
          <AlertIcon />
          <span className="save-status__message" title={reason}>
            {t('saveStatus.error', { reason })}
          </span>
          <button type="button" className="button button--sm button--danger-ghost" onClick={error.retry}>
            {t('common.retry')}
          </button>
        </>
      ) : (
        <>
          <CheckCircleIcon />
          <span>{t('saveStatus.saved')}</span>
        </>
      )}
    </div>
  );
}
