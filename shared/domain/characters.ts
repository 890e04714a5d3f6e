/**
 * The one rule for characters in a plan's text (docs/ARCHITECTURE.md, "Text"): every string must
 * be well-formed Unicode that XML 1.0 can carry, because every plan ends up in XML (the Word
 * report, its SVG charts). Refused at the boundary with the field's path, never silently changed:
 *
 * - C0 control characters other than tab, line feed and carriage return (U+0000–U+0008, U+000B,
 *   U+000C, U+000E–U+001F; U+000B is what Word's Shift+Enter pastes), and the noncharacters
 *   U+FFFE and U+FFFF: XML 1.0 has no way to write them.
 * - Lone UTF-16 surrogates (half of a pair): not text at all; SQLite would store them as invalid
 *   UTF-8 that other readers of the file fail on.
 *
 * The writers (docx, the charts' SVG) also drop them, defensively, with `stripXmlInvalid`: a
 * database written before this rule may hold them.
 */

// Matching control characters is this pattern's whole purpose.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_INVALID_ALL = new RegExp(XML_INVALID.source, 'g');

export type BadCharacter = { kind: 'control' | 'surrogate'; code: string; index: number };

/** `U+000B`: how a message names a character. */
export function codePointLabel(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character of `text` that the rule refuses, or null. */
export function findBadCharacter(text: string): BadCharacter | null {
  const m = XML_INVALID.exec(text);
  if (!m) return null;
  const unit = m[0].charCodeAt(0);
  return { kind: unit >= 0xd800 && unit <= 0xdfff ? 'surrogate' : 'control', code: codePointLabel(unit), index: m.index };
}

/** `text` without the characters the rule refuses: for writers of XML, as a last defence. */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID_ALL, '');
}

/** Every string in plain objects and arrays (not in buffers or class instances) passed through `stripXmlInvalid`. */
export function stripXmlInvalidDeep<T>(value: T): T {
  if (typeof value === 'string') return stripXmlInvalid(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => stripXmlInvalidDeep(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripXmlInvalidDeep(v)])) as T;
  }
  return value;
}

/** Every string anywhere in a JSON-like value, with its path (`plan.collections.kpis[0].metric`). */
export function findBadCharacters(
  value: unknown,
  path: (string | number)[] = [],
  out: { path: (string | number)[]; bad: BadCharacter }[] = [],
  limit = 50,
) {
  if (out.length >= limit) return out;
  if (typeof value === 'string') {
    const bad = findBadCharacter(value);
    if (bad) out.push({ path, bad });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findBadCharacters(v, [...path, i], out, limit));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const badKey = findBadCharacter(k);
      if (badKey) out.push({ path: [...path, k], bad: badKey });
      findBadCharacters(v, [...path, k], out, limit);
    }
  }
  return out;
}
