import { describe, expect, it } from 'vitest';
import { PART_KEYS } from '../../../../shared/domain/parts';
import { LANGUAGES } from '../../../../shared/domain/primitives';
import { LOCALES, languageFromTag } from '../../../../shared/i18n';
import { createTranslate } from '../../../../shared/i18n/translate';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a resource as `a.b.c` -> value; a non-string, non-object leaf is reported as a problem. */
function flatten(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree as Tree)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, tree);
  }
  return out;
}

function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
}

/** What the checks below report for two resources; kept separate so the checks themselves can be tested. */
function compareLocales(a: unknown, b: unknown): string[] {
  const problems: string[] = [];
  const fa = flatten(a);
  const fb = flatten(b);
  for (const key of fa.keys()) if (!fb.has(key)) problems.push(`missing in second: ${key}`);
  for (const key of fb.keys()) if (!fa.has(key)) problems.push(`missing in first: ${key}`);
  for (const [name, flat] of [
    ['first', fa],
    ['second', fb],
  ] as const) {
    for (const [key, value] of flat) {
      if (typeof value !== 'string') problems.push(`not a string in ${name}: ${key}`);
      else if (value.trim() === '') problems.push(`empty in ${name}: ${key}`);
    }
  }
  for (const [key, va] of fa) {
    const vb = fb.get(key);
    if (typeof va === 'string' && typeof vb === 'string') {
      const pa = placeholders(va).join(',');
      const pb = placeholders(vb).join(',');
      if (pa !== pb) problems.push(`placeholders differ at ${key}: {${pa}} vs {${pb}}`);
    }
  }
  return problems;
}

describe('locale resources', () => {
  it('cover every language of the domain', () => {
    expect(Object.keys(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} has exactly the keys of en, no empty value, and the same placeholders`, () => {
      expect(compareLocales(LOCALES.en, LOCALES[language])).toEqual([]);
    });
  }

  it('have the part titles of the domain reference, in order of PART_KEYS', () => {
    expect(PART_KEYS.map((k) => LOCALES.en.parts[k])).toEqual([
      'Executive summary',
      'Current marketing situation',
      'Threats and opportunities',
      'Objectives and issues',
      'Marketing strategy',
      'Action programs',
      'Budget',
      'Control',
    ]);
    expect(PART_KEYS.map((k) => LOCALES['zh-CN'].parts[k])).toEqual([
      '计划实施概要',
      '市场营销现状',
      '威胁和机会',
      '目标和问题',
      '市场营销战略',
      '行动方案',
      '预算',
      '控制',
    ]);
  });

  it('have an answer for every part', () => {
    for (const language of LANGUAGES) {
      const resource = LOCALES[language];
      for (const part of PART_KEYS) {
        expect(resource.partAnswers[part], `${language} partAnswers.${part}`).toBeTruthy();
      }
    }
  });
});

describe('the locale comparison', () => {
  it('finds a key present in only one language, at any depth', () => {
    expect(compareLocales({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })).toEqual(['missing in second: a.c']);
    expect(compareLocales({ a: 'x' }, { a: 'x', d: { e: 'z' } })).toEqual(['missing in first: d.e']);
  });

  it('finds an empty or blank value', () => {
    expect(compareLocales({ a: 'x' }, { a: '  ' })).toEqual(['empty in second: a']);
  });

  it('finds a branch where the other language has a string', () => {
    expect(compareLocales({ a: 'x' }, { a: { b: 'y' } })).toEqual(['missing in second: a', 'missing in first: a.b']);
  });

  it('finds placeholders that differ', () => {
    expect(compareLocales({ a: 'Hi {{name}}' }, { a: '你好 {{nme}}' })).toEqual(['placeholders differ at a: {name} vs {nme}']);
    expect(compareLocales({ a: '{{count}} of {{total}}' }, { a: '{{ total }} 中的 {{count}}' })).toEqual([]);
  });
});

describe('languageFromTag', () => {
  it('maps any Chinese tag to zh-CN and everything else to en', () => {
    expect(languageFromTag('zh')).toBe('zh-CN');
    expect(languageFromTag('zh-TW')).toBe('zh-CN');
    expect(languageFromTag('en-GB')).toBe('en');
    expect(languageFromTag('de')).toBe('en');
    expect(languageFromTag(undefined)).toBe('en');
  });
});

describe('English wording', () => {
  const english = [...flatten(LOCALES.en)].filter((entry): entry is [string, string] => typeof entry[1] === 'string');

  it('uses one term per concept: "program" (as in Action programs), "marketing spend"', () => {
    expect(english.filter(([, value]) => /programme/i.test(value)).map(([key]) => key)).toEqual([]);
    expect(english.filter(([, value]) => /marketing expenses/i.test(value)).map(([key]) => key)).toEqual([]);
  });

  it('says one of a thing in the singular', () => {
    const t = createTranslate('en');
    expect(t('objectivesEditor.count', { count: 1 })).toBe('1 objective');
    expect(t('objectivesEditor.count', { count: 3 })).toBe('3 objectives');
    expect(t('report.actions.objectivesRef', { list: '2', count: 1 })).toBe('objective 2');
    expect(t('report.actions.objectivesRef', { list: '2, 4', count: 2 })).toBe('objectives 2, 4');
    expect(t('budgetEditor.fill.added', { count: 1 })).toBe('1 line added.');
    expect(t('editor.grid.pasted', { count: 1 })).toBe('1 row pasted');
    expect(t('controlEditor.detail.pasted', { count: 1 })).toBe('1 period filled.');
    expect(t('charts.timelineMore', { count: 1 })).toBe('1 more action is not shown.');
    expect(createTranslate('zh-CN')('objectivesEditor.count', { count: 1 })).toBe('1 个目标');
  });
});
