import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Plan } from '../../../shared/domain';
import { PART_KEYS } from '../../../shared/domain/parts';
import { CheckCircleIcon } from '../components/icons';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { routeHref } from '../routing/route';
import { FindingList } from './finding-list';
import { PlaybookSuggestions } from './playbook-suggestions';
import type { HealthOverview } from './plan-health-cache';
import { useCountText } from './use-count-text';
import './health.css';

type HealthPanelProps = { meta: Plan['meta']; health: HealthOverview; openSteps?: string };

/** Findings shown per part in the side panel before "Show N more". */
const PANEL_LIMIT = 3;

/**
 * The plan's health in the side panel: how many problems and warnings, then every finding grouped
 * by part in plan order, each with "Fix". An empty list is said in words: the plan is complete and
 * consistent.
 */
export function HealthPanel({ meta, health, openSteps = '' }: HealthPanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const countText = useCountText();
  const counts = countText(health);
  const clear = health.findings.length === 0;

  return (
    <section className="panel-card health-card" aria-labelledby={titleId} data-health-panel>
      <h2 id={titleId} className="panel-card__title">
        {t('health.title')}
      </h2>
      {clear ? (
        <div className="health-clear">
          <CheckCircleIcon size={20} className="health-clear__icon" />
          <div>
            <p className="health-clear__title">{t('health.allClearTitle')}</p>
            <p className="health-clear__body">{t('health.allClear')}</p>
          </div>
        </div>
      ) : (
        <>
          <p className="health-counts">
            <span className={`health-count health-count--problem${health.problems === 0 ? ' health-count--zero' : ''}`}>
              <span className="health-count__mark" aria-hidden="true" />
              {counts.problems}
            </span>
            <span className={`health-count health-count--warning${health.warnings === 0 ? ' health-count--zero' : ''}`}>
              <span className="health-count__mark" aria-hidden="true" />
              {counts.warnings}
            </span>
          </p>
          <div className="health-groups">
            {health.parts
              .filter((group) => group.findings.length > 0)
              .map((group) => {
                const headingId = `${titleId}-${group.part}`;
                return (
                  <section key={group.part} className="health-group" aria-labelledby={headingId}>
                    <h3 className="health-group__title" id={headingId}>
                      <a href={routeHref({ name: 'plan', planId: meta.id, section: group.part })}>
                        <span className="health-group__number num" aria-hidden="true">
                          {formatInteger(PART_KEYS.indexOf(group.part) + 1, locale)}
                        </span>
                        <span className="health-group__name">{t(`parts.${group.part}`)}</span>
                      </a>
                    </h3>
                    <FindingList planId={meta.id} currency={meta.currency} findings={group.findings} limit={PANEL_LIMIT} labelledBy={headingId} />
                  </section>
                );
              })}
          </div>
        </>
      )}
      <PlaybookSuggestions planId={meta.id} openSteps={openSteps} headingId={`${titleId}-suggestions`} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {clear ? t('health.allClearTitle') : counts.both}
      </p>
    </section>
  );
}
