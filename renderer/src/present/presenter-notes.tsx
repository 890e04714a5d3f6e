import { useId } from 'react';
import { LOCALES } from '../../../shared/i18n';
import type { Plan, PartKey } from '../../../shared/domain';
import { useFindingText } from '../health/finding-text';
import { usePlanHealth } from '../health/use-plan-health';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';

/** Findings the notes list; the health panel has the rest. */
const NOTES_FINDINGS = 3;

/**
 * The presenter's aid for the slide's part: the part's guidance and its health findings, in the
 * UI's language (the presenter reads them, the room does not). An overlay in both browser mode
 * and the desktop app; a second window for a second screen is not built.
 */
export function PresenterNotes({ plan, part, id }: { plan: Plan; part: PartKey; id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const findingText = useFindingText(plan.meta.currency);
  const findings = usePlanHealth(plan).byPart[part].findings;
  const tipKeys = Object.keys(LOCALES.en.guidance.tips[part]);
  return (
    // Focusable: a long list of findings scrolls, and the keyboard must reach what is below.
    <aside id={id} className="present-notes" aria-labelledby={titleId} tabIndex={0} data-present-notes>
      <h2 id={titleId} className="present-notes__title">
        {t('present.notesTitle')} · {t(`parts.${part}`)}
      </h2>
      <div className="present-notes__columns">
        <section aria-labelledby={`${titleId}-health`}>
          <h3 id={`${titleId}-health`}>{t('present.health')}</h3>
          {findings.length === 0 ? (
            <p>{t('present.healthClear')}</p>
          ) : (
            <>
              <ul>
                {findings.slice(0, NOTES_FINDINGS).map((finding, i) => (
                  <li key={i} className={`present-notes__finding present-notes__finding--${finding.severity}`}>
                    {findingText(finding).message}
                  </li>
                ))}
              </ul>
              {findings.length > NOTES_FINDINGS ? (
                <p>{t('present.more', { count: formatInteger(findings.length - NOTES_FINDINGS, locale) })}</p>
              ) : null}
            </>
          )}
        </section>
        <section aria-labelledby={`${titleId}-guidance`}>
          <h3 id={`${titleId}-guidance`}>{t('present.guidance')}</h3>
          <ul>
            {tipKeys.map((key) => (
              <li key={key}>{t(`guidance.tips.${part}.${key}` as never)}</li>
            ))}
          </ul>
        </section>
      </div>
      <p className="present-notes__keys">{t('present.keysHint')}</p>
    </aside>
  );
}
