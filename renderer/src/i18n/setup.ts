import i18next from 'i18next';
import type { Language } from '../../../shared/domain/primitives';
import { LOCALES, languageFromTag } from '../../../shared/i18n';

/** The language shown when the user hasn't picked one: the system's, mapped to one we have. */
export function systemLanguage(): Language {
  return languageFromTag(navigator.languages?.[0] ?? navigator.language);
}

export function resolveLanguage(choice: Language | null): Language {
  return choice ?? systemLanguage();
}

export async function setupI18n(initial: Language): Promise<void> {
  await i18next.init({
    resources: {
      en: { translation: LOCALES.en },
      'zh-CN': { translation: LOCALES['zh-CN'] },
    },
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    // React escapes already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(initial);
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}
