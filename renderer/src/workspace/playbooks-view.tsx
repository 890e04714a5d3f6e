import { useMemo } from 'react';
import type { CollectionName, Plan } from '../../../shared/domain';
import { newId } from '../../../shared/domain';
import { playbookStatus, suggestionsToInsert, type StepStatus } from '../../../shared/logic/playbooks';
import { PLAYBOOKS, pick, type Playbook } from '../../../shared/playbooks';
import { useTranslation } from '../i18n/use-translation';
import { routeHref } from '../routing/route';
import { useStore } from '../state/store';
import './playbooks.css';

/**
 * The plan's method playbooks, on the plan details page: attach or detach a playbook, and for
 * each step of an attached one its meaning, where it lands (a link to that part), whether the
 * plan covers it now (derived on render, like completeness) and its suggested rows, inserted as
 * ordinary rows in one undo step.
 */
export function PlaybooksView({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const attached = useMemo(() => plan.meta.playbookIds.flatMap((id) => PLAYBOOKS.filter((p) => p.id === id)), [plan.meta.playbookIds]);
  const available = PLAYBOOKS.filter((p) => !plan.meta.playbookIds.includes(p.id));

  const setPlaybook = async (playbook: Playbook, attach: boolean) => {
    const result = await useStore.getState().setPlaybook(plan.meta.id, playbook.id, attach);
    if (!result.ok) useStore.getState().showToast({ message: t('playbooks.failed', { reason: result.error.message }) });
  };

  return (
    <section className="editor-card playbooks" aria-labelledby="playbooks-title">
      <header className="editor-card__header">
        <div>
          <h2 id="playbooks-title" className="editor-card__title">
            {t('playbooks.title')}
          </h2>
          <p className="editor-card__lead">{t('playbooks.intro')}</p>
        </div>
      </header>
      <h3 className="playbooks__heading">{t('playbooks.attached')}</h3>
      {attached.length === 0 ? <p className="playbooks__empty">{t('playbooks.noneAttached')}</p> : null}
      {attached.map((playbook) => (
        <AttachedPlaybook
          key={playbook.id}
          plan={plan}
          playbook={playbook}
          language={language}
          readOnly={readOnly}
          onDetach={() => void setPlaybook(playbook, false)}
        />
      ))}
      {available.length > 0 ? (
        <>
          <h3 className="playbooks__heading">{t('playbooks.available')}</h3>
          <ul className="playbooks__available">
            {available.map((playbook) => (
              <li key={playbook.id} className="playbooks__offer">
                <div>
                  <p className="playbooks__name">{pick(playbook.title, language)}</p>
                  <p className="playbooks__summary">{pick(playbook.summary, language)}</p>
                </div>
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  disabled={readOnly}
                  aria-label={t('playbooks.attachNamed', { name: pick(playbook.title, language) })}
                  onClick={() => void setPlaybook(playbook, true)}
                >
                  {t('playbooks.attach')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

type AttachedProps = { plan: Plan; playbook: Playbook; language: string; readOnly: boolean; onDetach: () => void };

function AttachedPlaybook({ plan, playbook, language, readOnly, onDetach }: AttachedProps) {
  const { t } = useTranslation();
  const status = useMemo(() => playbookStatus(plan, playbook), [plan, playbook]);
  const name = pick(playbook.title, language);
  return (
    <article className="playbook" aria-labelledby={`playbook-${playbook.id}`} data-playbook={playbook.id}>
      <header className="playbook__header">
        <div>
          <h4 id={`playbook-${playbook.id}`} className="playbooks__name">
            {name}
          </h4>
          <p className="playbooks__summary">{t('playbooks.progress', { covered: status.covered, total: status.steps.length })}</p>
        </div>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={readOnly}
          aria-label={t('playbooks.detachNamed', { name })}
          onClick={onDetach}
        >
          {t('playbooks.detach')}
        </button>
      </header>
      <ol className="playbook__steps">
        {status.steps.map((s) => (
          <PlaybookStepItem key={s.step.id} plan={plan} status={s} language={language} readOnly={readOnly} />
        ))}
      </ol>
    </article>
  );
}

function PlaybookStepItem({ plan, status, language, readOnly }: { plan: Plan; status: StepStatus; language: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { step, covered } = status;
  const title = pick(step.title, language);
  const where = `${t(`parts.${step.lands.part}`)} · ${step.lands.table ? t(`playbooks.table.${step.lands.table as CollectionName}`) : t('playbooks.field')}`;

  const insert = () => {
    const store = useStore.getState();
    const current = store.plan;
    if (!current) return;
    // Rows in the plan's own language (its content), whatever the UI's language.
    const { inserts, skipped } = suggestionsToInsert(current, step, current.meta.language, newId);
    store.editBatch(() => inserts.forEach((i) => store.upsertRow(i.collection, i.row as never)));
    store.showToast({
      message: inserts.length > 0 ? t('playbooks.inserted', { added: inserts.length, skipped }) : t('playbooks.nothingInserted', { skipped }),
    });
  };

  return (
    <li className={`playbook-step${covered ? ' playbook-step--covered' : ''}`} data-step={step.id}>
      <div className="playbook-step__main">
        <p className="playbook-step__title">
          <span className={`playbook-step__status playbook-step__status--${covered ? 'covered' : 'open'}`}>
            {covered ? t('playbooks.covered') : t('playbooks.open')}
          </span>
          <span>{title}</span>
        </p>
        <p className="playbook-step__meaning">{pick(step.meaning, language)}</p>
        <p className="playbook-step__lands">
          {t('playbooks.landsIn')} <a href={routeHref({ name: 'plan', planId: plan.meta.id, section: step.lands.part })}>{where}</a>
          {' · '}
          {t('playbooks.suggestionCount', { count: step.suggestions.length })}
        </p>
      </div>
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={readOnly}
        aria-label={t('playbooks.insertNamed', { name: title })}
        onClick={insert}
      >
        {t('playbooks.insert')}
      </button>
    </li>
  );
}
