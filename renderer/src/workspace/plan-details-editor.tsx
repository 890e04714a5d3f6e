import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Plan } from '../../../shared/domain';
import { LIMITS } from '../../../shared/domain/primitives';
import { CurrencySelect } from '../components/currency-select';
import { describedBy, Field } from '../components/field';
import { LanguageSelect } from '../components/language-select';
import { useMetaAutosave, type MetaField } from './use-meta-autosave';

type TextFieldSpec = { field: MetaField; label: string; placeholder?: string; type?: 'text' | 'date'; autoComplete?: string };

/** The plan's header (what the report's cover shows), saved as the user types. */
export function PlanDetailsEditor({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t } = useTranslation();
  const autosave = useMetaAutosave(plan);
  const base = useId();
  const id = (field: MetaField) => `${base}-${field}`;

  const text = ({ field, label, placeholder, type = 'text', autoComplete = 'off' }: TextFieldSpec) => {
    const error = autosave.error(field);
    return (
      <Field id={id(field)} label={label} error={error}>
        <input
          id={id(field)}
          className="input"
          type={type}
          value={autosave.value(field)}
          placeholder={placeholder}
          maxLength={type === 'text' ? LIMITS.shortText : undefined}
          autoComplete={autoComplete}
          readOnly={readOnly}
          onFocus={() => autosave.focus(field)}
          onChange={(e) => autosave.change(field, e.target.value)}
          onBlur={() => autosave.blur(field)}
          {...describedBy(id(field), error)}
        />
      </Field>
    );
  };

  return (
    <section className="editor-card" aria-labelledby={`${base}-title`}>
      <header className="editor-card__header">
        <div>
          <p className="eyebrow">{plan.meta.name}</p>
          <h1 id={`${base}-title`} className="editor-card__title">
            {t('workspace.details')}
          </h1>
          <p className="editor-card__lead">{t('workspace.detailsDescription')}</p>
        </div>
      </header>
      <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset className="form__section" disabled={readOnly}>
          <legend className="form__legend">{t('details.sectionWho')}</legend>
          <div className="form__grid">
            <div className="form__full">{text({ field: 'name', label: t('details.name') })}</div>
            <div className="form__full">{text({ field: 'client', label: t('details.client'), autoComplete: 'organization' })}</div>
            {text({ field: 'author', label: t('details.author'), placeholder: t('details.authorPlaceholder'), autoComplete: 'name' })}
            {text({ field: 'versionLabel', label: t('details.versionLabel'), placeholder: t('details.versionPlaceholder') })}
          </div>
        </fieldset>
        <fieldset className="form__section" disabled={readOnly}>
          <legend className="form__legend">{t('details.sectionFormat')}</legend>
          <div className="form__grid">
            <Field id={id('currency')} label={t('details.currency')} error={autosave.error('currency')}>
              <CurrencySelect
                id={id('currency')}
                value={autosave.value('currency')}
                onChange={(code) => autosave.change('currency', code, { immediate: true })}
                ariaProps={describedBy(id('currency'), autosave.error('currency'))}
              />
            </Field>
            <Field id={id('language')} label={t('details.language')} error={autosave.error('language')}>
              <LanguageSelect
                id={id('language')}
                value={autosave.value('language') === 'zh-CN' ? 'zh-CN' : 'en'}
                onChange={(language) => autosave.change('language', language, { immediate: true })}
                ariaProps={describedBy(id('language'), autosave.error('language'))}
              />
            </Field>
            {text({ field: 'periodStart', label: t('details.periodStart'), type: 'date' })}
            {text({ field: 'periodEnd', label: t('details.periodEnd'), type: 'date' })}
          </div>
        </fieldset>
      </form>
      <p className="editor-card__footnote">{t('details.autosaveHint')}</p>
    </section>
  );
}
