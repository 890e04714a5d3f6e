import { memo, useId, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Evidence } from '../../../../shared/domain/swot';
import { CloseIcon } from '../../components/icons';
import { findEvidence, parseEvidenceValue, type EvidenceGroup } from './evidence-options';

type EvidencePickerProps = {
  value: Evidence | null;
  groups: readonly EvidenceGroup[];
  onChange(value: Evidence | null): void;
  error?: string | null;
  readOnly?: boolean;
};

/**
 * The situation finding a SWOT item rests on. Without one: a picker of the situation rows,
 * grouped by table. With one: a chip naming it ("Competitor · CodeFuture") and a button that
 * removes it (the picker then takes the focus, to choose another).
 */
export const EvidencePicker = memo(function EvidencePicker({ value, groups, onChange, error, readOnly = false }: EvidencePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const errorId = error ? `${id}-error` : undefined;

  const remove = () => {
    onChange(null);
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('select')?.focus());
  };

  let control;
  if (value) {
    const option = findEvidence(groups, value);
    const kindName = t(`swotEditor.evidenceKinds.${value.kind}`);
    const optionName = option?.label ?? t('swotEditor.evidenceMissing');
    control = (
      <span
        className={`evidence-chip${option ? '' : ' evidence-chip--missing'}`}
        role="group"
        aria-label={`${t('swotEditor.evidence')}: ${kindName} · ${optionName}`}
      >
        <span className="evidence-chip__text" title={optionName}>
          <span className="evidence-chip__kind">{kindName}</span>
          <span className="evidence-chip__sep" aria-hidden="true">
            {' · '}
          </span>
          <span className="evidence-chip__name">{optionName}</span>
        </span>
        {readOnly ? null : (
          <button
            type="button"
            className="evidence-chip__remove"
            aria-label={t('swotEditor.evidenceRemove')}
            title={t('swotEditor.evidenceRemove')}
            onClick={remove}
            onKeyDown={(e) => {
              if (e.key === 'Delete' || e.key === 'Backspace') {
                e.preventDefault();
                remove();
              }
            }}
          >
            <CloseIcon size={12} />
          </button>
        )}
      </span>
    );
  } else if (readOnly) {
    control = <span className="evidence-field__none">—</span>;
  } else {
    const empty = groups.length === 0;
    control = (
      <select
        id={id}
        className="select evidence-select"
        value=""
        disabled={empty}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        onChange={(e) => {
          const next = parseEvidenceValue(e.target.value);
          if (next) onChange(next);
          // The chip replaces the picker: keep the focus on this item, on the chip's button.
          requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('.evidence-chip__remove')?.focus());
        }}
      >
        <option value="">{empty ? t('swotEditor.evidenceNone') : t('swotEditor.evidenceChoose')}</option>
        {groups.map((group) => (
          <optgroup key={group.kind} label={t(`editor.collections.${group.collection}`)}>
            {group.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    );
  }

  return (
    <div ref={root} className={`evidence-field${error ? ' evidence-field--invalid' : ''}`}>
      {value || readOnly ? (
        <span className="evidence-field__label" aria-hidden={value ? true : undefined}>
          {t('swotEditor.evidence')}
        </span>
      ) : (
        <label className="evidence-field__label" htmlFor={id}>
          {t('swotEditor.evidence')}
        </label>
      )}
      {control}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
});
