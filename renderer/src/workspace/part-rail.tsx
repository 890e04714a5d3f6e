import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Plan } from '../../../shared/domain';
import { PART_KEYS } from '../../../shared/domain/parts';
import { DocumentIcon } from '../components/icons';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import type { HealthOverview } from '../health/plan-health-cache';
import { RailHealthBadge } from '../health/rail-badge';
import { routeHref } from '../routing/route';
import type { PartStatus } from './part-status';
import type { Section } from '../routing/sections';
import { useSideViews } from './use-side-views';

type PartRailProps = { planId: string; current: Section; statuses: Record<string, PartStatus> | null; health?: HealthOverview | null };

/** The plan's sections in order; one tab stop, ↑/↓/Home/End move between them, Enter opens. */
function PartRailInner({ planId, current, statuses, health }: PartRailProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const listRef = useRef<HTMLOListElement>(null);

  // When the section changes while focus is in the rail (or was lost with the old section's
  // fields, as after Alt+↓ from a field), focus follows the current item. Not on first render:
  // opening a plan should not light up a focus ring the user didn't ask for.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (lost || listRef.current?.contains(active)) listRef.current?.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
  }, [current]);

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    const target =
      event.key === 'ArrowDown'
        ? index + 1
        : event.key === 'ArrowUp'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? links.length - 1
              : null;
    if (target === null) return;
    event.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, target))].focus();
  }

  const href = (section: Section) => routeHref({ name: 'plan', planId, section });

  return (
    <nav className="rail" aria-label={t('workspace.railLabel')}>
      <ol className="rail__list" ref={listRef} onKeyDown={onKeyDown}>
        <li>
          <a
            className="rail__item rail__item--details"
            href={href('details')}
            aria-current={current === 'details' ? 'page' : undefined}
            tabIndex={current === 'details' ? 0 : -1}
          >
            <span className="rail__marker" aria-hidden="true">
              <DocumentIcon size={14} />
            </span>
            <span className="rail__label">{t('workspace.details')}</span>
          </a>
        </li>
        <li className="rail__divider" aria-hidden="true" />
        {PART_KEYS.map((part, index) => {
          const status = statuses?.[part];
          return (
            <li key={part}>
              <a
                className={`rail__item${status && status.total > 0 && status.done === status.total ? ' rail__item--done' : status?.done ? ' rail__item--started' : ''}`}
                href={href(part)}
                aria-current={current === part ? 'page' : undefined}
                tabIndex={current === part ? 0 : -1}
              >
                <span className="rail__marker num" aria-hidden="true">
                  {formatInteger(index + 1, locale)}
                </span>
                <span className="rail__label">{t(`parts.${part}`)}</span>
                {health ? <RailHealthBadge counts={health.byPart[part]} /> : null}
                {status ? (
                  <span className="rail__count num">
                    <span aria-hidden="true">
                      {formatInteger(status.done, locale)}/{formatInteger(status.total, locale)}
                    </span>
                    <span className="visually-hidden">
                      {t('progress.partDone', { done: formatInteger(status.done, locale), total: formatInteger(status.total, locale) })}
                    </span>
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

const PartRailView = memo(PartRailInner);

/** The rail, its figures a render behind the plan (useSideViews): while a keystroke renders, the view is not redrawn. */
export function PartRail({ planId, current, plan }: { planId: string; current: Section; plan: Plan }) {
  const { statuses, health } = useSideViews(plan);
  return <PartRailView planId={planId} current={current} statuses={statuses} health={health} />;
}
