import { useTranslation } from '../i18n/use-translation';
import { currencyName, currencyOptions } from '../format/currencies';
import { useLocale } from '../hooks/use-locale';

type CurrencySelectProps = {
  id: string;
  value: string;
  onChange: (code: string) => void;
  onBlur?: () => void;
  ariaProps?: Record<string, unknown>;
};

export function CurrencySelect({ id, value, onChange, onBlur, ariaProps }: CurrencySelectProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} {...ariaProps}>
      {currencyOptions(value).map((code) => (
        <option key={code} value={code}>
          {t('currencies.label', { code, name: currencyName(code, locale) })}
        </option>
      ))}
    </select>
  );
}
