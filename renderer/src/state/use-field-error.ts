import { useTranslation } from '../i18n/use-translation';
import { useStore } from './store';

/** The refusal of the value under `key` (see plan-edits.ts for the keys), in the UI's language, or null. */
export function useFieldError(key: string): string | null {
  // Subscribes to the language too: the message is translated when it is read.
  useTranslation();
  return useStore((s) => (key in s.fieldErrors ? s.fieldError(key) : null));
}
