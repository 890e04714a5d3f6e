import type { Language } from '../domain';
import { LIMITS } from '../limits';

/** The suffix of a renamed import without an author, in the plan's own language, as a copy's is. */
const IMPORTED_SUFFIX: Record<Language, (n: number) => string> = {
  en: (n) => (n === 1 ? ' (imported)' : ` (imported ${n})`),
  'zh-CN': (n) => (n === 1 ? '（导入）' : `（导入 ${n}）`),
};

/** A second file of the same author and name: "Spring plan — Li Wei (2)". */
const NUMBER_SUFFIX: Record<Language, (n: number) => string> = {
  en: (n) => ` (${n})`,
  'zh-CN': (n) => `（${n}）`,
};

/** The longest start of `text` within `max` UTF-16 units (a name's limit), never half a character. */
export function fitName(text: string, max: number = LIMITS.shortText): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * The name an imported plan gets beside the plans already in the library (`taken`, the trash
 * included). A free name is kept. A class's files usually share one name (every participant
 * started from the same hand-out), so a taken name is told apart by its author — "Spring plan —
 * Li Wei" — and only a file without an author falls back to "(imported)", "(imported 2)", ….
 */
export function sideBySideName(name: string, author: string, taken: ReadonlySet<string>, language: Language): string {
  if (!taken.has(name)) return name;
  const who = author.trim();
  if (who === '') {
    for (let n = 1; ; n += 1) {
      const suffix = IMPORTED_SUFFIX[language](n);
      const candidate = `${fitName(name, LIMITS.shortText - suffix.length)}${suffix}`;
      if (!taken.has(candidate)) return candidate;
    }
  }
  const byAuthor = ` — ${who}`;
  const named = `${fitName(name, Math.max(1, LIMITS.shortText - byAuthor.length))}${byAuthor}`;
  const base = fitName(named);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = NUMBER_SUFFIX[language](n);
    const candidate = `${fitName(base, LIMITS.shortText - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
