import { describe, expect, it } from 'vitest';
import { message, VALIDATION_MESSAGES, type ValidationMessageKey } from '../../../../shared/domain/messages';
import { LOCALES } from '../../../../shared/i18n';
import { localizeErrorMessage, localizeFieldMessage, type Translate } from '../../../../shared/i18n/localize-message';

/** A minimal i18next-style lookup over our resources, enough to test the matching. */
function translator(language: 'en' | 'zh-CN'): Translate {
  return (key, params = {}) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], LOCALES[language]);
    return String(value).replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');
  };
}

describe('localized refusals', () => {
  const zh = translator('zh-CN');

  it('translates every validation message the Node side can make', () => {
    for (const key of Object.keys(VALIDATION_MESSAGES) as ValidationMessageKey[]) {
      const english = message(key, { max: 200, collection: 'objectives', code: 'U+000B' });
      const chinese = localizeFieldMessage(english, zh);
      expect(chinese, key).not.toBe(english);
      expect(chinese, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('carries the parameters into the translation', () => {
    expect(localizeFieldMessage('must be at most 200 characters', zh)).toBe('最多 200 个字符');
    expect(localizeFieldMessage('must be at most 200 characters', translator('en'))).toBe('must be at most 200 characters');
  });

  it('translates whole errors, including the field detail inside them', () => {
    expect(localizeErrorMessage('The request is not valid (name: must not be empty).', zh)).toBe('请求无效（name: 不能为空）。');
    expect(localizeErrorMessage('The plan was not found. It may have been deleted.', zh)).toBe('未找到，可能已被删除。');
    expect(localizeErrorMessage('The connection to Planwright was lost before it answered, so this change may not have been saved.', zh)).toBe('与 Planwright 的连接在回应之前中断，这项更改可能没有保存。');
  });

  it('leaves a message it does not know as it came', () => {
    expect(localizeFieldMessage('something new', zh)).toBe('something new');
    expect(localizeErrorMessage('Something went wrong: disk full. Nothing was changed.', zh)).toBe('Something went wrong: disk full. Nothing was changed.');
  });
});
