import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';

/**
 * The UI's `t` and i18next instance, re-rendering the component when the language changes.
 *
 * Why not react-i18next's `useTranslation`: since v17 it copies every property of the i18next
 * instance into a new wrapper object for each component that mounts. A part page mounts hundreds
 * (every SWOT card, grid toolbar and field), and in the stress plan those copies took about 15 ms
 * of each step switch. The UI has one instance, one namespace and all resources loaded at start
 * (setup.ts), so nothing here needs Suspense or namespaces: one `{ t, i18n }` per language,
 * shared by every component.
 */
export type Translation = { t: TFunction<'translation'>; i18n: I18n };

let current: { language: string; value: Translation } | null = null;

/**
 * i18next's `t`, remembering the texts asked for without options: a render of a part page asks for
 * the same few dozen labels on every keystroke, and each lookup resolves the key again (about
 * 1 ms per keystroke in the stress plan). Texts with options (interpolation, plurals) are looked up each time.
 */
function rememberingT(base: TFunction<'translation'>): TFunction<'translation'> {
  const texts = new Map<string, unknown>();
  const lookup = base as unknown as (key: unknown, options?: unknown) => unknown;
  return ((key: unknown, options?: unknown) => {
    if (options !== undefined || typeof key !== 'string') return lookup(key, options);
    if (!texts.has(key)) texts.set(key, lookup(key));
    return texts.get(key);
  }) as unknown as TFunction<'translation'>;
}

function snapshot(): Translation {
  const language = i18next.language;
  if (!current || current.language !== language) current = { language, value: { t: rememberingT(i18next.getFixedT(language)), i18n: i18next } };
  return current.value;
}

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
}

export function useTranslation(): Translation {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
