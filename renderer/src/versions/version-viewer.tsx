import { PART_KEYS } from '../../../shared/domain';
import { formatPlanTimestamp } from '../../../shared/format/dates';
import type { Translate } from '../../../shared/i18n/types';
import { ChevronLeftIcon } from '../components/icons';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { PART_COMPONENTS } from '../parts';
import { partNumber } from '../routing/sections';
import { versionLabel } from './version-label';
import { useVersionsUi, type ViewedVersion } from './versions-store';

/**
 * A saved version shown in the workspace with the app's own part pages, read-only: a banner says
 * which version this is, and a button leads back to the current plan.
 */
export function VersionViewer({ viewing }: { viewing: ViewedVersion }) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const locale = useLocale();
  const Part = PART_COMPONENTS[viewing.part];
  return (
    <div className="version-viewer" data-testid="version-viewer">
      <div className="banner banner--warning version-viewer__banner" role="status">
        <span>{t('versions.viewing', { name: versionLabel(viewing.info, t), date: formatPlanTimestamp(viewing.info.createdAt, locale) })}</span>
        <button type="button" className="button button--sm button--secondary" onClick={() => useVersionsUi.getState().view(null)} data-autofocus>
          <ChevronLeftIcon />
          {t('versions.backToPlan')}
        </button>
      </div>
      <nav className="version-viewer__parts" aria-label={t('versions.partsNav')}>
        {PART_KEYS.map((part) => (
          <button
            key={part}
            type="button"
            className="button button--ghost button--sm"
            aria-current={part === viewing.part ? 'page' : undefined}
            onClick={() => useVersionsUi.getState().view({ ...viewing, part })}
          >
            {t(`parts.${part}`)}
          </button>
        ))}
      </nav>
      <Part key={`${viewing.info.id}:${viewing.part}`} plan={viewing.plan} number={partNumber(viewing.part)} readOnly />
    </div>
  );
}
