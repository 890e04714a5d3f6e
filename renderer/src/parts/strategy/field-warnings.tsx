import { useTranslation } from '../../i18n/use-translation';
import type { HealthFinding } from '../../../../shared/logic/health';
import { AlertIcon } from '../../components/icons';

/** Plan-health warnings about one field, as chips right under it, worded as the health panel words them. */
export function FieldWarnings({ id, findings }: { id?: string; findings: readonly HealthFinding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <ul className="field-warnings" id={id}>
      {findings.map((f) => (
        <li key={f.id} className="warning-chip">
          <AlertIcon size={14} />
          <span>{t(`health.checks.${f.check}`, f.params)}</span>
        </li>
      ))}
    </ul>
  );
}
