import { describe, expect, it } from 'vitest';
import { findBadCharacter, Plan, stripXmlInvalid } from '../../../../shared/domain';
import { parsePlanFile, serializePlanFile } from '../../../../shared/file-format';
import { fullPlan } from '../../helpers/full-plan';
import { editLeaves, stringLeaves, XML_INVALID_CHARACTERS } from '../../helpers/text-leaves';

const pathText = (path: readonly PropertyKey[]) => path.map(String).join('/');

describe('the one rule for characters', () => {
  it('allows tab, line feed, carriage return, Chinese, emoji and every other character XML can carry', () => {
    for (const text of ['a\tb\nc\r\nd', '春季招生 🎓', '\u007f\u0085\u00a0\u2028\ufeff\ufffd', '\u{10ffff}', '\ud83c\udf93']) {
      expect(findBadCharacter(text), JSON.stringify(text)).toBeNull();
      expect(stripXmlInvalid(text)).toBe(text);
    }
  });

  it('names each refused character', () => {
    expect(XML_INVALID_CHARACTERS).toHaveLength(35);
    for (const ch of XML_INVALID_CHARACTERS) {
      const bad = findBadCharacter(`ok ${ch} ok`);
      expect(bad, JSON.stringify(ch)).not.toBeNull();
      expect(bad!.index).toBe(3);
      expect(bad!.code).toBe(`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
      expect(stripXmlInvalid(`ok ${ch} ok`)).toBe('ok  ok');
    }
  });

  // Every string of a plan with every link and every collection filled, each character in turn:
  // none may be accepted anywhere, and text fields say which character and where.
  const plan = fullPlan();
  // Rich-text node tags (`type`) are literals: any change refuses the whole node, so they are left as they are.
  const leaves = stringLeaves(plan).filter((l) => l.path[l.path.length - 1] !== 'type');

  it.each(XML_INVALID_CHARACTERS.map((ch) => [`U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}`, ch]))(
    '%s is refused in every text field of the plan, with the field’s path',
    (_, ch) => {
      const bad = editLeaves(
        plan,
        leaves.map((l) => l.path),
        (old) => `a${ch}b${old}`,
      );
      const result = Plan.safeParse(bad);
      expect(result.success).toBe(false);
      const refused = new Map(result.error!.issues.map((i) => [pathText(i.path), i.message]));
      const missed = leaves.map((l) => pathText(l.path)).filter((p) => !refused.has(p));
      expect(missed).toEqual([]);
      const textFields = leaves.filter((l) => /character \(U\+/.test(refused.get(pathText(l.path))!));
      // Names, statements, notes, units, rich text: the free text, not ids, dates or codes.
      expect(textFields.length).toBeGreaterThan(40);
      expect(refused.get('collections/kpis/0/metric')).toMatch(/\(U\+[0-9A-F]{4}/);
      expect(refused.get('collections/kpis/0/unit')).toMatch(/\(U\+[0-9A-F]{4}/);
      expect(refused.get('fields/summary/narrative/content/0/content/0/text')).toMatch(/\(U\+[0-9A-F]{4}/);
    },
  );

  it('the plan-file parser refuses them with the path in the file', () => {
    const text = serializePlanFile(
      editLeaves(plan, [['collections', 'kpis', 0, 'metric']], () => 'Enrolments\u000bper term'),
      { app: { name: 'Planwright', version: 'test' }, exportedAt: '2026-12-01T00:00:00.000Z' },
    );
    const parsed = parsePlanFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      {
        path: 'kpis[0].metric',
        message: 'contains an invisible control character (U+000B) that cannot be saved; delete it',
        key: 'validation.controlCharacter',
        params: { code: 'U+000B' },
      },
    ]);
    // A lone surrogate written as a JSON escape is refused too, not stored as broken UTF-8.
    const broken = parsePlanFile(text.replace('Enrolments\\u000bper term', 'Enrolments \\ud83c'));
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.problems[0]).toEqual({
        path: 'kpis[0].metric',
        message: 'contains a broken character (U+D83C, half of a pair); type it again',
        key: 'validation.brokenCharacter',
        params: { code: 'U+D83C' },
      });
    }
  });
});
