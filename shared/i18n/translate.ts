import type { Language } from '../domain';
import { LOCALES } from './index';

import type { Translate } from './types';

export type { Translate } from './types';

function lookup(resource: unknown, key: string): string | undefined {
  let node: unknown = resource;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A translator over the same resources the UI uses, for code that runs without i18next (the
 * report in Node, the CLI). Falls back to English, then to the key, as i18next does.
 */
export function createTranslate(language: Language): Translate {
  const plurals = new Intl.PluralRules(language);
  // As i18next: with a numeric `count`, "key_one" / "key_other" by the language's plural rules.
  const find = (resource: unknown, key: string, count: unknown) =>
    (typeof count === 'number' ? (lookup(resource, `${key}_${plurals.select(count)}`) ?? lookup(resource, `${key}_other`)) : undefined) ??
    lookup(resource, key);
  return (key, params) => {
    const template = find(LOCALES[language], key, params?.count) ?? find(LOCALES.en, key, params?.count) ?? key;
    return params ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
  };
}
