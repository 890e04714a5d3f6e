import type { Language } from '../domain';
import { en } from './en';
import type { LocaleResource } from './types';
import { zhCN } from './zh-CN';

export type { LocaleResource, LocaleShape } from './types';

/** Every language the UI and the report speak, keyed by the domain's language code. */
export const LOCALES: Record<Language, LocaleResource> = {
  en,
  'zh-CN': zhCN,
};

/** What `navigator.language` (or any BCP 47 tag) maps to when the user hasn't chosen: zh* -> zh-CN, else en. */
export function languageFromTag(tag: string | undefined | null): Language {
  return tag && tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
export * from './localize-issue';
