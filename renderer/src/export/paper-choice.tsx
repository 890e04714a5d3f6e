import { useTranslation } from '../i18n/use-translation';
import { PAPER_SIZES, type PaperSize } from '../../../shared/report/options';

type PaperChoiceProps = { name: string; value: PaperSize; onChange: (paper: PaperSize) => void };

/** A4 or Letter as a segmented pair of radios, each with its dimensions. */
export function PaperChoice({ name, value, onChange }: PaperChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-group export-paper">
      <legend className="export-group__legend">{t('exportDialog.paper')}</legend>
      <div className="export-segmented">
        {PAPER_SIZES.map((paper) => {
          const id = `${name}-${paper}`;
          return (
            <div key={paper} className="export-segmented__item">
              <input
                id={id}
                className="export-segmented__radio"
                type="radio"
                name={name}
                value={paper}
                checked={value === paper}
                onChange={() => onChange(paper)}
              />
              <label htmlFor={id} className="export-segmented__label">
                <span className="export-segmented__name">{t(`exportDialog.paperSizes.${paper}`)}</span>
                <span className="export-segmented__hint num">{t(`exportDialog.paperHints.${paper}`)}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
