import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { PlanSummary } from '../../../shared/contracts/views';
import type { Language } from '../../../shared/domain/primitives';
import { CurrencySelect } from '../components/currency-select';
import { describedBy, Field } from '../components/field';
import { LanguageSelect } from '../components/language-select';
import { Modal } from '../components/modal';
import { defaultCurrency } from '../format/currencies';
import { defaultPeriod } from '../format/dates';
import { errorText, issuesByField } from '../format/issues';
import { useLocale } from '../hooks/use-locale';
import { useStore } from '../state/store';
import type { AppError } from '../../../shared/contracts/result';
import { FormDialogFooter } from '../components/form-dialog-footer';

type Draft = { name: string; client: string; currency: string; language: Language; periodStart: string; periodEnd: string };

function initialDraft(uiLanguage: Language): Draft {
  const period = defaultPeriod();
  return {
    name: '',
    client: '',
    currency: defaultCurrency(uiLanguage),
    language: uiLanguage,
    periodStart: period.start,
    periodEnd: period.end,
  };
}

export function NewPlanDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (plan: PlanSummary) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const createPlan = useStore((s) => s.createPlan);
  const [draft, setDraft] = useState<Draft>(() => initialDraft(locale));
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const base = useId();
  const ids = {
    name: `${base}-name`,
    client: `${base}-client`,
    currency: `${base}-currency`,
    language: `${base}-language`,
    periodStart: `${base}-start`,
    periodEnd: `${base}-end`,
  };
  const issues = issuesByField(error);
  const generalError = error && Object.keys(issues).length === 0 ? errorText(error) : null;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await createPlan(draft);
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  }

  return (
    <Modal title={t('newPlan.title')} description={t('newPlan.description')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body form__grid">
          {generalError ? (
            <p className="form__error" role="alert">
              {t('newPlan.failed', { reason: generalError })}
            </p>
          ) : null}
          <Field id={ids.name} label={t('newPlan.name')} error={issues.name} className="form__full">
            <input
              id={ids.name}
              className="input"
              value={draft.name}
              placeholder={t('newPlan.namePlaceholder')}
              data-autofocus
              autoComplete="off"
              onChange={(e) => set('name', e.target.value)}
              {...describedBy(ids.name, issues.name)}
            />
          </Field>
          <Field id={ids.client} label={t('newPlan.client')} error={issues.client} className="form__full">
            <input
              id={ids.client}
              className="input"
              value={draft.client}
              placeholder={t('newPlan.clientPlaceholder')}
              autoComplete="organization"
              onChange={(e) => set('client', e.target.value)}
              {...describedBy(ids.client, issues.client)}
            />
          </Field>
          <Field id={ids.currency} label={t('newPlan.currency')} error={issues.currency}>
            <CurrencySelect
              id={ids.currency}
              value={draft.currency}
              onChange={(v) => set('currency', v)}
              ariaProps={describedBy(ids.currency, issues.currency)}
            />
          </Field>
          <Field id={ids.language} label={t('newPlan.language')} error={issues.language} hint={t('newPlan.languageHint')}>
            <LanguageSelect
              id={ids.language}
              value={draft.language}
              onChange={(v) => set('language', v)}
              ariaProps={describedBy(ids.language, issues.language, t('newPlan.languageHint'))}
            />
          </Field>
          <Field id={ids.periodStart} label={t('newPlan.periodStart')} error={issues.periodStart}>
            <input
              id={ids.periodStart}
              className="input"
              type="date"
              value={draft.periodStart}
              onChange={(e) => set('periodStart', e.target.value)}
              {...describedBy(ids.periodStart, issues.periodStart)}
            />
          </Field>
          <Field id={ids.periodEnd} label={t('newPlan.periodEnd')} error={issues.periodEnd}>
            <input
              id={ids.periodEnd}
              className="input"
              type="date"
              value={draft.periodEnd}
              onChange={(e) => set('periodEnd', e.target.value)}
              {...describedBy(ids.periodEnd, issues.periodEnd)}
            />
          </Field>
        </div>
        <FormDialogFooter submitLabel={t('newPlan.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
