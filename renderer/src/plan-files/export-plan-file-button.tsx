import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { ExportFileIcon } from '../components/icons';
import { exportPlanFile } from './plan-file-actions';

/** The workspace's way to the same export as File → Export → Plan file, for browser mode too. */
export function ExportPlanFileButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button--ghost button--sm plan-file-export"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await exportPlanFile(planId);
        } finally {
          setBusy(false);
        }
      }}
    >
      <ExportFileIcon />
      {t('planFiles.exportPlanFile')}
    </button>
  );
}
