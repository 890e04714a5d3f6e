import { describe, expect, it } from 'vitest';
import { chineseNumeral, headingNumber } from '../../../../shared/report/numbering';

describe('heading numbers', () => {
  it('writes Chinese numerals as Chinese documents do', () => {
    expect([1, 2, 8, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '二', '八', '十', '十一', '十九', '二十', '二十一', '九十九']);
    expect(chineseNumeral(100)).toBe('100');
  });

  it('numbers parts, sections and subsections per language', () => {
    expect(headingNumber('en', [3], 'Threats and opportunities')).toEqual({ number: '3', label: '3\u2003Threats and opportunities' });
    expect(headingNumber('en', [3, 2, 1], 'TOWS')).toEqual({ number: '3.2.1', label: '3.2.1\u2003TOWS' });
    expect(headingNumber('zh-CN', [3], '威胁和机会')).toEqual({ number: '第三部分', label: '第三部分\u3000威胁和机会' });
    expect(headingNumber('zh-CN', [3, 2], '依据').label).toBe('二、依据');
    expect(headingNumber('zh-CN', [3, 2, 4], '竞争对手').label).toBe('（四）竞争对手');
  });
});
