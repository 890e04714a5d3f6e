import { Children, useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Plan } from '../../../shared/domain';
import { PART_KEYS, type PartKey } from '../../../shared/domain/parts';
import { LOCALES } from '../../../shared/i18n';
import { partCompleteness } from '../../../shared/logic/completeness';
import { Deferred, LargePlanContext } from '../components/deferred';
import { isLargePlan } from './plan-size';
import { ChevronDownIcon, LightbulbIcon, RedoIcon, UndoIcon } from '../components/editor-icons';
import { CheckIcon, ChevronLeftIcon, ChevronRightIcon } from '../components/icons';
import { formatInteger } from '../format/numbers';
import { PartFindings } from '../health/part-findings';
import { useLocale } from '../hooks/use-locale';
import { routeHref } from '../routing/route';
import { useStore } from '../state/store';
import { neighbourSection } from '../routing/sections';
import { runPlanHistory, useUndoShortcuts } from '../hooks/use-undo-shortcuts';

type PartPageProps = {
  part: PartKey;
  plan: Plan;
  /** The part's position in the plan, from 1. */
  number: number;
  children: ReactNode;
};

const GUIDANCE_KEY = 'planwright.guidanceOpen';

function initiallyOpen(): boolean {
  try {
    return window.localStorage.getItem(GUIDANCE_KEY) !== 'false';
  } catch {
    return true;
  }
}

/**
 * The frame of every part's editor: "Part N of 8", the title and what the part answers, its
 * completeness ("3/5"), guidance with tips (collapsible, remembered), the editor itself, and
 * Previous/Next. It also owns the undo keys while a part is open. The workspace's side panel
 * stays outside: the frame fills only the middle column.
 */
export function PartPage({ part, plan, number, children }: PartPageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const guidanceId = useId();
  const [open, setOpen] = useState(initiallyOpen);
  // Decided once per visit to the step: switching mid-edit would remount the sections under the user.
  const [large] = useState(() => isLargePlan(plan));
  const canUndo = useStore((s) => s.canUndo);
  const canRedo = useStore((s) => s.canRedo);
  const readOnly = plan.meta.deletedAt !== null;
  const [announcement, setAnnouncement] = useState('');
  const announce = (intent: 'undo' | 'redo', done: boolean) =>
    setAnnouncement(
      intent === 'undo' ? (done ? t('editor.undone') : t('editor.nothingToUndo')) : done ? t('editor.redone') : t('editor.nothingToRedo'),
    );
  useUndoShortcuts(announce);

  const completeness = partCompleteness(plan, part);
  const tipKeys = Object.keys(LOCALES.en.guidance.tips[part]);
  const itemLabels = LOCALES.en.guidance.items[part] as Record<string, string>;
  const previous = neighbourSection(part, -1);
  const next = neighbourSection(part, 1);
  const sectionTitle = (s: NonNullable<typeof previous>) => (s === 'details' ? t('workspace.details') : t(`parts.${s}`));
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);

  function toggle() {
    setOpen((o) => {
      try {
        window.localStorage.setItem(GUIDANCE_KEY, String(!o));
      } catch {
        // A private window may refuse storage; the choice then lasts until the page closes.
      }
      return !o;
    });
  }

  const done = formatInteger(completeness.done, locale);
  const total = formatInteger(completeness.total, locale);
  const fraction = completeness.total > 0 ? completeness.done / completeness.total : 0;

  return (
    <article className={large ? 'part-page part-page--large' : 'part-page'} aria-labelledby={titleId} data-part={part}>
      <header className="part-page__header">
        <div className="part-page__heading">
          <p className="eyebrow">{t('editor.partOf', { number: formatInteger(number, locale), total: formatInteger(PART_KEYS.length, locale) })}</p>
          <h1 id={titleId} className="part-page__title">
            {t(`parts.${part}`)}
          </h1>
          <p className="part-page__answers">{t(`partAnswers.${part}`)}</p>
        </div>
        <div className="part-page__tools">
          <div className="completeness" role="img" aria-label={t('editor.completenessLabel', { done, total })}>
            <svg className="completeness__ring" width="36" height="36" viewBox="0 0 36 36" aria-hidden="true">
              <circle className="completeness__track" cx="18" cy="18" r="15" />
              <circle className="completeness__fill" cx="18" cy="18" r="15" strokeDasharray={`${(fraction * 94.25).toFixed(2)} 94.25`} />
            </svg>
            <span className="completeness__text num" aria-hidden="true">
              {t('editor.completeness', { done, total })}
            </span>
          </div>
          {readOnly ? null : (
            <div className="part-page__history">
              <button
                type="button"
                className="icon-button"
                aria-label={t('common.undo')}
                title={`${t('common.undo')} (${mac ? '⌘Z' : 'Ctrl+Z'})`}
                aria-keyshortcuts={mac ? 'Meta+Z' : 'Control+Z'}
                disabled={!canUndo}
                onClick={() => void runPlanHistory('undo').then((done) => announce('undo', done))}
              >
                <UndoIcon />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('editor.redo')}
                title={`${t('editor.redo')} (${mac ? '⇧⌘Z' : 'Ctrl+Y'})`}
                aria-keyshortcuts={mac ? 'Shift+Meta+Z' : 'Control+Y'}
                disabled={!canRedo}
                onClick={() => void runPlanHistory('redo').then((done) => announce('redo', done))}
              >
                <RedoIcon />
              </button>
            </div>
          )}
        </div>
      </header>

      <PartFindings plan={plan} part={part} />

      <section className={`guidance${open ? ' guidance--open' : ''}`} aria-labelledby={`${guidanceId}-title`}>
        <h2 id={`${guidanceId}-title`} className="guidance__heading">
          <button type="button" className="guidance__toggle" aria-expanded={open} aria-controls={guidanceId} onClick={toggle}>
            <LightbulbIcon />
            <span>{t('editor.guidanceTitle')}</span>
            <span className="guidance__state">{open ? t('editor.guidanceHide') : t('editor.guidanceShow')}</span>
            <ChevronDownIcon className="guidance__chevron" />
          </button>
        </h2>
        <div id={guidanceId} className="guidance__body" hidden={!open}>
          <div className="guidance__tips">
            <h3 className="guidance__subheading">{t('editor.tips')}</h3>
            <ul className="guidance__list">
              {tipKeys.map((key) => (
                <li key={key}>{t(`guidance.tips.${part}.${key}` as never)}</li>
              ))}
            </ul>
          </div>
          <div className="guidance__checklist">
            <h3 className="guidance__subheading">{t('editor.checklist')}</h3>
            <ul className="checklist">
              {completeness.items.map((item) => (
                <li key={item.key} className={`checklist__item${item.done ? ' checklist__item--done' : ''}`}>
                  <span className="checklist__mark" aria-hidden="true">
                    {item.done ? <CheckIcon size={12} /> : null}
                  </span>
                  <span>
                    {item.key in itemLabels ? t(`guidance.items.${part}.${item.key}` as never) : item.key}
                    <span className="visually-hidden">{item.done ? ` ✓` : ''}</span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <LargePlanContext.Provider value={large}>
        <div className="part-page__body">
          {/* In a large plan, the first section with the page and the others a frame later (see Deferred). */}
          {Children.toArray(children).map((child, index) =>
            index === 0 || !large ? (
              child
            ) : (
              <Deferred key={(child as { key?: string | null }).key ?? index} placeholderHeight={320}>
                {child}
              </Deferred>
            ),
          )}
        </div>
      </LargePlanContext.Provider>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <nav className="part-pager" aria-label={t('editor.pagerLabel')}>
        {previous ? (
          <a className="part-pager__link" href={routeHref({ name: 'plan', planId: plan.meta.id, section: previous })} rel="prev">
            <ChevronLeftIcon />
            <span className="part-pager__text">
              <span className="part-pager__caption">{t('editor.previous')}</span>
              <span className="part-pager__title">{sectionTitle(previous)}</span>
            </span>
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a className="part-pager__link part-pager__link--next" href={routeHref({ name: 'plan', planId: plan.meta.id, section: next })} rel="next">
            <span className="part-pager__text">
              <span className="part-pager__caption">{t('editor.next')}</span>
              <span className="part-pager__title">{sectionTitle(next)}</span>
            </span>
            <ChevronRightIcon />
          </a>
        ) : null}
      </nav>
    </article>
  );
}
