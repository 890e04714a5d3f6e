import { useTranslation } from '../../i18n/use-translation';
import type { KpiStatus } from '../../../../shared/logic';

/** A KPI status as a coloured dot and its word (the colour is never the only signal). */
export function StatusBadge({ status }: { status: KpiStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kpi-status kpi-status--${status}`} data-status={status}>
      <span className="kpi-status__dot" aria-hidden="true" />
      {t(`controlEditor.status.${status}`)}
    </span>
  );
}
