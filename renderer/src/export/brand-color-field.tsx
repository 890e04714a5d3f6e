import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { BRAND_SWATCHES, normalizeHex } from './brand-colors';

type BrandColorFieldProps = {
  id: string;
  value: string;
  onChange: (color: string) => void;
  /** Whether the hex box holds something that is not a colour (Export waits until it does). */
  onValidity: (valid: boolean) => void;
};

/** Preset swatches (radios), the system colour picker, and the hex code written out and editable. */
export function BrandColorField({ id, value, onChange, onValidity }: BrandColorFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const invalid = normalizeHex(text) === null;

  // A swatch or the picker changed the colour: the box shows it (unless it already means it).
  useEffect(() => {
    setText((current) => (normalizeHex(current) === value ? current : value));
  }, [value]);
  useEffect(() => onValidity(!invalid), [invalid, onValidity]);

  const hexId = `${id}-hex`;
  return (
    <fieldset className={`export-group${invalid ? ' export-group--invalid' : ''}`} aria-describedby={invalid ? `${hexId}-error` : undefined}>
      <legend className="export-group__legend">{t('exportDialog.brandColor')}</legend>
      <div className="export-color">
        <div className="export-swatches">
          {BRAND_SWATCHES.map((swatch) => {
            const swatchId = `${id}-${swatch.key}`;
            const name = t(`exportDialog.swatches.${swatch.key}`);
            return (
              <span key={swatch.key} className="export-swatch" title={`${name} ${swatch.color}`}>
                <input
                  id={swatchId}
                  className="export-swatch__radio"
                  type="radio"
                  name={`${id}-swatch`}
                  value={swatch.color}
                  checked={value === swatch.color}
                  onChange={() => onChange(swatch.color)}
                  aria-label={name}
                  style={{ backgroundColor: swatch.color }}
                />
              </span>
            );
          })}
        </div>
        <span className="export-color__custom">
          <input
            type="color"
            className="export-color__picker"
            value={normalizeHex(text) ?? value}
            onChange={(e) => onChange(e.target.value.toUpperCase())}
            aria-label={t('exportDialog.customColor')}
            title={t('exportDialog.customColor')}
          />
          <label className="export-color__hex-label" htmlFor={hexId}>
            {t('exportDialog.hex')}
          </label>
          <input
            id={hexId}
            className="input export-color__hex num"
            value={text}
            maxLength={7}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${hexId}-error` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              const hex = normalizeHex(e.target.value);
              if (hex) onChange(hex);
            }}
            onBlur={() => {
              const hex = normalizeHex(text);
              if (hex) setText(hex);
            }}
          />
        </span>
      </div>
      {invalid ? (
        <p className="field__error" id={`${hexId}-error`} role="alert">
          {t('exportDialog.hexInvalid')}
        </p>
      ) : null}
    </fieldset>
  );
}
