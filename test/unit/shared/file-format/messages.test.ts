import { describe, expect, it } from 'vitest';
import { refOf } from '../../../../shared/contracts/message-ref';
import { FILE_MESSAGES, fileMessage, planFileName, readablePath, type FileMessageKey } from '../../../../shared/file-format';

describe('file messages', () => {
  it('carry the key and parameters they were made from, so the UI translates from those', () => {
    const text = fileMessage('newerVersion', { version: 99, supported: 1 });
    expect(refOf(text)).toEqual({ key: 'planFiles.problems.newerVersion', params: { version: 99, supported: 1 } });
    const reason = fileMessage('jsonUnexpected', { character: '“}”' });
    const json = fileMessage('notJson', { line: 3, column: 14, reason });
    expect(refOf(json)).toEqual({ key: 'planFiles.problems.notJson', params: { line: 3, column: 14, reason: 'unexpected “}”' } });
    expect(refOf(reason)).toEqual({ key: 'planFiles.problems.jsonUnexpected', params: { character: '“}”' } });
    expect(refOf('some text no template made')).toBeUndefined();
  });

  it('every message is made with its own key', () => {
    for (const key of Object.keys(FILE_MESSAGES) as FileMessageKey[]) {
      expect(
        refOf(fileMessage(key, { max: 1, version: 2, supported: 1, count: 3, line: 1, column: 1, reason: 'r', character: 'x', offset: 4 }))?.key,
      ).toBe(`planFiles.problems.${key}`);
    }
  });
});

describe('paths', () => {
  it.each([
    [['plan', 'collections', 'actions', 3, 'end'], 'actions[3].end'],
    [['plan', 'meta', 'name'], 'meta.name'],
    [['plan', 'fields', 'budget', 'fixedCosts'], 'budget.fixedCosts'],
    [['plan', 'collections'], 'collections'],
    [['plan'], 'plan'],
    [['app', 'version'], 'app.version'],
    [[], ''],
  ])('%j reads %j', (path, readable) => {
    expect(readablePath(path)).toBe(readable);
  });
});

describe('file names', () => {
  it.each([
    ['Spring launch', 'Spring launch.mplan'],
    ['春季招生 🎓', '春季招生 🎓.mplan'],
    ['Q1/Q2: plan*?', 'Q1-Q2- plan-.mplan'],
    ['..\\..\\evil', 'evil.mplan'],
    ['.hidden', 'hidden.mplan'],
    ['   ', 'plan.mplan'],
    ['a\u0000b\nc', 'a-b-c.mplan'],
  ])('%j → %j', (name, file) => {
    expect(planFileName(name)).toBe(file);
  });

  it('keeps long names short, without splitting a character', () => {
    const file = planFileName('长'.repeat(300));
    expect(file).toBe(`${'长'.repeat(150)}.mplan`);
    expect(planFileName('😀'.repeat(200))).toBe(`${'😀'.repeat(150)}.mplan`);
  });
});
