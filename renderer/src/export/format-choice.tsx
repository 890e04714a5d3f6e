import { useTranslation } from '../i18n/use-translation';
import { REPORT_FORMATS, type ReportFormat } from '../../../shared/report/options';

type FormatChoiceProps = { name: string; value: ReportFormat; onChange: (format: ReportFormat) => void };

/** Word, PDF or Markdown as three radio cards: one tab stop, arrows move between them. */
export function FormatChoice({ name, value, onChange }: FormatChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-group">
      <legend className="export-group__legend">{t('exportDialog.format')}</legend>
      <div className="export-formats">
        {REPORT_FORMATS.map((format) => {
          const id = `${name}-${format}`;
          return (
            <div key={format} className={`export-format export-format--${format}`}>
              <input
                id={id}
                className="export-format__radio"
                type="radio"
                name={name}
                value={format}
                checked={value === format}
                onChange={() => onChange(format)}
                aria-describedby={`${id}-hint`}
                data-autofocus={value === format ? true : undefined}
              />
              <span className="export-format__glyph" aria-hidden="true">
                {format.toUpperCase()}
              </span>
              <span className="export-format__text">
                <label className="export-format__name" htmlFor={id}>
                  {t(`exportDialog.formats.${format}`)}
                </label>
                <span className="export-format__hint" id={`${id}-hint`}>
                  {t(`exportDialog.formatHints.${format}`)}
                </span>
              </span>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
