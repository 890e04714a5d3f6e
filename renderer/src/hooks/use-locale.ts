import { useTranslation } from '../i18n/use-translation';
import type { Language } from '../../../shared/domain/primitives';

/** The UI language, also the locale for Intl number and date formatting. */
export function useLocale(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}
