import { useTranslation } from '../i18n/use-translation';
import { useExportDialog } from './export-dialog-store';
import { exportShortcut } from './export-host';
import { ReportIcon } from './icons';

/** The workspace's way to File → Export → Word/PDF, and the only one in browser mode. */
export function ExportReportButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const shortcut = exportShortcut();
  return (
    <button
      type="button"
      className="button button--ghost button--sm export-report-button"
      title={`${t('exportDialog.button')} (${shortcut.label})`}
      aria-keyshortcuts={shortcut.aria}
      onClick={() => useExportDialog.getState().openExport(planId)}
    >
      <ReportIcon />
      {t('exportDialog.button')}
    </button>
  );
}
