import { useTranslation } from '../i18n/use-translation';
import { LANGUAGES, type Language } from '../../../shared/domain/primitives';

type LanguageSelectProps = {
  id: string;
  value: Language;
  onChange: (language: Language) => void;
  onBlur?: () => void;
  ariaProps?: Record<string, unknown>;
};

/** A plan's language (its report's), always named in that language itself. */
export function LanguageSelect({ id, value, onChange, onBlur, ariaProps }: LanguageSelectProps) {
  const { t } = useTranslation();
  return (
    <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value as Language)} onBlur={onBlur} {...ariaProps}>
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`languages.${language}`)}
        </option>
      ))}
    </select>
  );
}
