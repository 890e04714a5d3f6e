import { useId, useMemo } from 'react';
import { LOCALES } from '../../../shared/i18n';
import type { Plan } from '../../../shared/domain';
import { presenterNotesView, type PresenterNotesView } from '../../../shared/present/notes';
import type { Slide } from '../../../shared/present/types';
import { useFindingText } from '../health/finding-text';
import { usePlanHealth } from '../health/use-plan-health';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';

/**
 * The presenter's aid for a slide: its part's guidance and health findings, in the UI's language
 * (the presenter reads them, the room does not), as words ready to show wherever they are shown.
 */
export function usePresenterNotesView(plan: Plan, slide: Slide, index: number, total: number): PresenterNotesView {
  const { t } = useTranslation();
  const locale = useLocale();
  const findingText = useFindingText(plan.meta.currency);
  const findings = usePlanHealth(plan).byPart[slide.part].findings;
  return useMemo(
    () =>
      presenterNotesView({
        lang: locale,
        slide,
        index,
        total,
        findings: findings.map((f) => ({ severity: f.severity, text: findingText(f).message })),
        tips: Object.keys(LOCALES.en.guidance.tips[slide.part]).map((key) => t(`guidance.tips.${slide.part}.${key}` as never)),
        words: {
          notesTitle: t('present.notesTitle'),
          partTitle: t(`parts.${slide.part}`),
          slideLine: (number, count, title) =>
            t('present.notesSlide', { number: formatInteger(number, locale), total: formatInteger(count, locale), title }),
          health: t('present.health'),
          healthClear: t('present.healthClear'),
          guidance: t('present.guidance'),
          more: (count) => t('present.more', { count: formatInteger(count, locale) }),
          keysHint: t('present.keysHint'),
        },
      }),
    [t, locale, findingText, findings, slide, index, total],
  );
}

/** The notes themselves: the overlay over the slides (browser mode) and the desktop app's notes window show this. */
export function PresenterNotesBody({ view, id, className }: { view: PresenterNotesView; id?: string; className: string }) {
  const titleId = useId();
  return (
    // Focusable: a long list of findings scrolls, and the keyboard must reach what is below.
    <aside id={id} className={className} aria-labelledby={titleId} tabIndex={0} lang={view.lang} data-present-notes>
      <h2 id={titleId} className="present-notes__title">
        {view.title}
      </h2>
      <p className="present-notes__slide" data-notes-slide>
        {view.slide}
      </p>
      <div className="present-notes__columns">
        <section aria-labelledby={`${titleId}-health`}>
          <h3 id={`${titleId}-health`}>{view.healthHeading}</h3>
          {view.clear !== null ? (
            <p>{view.clear}</p>
          ) : (
            <>
              <ul>
                {view.findings.map((finding, i) => (
                  <li key={i} className={`present-notes__finding present-notes__finding--${finding.severity}`}>
                    {finding.text}
                  </li>
                ))}
              </ul>
              {view.more !== null ? <p>{view.more}</p> : null}
            </>
          )}
        </section>
        <section aria-labelledby={`${titleId}-guidance`}>
          <h3 id={`${titleId}-guidance`}>{view.guidanceHeading}</h3>
          <ul>
            {view.tips.map((tip, i) => (
              <li key={i}>{tip}</li>
            ))}
          </ul>
        </section>
      </div>
      <p className="present-notes__keys">{view.keysHint}</p>
    </aside>
  );
}

/** Browser mode's notes: an overlay over the slides, toggled with N. */
export function PresenterNotes({ view, id }: { view: PresenterNotesView; id: string }) {
  return <PresenterNotesBody view={view} id={id} className="present-notes" />;
}
