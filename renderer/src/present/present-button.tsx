import { useTranslation } from '../i18n/use-translation';
import { PresentIcon } from './present-icons';
import { usePresent } from './present-store';

/** The workspace's way to present the plan (also View → Present and F5). */
export function PresentButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--ghost button--sm present-button"
      title={t('present.buttonTitle')}
      aria-keyshortcuts="F5"
      data-present-button
      onClick={() => usePresent.getState().start(planId)}
    >
      <PresentIcon />
      {t('present.button')}
    </button>
  );
}
