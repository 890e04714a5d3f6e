import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/primitives';

/** The UI language, also the locale for Intl number and date formatting. */
export function useLocale(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}
