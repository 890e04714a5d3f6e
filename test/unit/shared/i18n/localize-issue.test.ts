import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, fail, type AppError } from '../../../../shared/contracts/result';
import { message, VALIDATION_MESSAGES, type ValidationMessageKey } from '../../../../shared/domain/messages';
import { fileMessage } from '../../../../shared/file-format';
import { localizeError, localizeIssue } from '../../../../shared/i18n/localize-issue';
import { createTranslate } from '../../../../shared/i18n/translate';
import { fieldIssue } from '../../../../shared/contracts/result';

const zh = createTranslate('zh-CN');
const en = createTranslate('en');

describe('refusals travel as keys and parameters', () => {
  it('every validation message makes an issue that carries its key, and reads in Chinese', () => {
    for (const key of Object.keys(VALIDATION_MESSAGES) as ValidationMessageKey[]) {
      const english = message(key, { max: 200, collection: 'objectives', code: 'U+000B' });
      const issue = fieldIssue('name', english);
      expect(issue.key, key).toBe(`validation.${key}`);
      const chinese = localizeIssue(issue, zh);
      expect(chinese, key).toMatch(/[\u4e00-\u9fff]/);
      expect(localizeIssue(issue, en), key).toBe(english);
    }
  });

  it('translates from the key, whatever the English says: rewording a message cannot break it', () => {
    // An issue from the other process, whose English was since reworded: the key decides.
    const reworded = { path: 'name', message: 'is longer than the 200 characters allowed', key: 'validation.tooLong', params: { max: 200 } };
    expect(localizeIssue(reworded, zh)).toBe('最多 200 个字符');
  });

  it('translates a parameter that is itself a message (a file’s JSON error inside “not valid JSON”)', () => {
    const text = fileMessage('notJson', { line: 3, column: 14, reason: fileMessage('jsonUnexpected', { character: '“}”' }) });
    const chinese = localizeIssue(fieldIssue('', text), zh);
    expect(chinese).toMatch(/3/);
    expect(chinese).not.toContain('unexpected');
  });

  it('translates whole errors by their reason, the field detail of an invalid request included', () => {
    const invalid: AppError = {
      code: 'invalid',
      message: 'The request is not valid (name: must not be empty).',
      reason: 'invalidRequest',
      params: { detail: 'name: must not be empty' },
      issues: [fieldIssue('name', message('empty'))],
    };
    expect(localizeError(invalid, zh)).toBe('请求无效（name: 不能为空）。');
    expect(localizeError(fail('not_found', 'Plan 1 was not found. It may have been deleted.', [], { reason: 'notFound' }).error, zh)).toBe(
      '未找到，可能已被删除。',
    );
    expect(localizeError(fail('internal', 'lost', [], { reason: 'connectionLost' }).error, zh)).toBe(
      '与 Planwright 的连接在回应之前中断，这项更改可能没有保存。',
    );
    expect(localizeError(fail('unavailable', 'PDF export needs LibreOffice …', [], { reason: 'libreOfficeMissing' }).error, zh)).toMatch(
      /LibreOffice/,
    );
  });

  it('has a translation for every reason, in both languages', () => {
    for (const reason of ERROR_REASONS) {
      expect(en(`errors.${reason}`), reason).not.toBe(`errors.${reason}`);
      expect(zh(`errors.${reason}`), reason).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('shows an error without a reason, or text no template made, as it came', () => {
    expect(localizeIssue({ message: 'something new' }, zh)).toBe('something new');
    expect(localizeError(fail('internal', 'Something went wrong: disk full. Nothing was changed.').error, zh)).toBe(
      'Something went wrong: disk full. Nothing was changed.',
    );
  });
});
