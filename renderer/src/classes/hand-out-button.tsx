import { useTranslation } from '../i18n/use-translation';
import { HandOutIcon } from '../components/icons';
import { usePlanFiles } from '../plan-files/plan-files-store';

/** The workspace's "Prepare for class", beside Export plan file (the library's row menu has it too). */
export function HandOutButton({ planId, planName }: { planId: string; planName: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--ghost button--sm plan-file-export hand-out-button"
      onClick={() => usePlanFiles.getState().showHandOut({ planId, planName })}
    >
      <HandOutIcon />
      {t('handOut.command')}
    </button>
  );
}
