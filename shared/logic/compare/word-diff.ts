import { diffWords } from 'diff';
import type { Language } from '../../domain';

/** A run of text in a field's word-level difference: kept, added in the newer text, or removed from the older. */
export type TextPiece = { text: string; change: 'same' | 'added' | 'removed' };

const segmenters = new Map<Language, Intl.Segmenter>();

/** One segmenter per language: Chinese is split into words by ICU's dictionary, not into sentences or characters. */
function segmenter(language: Language): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

/**
 * The word-level difference of two texts (jsdiff's diffWords over Intl.Segmenter's words for the
 * plan's language), as pieces whose kept and removed parts make the old text and whose kept and
 * added parts make the new one.
 */
export function wordDiff(before: string, after: string, language: Language): TextPiece[] {
  if (before === after) return before ? [{ text: before, change: 'same' }] : [];
  const changes = diffWords(before, after, { intlSegmenter: segmenter(language) });
  return changes.filter((c) => c.value !== '').map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}
