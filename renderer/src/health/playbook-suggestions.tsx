import { findPlaybook, pick } from '../../../shared/playbooks';
import { useTranslation } from '../i18n/use-translation';
import { routeHref } from '../routing/route';

/** Open steps shown before "and N more": suggestions should stay gentle, not take over the panel. */
const LIMIT = 5;

/**
 * The open steps of the playbooks a plan follows, as gentle suggestions under the plan's health:
 * a group of their own, never counted as problems or warnings. `openSteps` is
 * `playbookId/stepId` joined by commas (a string, so the memoized side panel compares it cheaply).
 */
export function PlaybookSuggestions({ planId, openSteps, headingId }: { planId: string; openSteps: string; headingId: string }) {
  const { t, i18n } = useTranslation();
  const steps = openSteps.split(',').flatMap((key) => {
    const [playbookId, stepId] = key.split('/');
    const playbook = findPlaybook(playbookId ?? '');
    const step = playbook?.steps.find((s) => s.id === stepId);
    return playbook && step ? [{ key, playbook, step }] : [];
  });
  if (steps.length === 0) return null;
  return (
    <section className="health-group health-suggestions" aria-labelledby={headingId} data-playbook-suggestions>
      <h3 className="health-group__title" id={headingId}>
        <span className="health-group__name">{t('health.suggestions')}</span>
      </h3>
      <ul className="health-suggestions__list">
        {steps.slice(0, LIMIT).map(({ key, playbook, step }) => (
          <li key={key} className="health-suggestions__item">
            <a href={routeHref({ name: 'plan', planId, section: step.lands.part })}>{pick(step.title, i18n.language)}</a>
            <span className="health-suggestions__from"> · {pick(playbook.title, i18n.language)}</span>
          </li>
        ))}
      </ul>
      {steps.length > LIMIT ? <p className="health-suggestions__more">{t('health.moreSuggestions', { count: steps.length - LIMIT })}</p> : null}
    </section>
  );
}
