import { useEffect, useId } from 'react';
import type { Translate } from '../../../shared/i18n/types';
import { formatPlanTimestamp } from '../../../shared/format/dates';
import { Field } from '../components/field';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { useVersions } from '../versions/use-versions';
import { versionLabel } from '../versions/version-label';

type ChangesSinceFieldProps = { planId: string; value: string | null | undefined; onChange: (versionId: string | null) => void };

/** The report's optional appendix "Changes since <version>": none, or one of the plan's saved versions. */
export function ChangesSinceField({ planId, value, onChange }: ChangesSinceFieldProps) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const locale = useLocale();
  const id = useId();
  const { versions } = useVersions(planId);
  const stale = Boolean(value && versions && !versions.some((v) => v.id === value));
  // A remembered version that has since been deleted becomes none, so the export does not ask for it.
  useEffect(() => {
    if (stale) onChange(null);
  }, [stale, onChange]);
  const current = value && !stale ? value : '';
  if (!versions || versions.length === 0) return null;
  return (
    <Field id={id} label={t('versions.report.option')}>
      <select id={id} className="input" value={current} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('versions.report.none')}</option>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>{`${versionLabel(v, t)} — ${formatPlanTimestamp(v.createdAt, locale)}`}</option>
        ))}
      </select>
    </Field>
  );
}
