import { describe, expect, it } from 'vitest';
import { FILE_MESSAGES, fileMessage, matchFileMessage, planFileName, readablePath, type FileMessageKey } from '../../../../shared/file-format';

describe('file messages', () => {
  it('match back to their key and parameters, so the UI can translate them', () => {
    const text = fileMessage('newerVersion', { version: 99, supported: 1 });
    expect(matchFileMessage(text)).toEqual({ key: 'newerVersion', params: { version: '99', supported: '1' } });
    const json = fileMessage('notJson', { line: 3, column: 14, reason: fileMessage('jsonUnexpected', { character: '“}”' }) });
    expect(matchFileMessage(json)).toEqual({ key: 'notJson', params: { line: '3', column: '14', reason: 'unexpected “}”' } });
    expect(matchFileMessage('must be an id (UUID)')).toBeNull();
  });

  it('every message without parameters matches only itself', () => {
    for (const key of Object.keys(FILE_MESSAGES) as FileMessageKey[]) {
      if (FILE_MESSAGES[key].includes('{{')) continue;
      expect(matchFileMessage(FILE_MESSAGES[key])?.key).toBe(key);
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
