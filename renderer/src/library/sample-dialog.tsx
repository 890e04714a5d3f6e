import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { CommandResponse } from '../../../shared/contracts/commands';
import type { AppError } from '../../../shared/contracts/result';
import type { PlanSummary } from '../../../shared/contracts/views';
import type { Language } from '../../../shared/domain/primitives';
import type { SampleName } from '../../../shared/samples/names';
import { getApi } from '../api/get-api';
import { describedBy, Field } from '../components/field';
import { FormDialogFooter } from '../components/form-dialog-footer';
import { LanguageSelect } from '../components/language-select';
import { Modal } from '../components/modal';
import { errorText } from '../format/issues';
import { useLocale } from '../hooks/use-locale';
import { useStore } from '../state/store';
import './sample-dialog.css';

type SampleList = CommandResponse<'samples.list'>;
type Loaded = { state: 'loading' } | { state: 'ready'; samples: SampleList } | { state: 'error'; error: AppError };

/**
 * "New plan from sample": the complete example plans, each with its title and what it shows,
 * and the language to write it in (the UI's by default). Creating opens the new plan.
 */
export function SampleDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (plan: PlanSummary) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [sample, setSample] = useState<SampleName | null>(null);
  const [language, setLanguage] = useState<Language>(locale);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  // The backend names each sample's texts by i18n key; they are shown in the UI's language.
  const byKey = (key: string) => String(t(key as never));
  const base = useId();
  const languageId = `${base}-language`;

  const load = useCallback(async () => {
    setLoaded({ state: 'loading' });
    const result = await getApi().invoke('samples.list', {});
    if (result.ok) {
      setLoaded({ state: 'ready', samples: result.value });
      setSample((current) => current ?? result.value[0]?.name ?? null);
    } else setLoaded({ state: 'error', error: result.error });
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // The list arrives after the dialog has opened: put focus on the chosen sample once it is there.
  const ready = loaded.state === 'ready';
  useEffect(() => {
    if (ready) document.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${base}-sample`)}"]:checked`)?.focus();
  }, [ready, base]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || sample === null) return;
    setBusy(true);
    setError(null);
    const result = await useStore
      .getState()
      .trackSave('plans.createFromSample', () => getApi().invoke('plans.createFromSample', { sample, language }), { report: false });
    setBusy(false);
    if (result.ok) {
      useStore.getState().acceptSummary(result.value);
      onCreated(result.value);
    } else setError(result.error);
  }

  return (
    <Modal title={t('samples.dialog.title')} description={t('samples.dialog.description')} onClose={onClose} size="lg">
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body sample-dialog">
          {error ? (
            <p className="form__error" role="alert">
              {t('samples.dialog.failed', { reason: errorText(error) })}
            </p>
          ) : null}
          {loaded.state === 'loading' ? (
            <p className="loading-text" aria-busy="true">
              {t('samples.dialog.loading')}
            </p>
          ) : loaded.state === 'error' ? (
            <div className="banner banner--danger" role="alert">
              <span>{t('samples.dialog.loadFailed', { reason: errorText(loaded.error) })}</span>
              <button type="button" className="button button--sm button--secondary" onClick={() => void load()}>
                {t('common.retry')}
              </button>
            </div>
          ) : (
            <fieldset className="form__section">
              <legend className="form__legend">{t('samples.dialog.samples')}</legend>
              <div className="sample-list">
                {loaded.samples.map((s) => {
                  const id = `${base}-sample-${s.name}`;
                  return (
                    <div key={s.name} className="sample-option">
                      <input
                        id={id}
                        className="sample-option__radio"
                        type="radio"
                        name={`${base}-sample`}
                        value={s.name}
                        checked={sample === s.name}
                        onChange={() => setSample(s.name)}
                        aria-describedby={`${id}-description`}
                      />
                      <label className="sample-option__label" htmlFor={id}>
                        <span className="sample-option__title">{byKey(s.title)}</span>
                        <span className="sample-option__description" id={`${id}-description`}>
                          {byKey(s.description)}
                        </span>
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          )}
          <Field id={languageId} label={t('samples.dialog.language')} hint={t('samples.dialog.languageHint')}>
            <LanguageSelect
              id={languageId}
              value={language}
              onChange={setLanguage}
              ariaProps={describedBy(languageId, null, t('samples.dialog.languageHint'))}
            />
          </Field>
        </div>
        <FormDialogFooter submitLabel={t('samples.dialog.submit')} busy={busy || sample === null} onCancel={onClose} />
      </form>
    </Modal>
  );
}
