import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { createTranslate } from '../../../../shared/i18n/translate';
import type { HealthFinding } from '../../../../shared/logic/health';
import { composePositioning, namesSegment, positioningBrand } from '../../../../shared/logic/positioning';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { SparklesIcon } from '../../components/editor-icons';
import { TextArea, TextField, usePartField } from '../../components/form';
import { PlusIcon } from '../../components/icons';
import { useStore } from '../../state/store';
import { PartSection } from '../part-section';
import { FieldWarnings } from './field-warnings';

type Props = { targets: readonly { id: string; name: string }[]; warnings: readonly HealthFinding[]; language: 'en' | 'zh-CN'; readOnly: boolean };

/** Positioning (市场定位): the five parts of the statement, the statement composed from them, and whether it names the targets. */
export const PositioningSection = memo(function PositioningSection({ targets, warnings, language, readOnly }: Props) {
  const { t } = useTranslation();
  const forWhom = usePartField<string>('strategy', 'positioning.forWhom');
  const need = usePartField<string>('strategy', 'positioning.need');
  const category = usePartField<string>('strategy', 'positioning.category');
  const benefit = usePartField<string>('strategy', 'positioning.benefit');
  const unlikeWhom = usePartField<string>('strategy', 'positioning.unlikeWhom');
  const statement = usePartField<string>('strategy', 'positioning.statement');
  const [pending, setPending] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const statementRef = useRef<HTMLDivElement>(null);
  const focusAfterDialog = useRef(false);
  const suggestions = targets.filter((s) => s.name.trim() && !namesSegment(forWhom.value, s.name));

  function addTarget(name: string) {
    const current = forWhom.value.trim();
    // Joined as the plan's language joins two items ("A and B", "A和B").
    forWhom.onChange(current ? new Intl.ListFormat(language, { type: 'conjunction' }).format([current, name]) : name);
    void useStore.getState().flushEdits();
  }

  const focusStatement = () => statementRef.current?.querySelector('textarea')?.focus();

  // The dialog gives the focus back to its opener as it closes; the statement takes it after that.
  useEffect(() => {
    if (pending !== null || !focusAfterDialog.current) return;
    focusAfterDialog.current = false;
    focusStatement();
  }, [pending]);

  function apply(next: string, viaDialog = false) {
    const store = useStore.getState();
    const positioning = store.plan?.fields.strategy.positioning;
    if (!positioning) return;
    // Its own undo step, apart from the typing in the statement before and after.
    store.setPartFields('strategy', { positioning: { ...positioning, statement: next } }, { immediate: true, key: `strategy:compose:${Date.now()}` });
    setAnnouncement(t('strategyEditor.positioning.composed'));
    if (viaDialog) focusAfterDialog.current = true;
    else focusStatement();
  }

  function compose() {
    const plan = useStore.getState().plan;
    if (!plan) return;
    const parts = plan.fields.strategy.positioning;
    const next = composePositioning(parts, positioningBrand(plan.meta), createTranslate(plan.meta.language));
    if (parts.statement.trim() && parts.statement.trim() !== next) setPending(next);
    else apply(next);
  }

  return (
    <PartSection title={t('strategyEditor.sections.positioning')} lead={t('strategyEditor.sections.positioningLead')}>
      <div className="form__grid positioning__parts">
        <div className="form__full positioning__for-whom">
          <TextField
            label={t('strategyEditor.positioning.forWhom')}
            hint={t('strategyEditor.positioning.forWhomHint')}
            readOnly={readOnly}
            {...forWhom}
          />
          {!readOnly && suggestions.length > 0 ? (
            <div className="suggestions" role="group" aria-label={t('strategyEditor.positioning.suggestions')}>
              <span className="suggestions__label" aria-hidden="true">
                {t('strategyEditor.positioning.suggestions')}
              </span>
              {suggestions.map((s) => (
                <button
                  key={s.id}
                  type="button"
                  className="suggestion"
                  aria-label={t('strategyEditor.positioning.addSuggestion', { name: s.name })}
                  onClick={() => addTarget(s.name)}
                >
                  <PlusIcon size={12} />
                  {s.name}
                </button>
              ))}
            </div>
          ) : null}
        </div>
        <TextArea
          label={t('strategyEditor.positioning.need')}
          hint={t('strategyEditor.positioning.needHint')}
          rows={2}
          readOnly={readOnly}
          {...need}
        />
        <TextField
          label={t('strategyEditor.positioning.category')}
          hint={t('strategyEditor.positioning.categoryHint')}
          readOnly={readOnly}
          {...category}
        />
        <TextArea
          label={t('strategyEditor.positioning.benefit')}
          hint={t('strategyEditor.positioning.benefitHint')}
          rows={2}
          readOnly={readOnly}
          {...benefit}
        />
        <TextField
          label={t('strategyEditor.positioning.unlikeWhom')}
          hint={t('strategyEditor.positioning.unlikeWhomHint')}
          readOnly={readOnly}
          {...unlikeWhom}
        />
      </div>
      {readOnly ? null : (
        <div className="compose-bar">
          <button type="button" className="button button--secondary" onClick={compose}>
            <SparklesIcon />
            {t('strategyEditor.positioning.compose')}
          </button>
          <p className="compose-bar__hint">{t('strategyEditor.positioning.composeHint', { language: t(`languages.${language}`) })}</p>
        </div>
      )}
      <div ref={statementRef} className="positioning__statement">
        <TextArea
          label={t('strategyEditor.positioning.statement')}
          hint={t('strategyEditor.positioning.statementHint')}
          rows={4}
          readOnly={readOnly}
          {...statement}
        />
        <FieldWarnings findings={warnings} />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {pending !== null ? (
        <ConfirmDialog
          title={t('strategyEditor.positioning.replaceTitle')}
          body={t('strategyEditor.positioning.replaceBody')}
          confirmLabel={t('strategyEditor.positioning.replaceConfirm')}
          onConfirm={() => apply(pending, true)}
          onClose={() => setPending(null)}
        />
      ) : null}
    </PartSection>
  );
});
