import { useTranslation } from '../i18n/use-translation';
import { PART_KEYS, type PartKey } from '../../../shared/domain/parts';
import { orderParts } from '../../../shared/report/options';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';

type PartsPickerProps = { id: string; value: readonly PartKey[]; onChange: (parts: PartKey[]) => void };

/** The eight parts in plan order, each a checkbox, with All and None; at least one must stay. */
export function PartsPicker({ id, value, onChange }: PartsPickerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const empty = value.length === 0;
  const count = t('exportDialog.partsCount', { count: formatInteger(value.length, locale), total: formatInteger(PART_KEYS.length, locale) });
  const toggle = (part: PartKey, on: boolean) => onChange(orderParts(on ? [...value, part] : value.filter((p) => p !== part)));
  return (
    <fieldset className={`export-group export-parts${empty ? ' export-group--invalid' : ''}`} aria-describedby={empty ? `${id}-error` : undefined}>
      <legend className="visually-hidden">{t('exportDialog.parts')}</legend>
      {/* The legend names the group; this row shows it beside the count and the All/None buttons. */}
      <div className="export-parts__header">
        <span className="export-group__legend" aria-hidden="true">
          {t('exportDialog.parts')}
        </span>
        <span className="export-parts__count num" aria-live="polite">
          {count}
        </span>
        <span className="export-parts__bulk">
          <button
            type="button"
            className="button button--ghost button--sm"
            onClick={() => onChange([...PART_KEYS])}
            disabled={value.length === PART_KEYS.length}
          >
            {t('exportDialog.all')}
          </button>
          <button type="button" className="button button--ghost button--sm" onClick={() => onChange([])} disabled={empty}>
            {t('exportDialog.none')}
          </button>
        </span>
      </div>
      <ol className="export-parts__list">
        {PART_KEYS.map((part, index) => {
          const checkboxId = `${id}-${part}`;
          return (
            <li key={part} className="export-part">
              <input
                id={checkboxId}
                type="checkbox"
                className="export-part__check"
                checked={value.includes(part)}
                onChange={(e) => toggle(part, e.target.checked)}
              />
              <label htmlFor={checkboxId} className="export-part__label">
                <span className="export-part__number num" aria-hidden="true">
                  {formatInteger(index + 1, locale)}
                </span>
                {t(`parts.${part}`)}
              </label>
            </li>
          );
        })}
      </ol>
      {empty ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t('exportDialog.partsRequired')}
        </p>
      ) : null}
    </fieldset>
  );
}
