import { memo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { PlanSummary } from '../../../shared/contracts/views';
import type { Plan } from '../../../shared/domain';
import { PART_KEYS } from '../../../shared/domain/parts';
import { planProgress } from '../../../shared/logic/completeness';
import { attachedPlaybookStatus } from '../../../shared/logic/playbooks';
import { CalendarIcon, ClockIcon, CoinsIcon } from '../components/icons';
import { ProgressBar } from '../components/progress-bar';
import { HealthPanel } from '../health/health-panel';
import type { HealthOverview } from '../health/plan-health-cache';
import { currencyName } from '../format/currencies';
import { formatPeriod, formatRelative, formatTimestamp } from '../format/dates';
import { formatInteger, formatPercent } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useNow } from '../hooks/use-now';
import { routeHref } from '../routing/route';
import type { PartStatus } from './part-status';
import { useSideViews } from './use-side-views';

type ProgressPanelProps = {
  /** The meta, not the plan: a keystroke makes a new plan but keeps its meta (saves stamp a new one). */
  meta: Plan['meta'];
  progress: number;
  summary: PlanSummary | null;
  statuses: Record<string, PartStatus>;
  health?: HealthOverview | null;
  /** The attached playbooks' open steps, `playbookId/stepId` joined by commas. */
  openSteps?: string;
};

/** The side panel: how far the plan has come, part by part, and its key facts. */
function ProgressPanelInner({ meta, progress, statuses, health, openSteps }: ProgressPanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();

  return (
    <aside className="side-panel" aria-label={t('workspace.sidePanel')}>
      <section className="panel-card" aria-labelledby="progress-title">
        <h2 id="progress-title" className="panel-card__title">
          {t('progress.title')}
        </h2>
        <p className="progress-figure num">{formatPercent(progress, locale)}</p>
        <ProgressBar value={progress} label={t('progress.title')} size="md" showValue={false} />
        <p className="panel-card__note">{t('progress.description')}</p>
      </section>

      {health ? <HealthPanel meta={meta} health={health} openSteps={openSteps} /> : null}

      <section className="panel-card" aria-labelledby="parts-title">
        <h2 id="parts-title" className="panel-card__title">
          {t('progress.partsTitle')}
        </h2>
        <ul className="part-status-list">
          {PART_KEYS.map((part) => {
            const status = statuses[part];
            return (
              <li key={part}>
                <a className="part-status" href={routeHref({ name: 'plan', planId: meta.id, section: part })}>
                  <span className="part-status__name">{t(`parts.${part}`)}</span>
                  <span className="part-status__bar">
                    <ProgressBar
                      value={status.total > 0 ? status.done / status.total : 0}
                      label={t('progress.partDone', { done: formatInteger(status.done, locale), total: formatInteger(status.total, locale) })}
                      showValue={false}
                    />
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="panel-card">
        <dl className="facts">
          <div className="facts__row">
            <dt>
              <CalendarIcon />
              {t('progress.period')}
            </dt>
            <dd className="num">{formatPeriod(meta.periodStart, meta.periodEnd, locale)}</dd>
          </div>
          <div className="facts__row">
            <dt>
              <CoinsIcon />
              {t('progress.currency')}
            </dt>
            <dd>
              {meta.currency} · {currencyName(meta.currency, locale)}
            </dd>
          </div>
          <div className="facts__row">
            <dt>
              <ClockIcon />
              {t('progress.modified')}
            </dt>
            <dd>
              <time dateTime={meta.updatedAt} title={formatTimestamp(meta.updatedAt, locale)}>
                {formatRelative(meta.updatedAt, locale, now) ?? t('time.justNow')}
              </time>
            </dd>
          </div>
          <div className="facts__row">
            <dt>
              <ClockIcon />
              {t('progress.created')}
            </dt>
            <dd className="num">{formatTimestamp(meta.createdAt, locale)}</dd>
          </div>
        </dl>
      </section>
    </aside>
  );
}

const ProgressPanelView = memo(ProgressPanelInner);

/** The side panel, its figures a render behind the plan (useSideViews): while a keystroke renders, the view is not redrawn. */
export function ProgressPanel({ plan, summary }: { plan: Plan; summary: PlanSummary | null }) {
  const side = useSideViews(plan);
  // Counted from the open plan, so it follows every edit (the library's figure is from when it was listed).
  const progress = planProgress(side.plan);
  const openSteps = attachedPlaybookStatus(side.plan, side.plan.meta.playbookIds)
    .flatMap((p) => p.steps.filter((s) => !s.covered).map((s) => `${p.playbook.id}/${s.step.id}`))
    .join(',');
  return (
    <ProgressPanelView
      meta={side.plan.meta}
      progress={progress}
      summary={summary}
      statuses={side.statuses}
      health={side.health}
      openSteps={openSteps}
    />
  );
}
