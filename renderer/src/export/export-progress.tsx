import { useTranslation } from '../i18n/use-translation';
import { SpinnerIcon } from '../components/icons';

/**
 * How far the export is, as far as it can be known: the backend answers once, so the bar moves
 * without a value and the text names the step (building, laying out the PDF, saving).
 */
export function ExportProgress({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <div className="export-progress" role="status">
      <SpinnerIcon className="export-progress__spinner" />
      <div className="export-progress__text">
        <span className="export-progress__label">{label}</span>
        <div className="export-progress__track" role="progressbar" aria-label={t('exportDialog.progressLabel')} aria-valuetext={label}>
          <span className="export-progress__bar" />
        </div>
      </div>
    </div>
  );
}
