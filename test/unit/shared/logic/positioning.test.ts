import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../../shared/i18n/translate';
import { composePositioning, namesSegment, positioningBrand } from '../../../../shared/logic';

const parts = {
  forWhom: 'working parents in Hefei',
  need: 'want their child to think logically',
  category: 'small-class coding centre',
  benefit: 'takes every child from Scratch to Python.',
  unlikeWhom: 'large-class chains',
};

describe('composePositioning', () => {
  it('builds the classic English statement from the five parts', () => {
    expect(composePositioning(parts, 'Qihang', createTranslate('en'))).toBe(
      'For working parents in Hefei who want their child to think logically, Qihang is the small-class coding centre that takes every child from Scratch to Python, unlike large-class chains.',
    );
  });

  it('builds the Chinese statement with 针对…', () => {
    const zh = {
      forWhom: '合肥的双职工家长',
      need: '希望孩子学会逻辑思考',
      category: '小班制少儿编程中心',
      benefit: '带每个孩子从 Scratch 走到 Python。',
      unlikeWhom: '大班连锁机构',
    };
    expect(composePositioning(zh, '启航', createTranslate('zh-CN'))).toBe(
      '针对合肥的双职工家长，他们希望孩子学会逻辑思考。与大班连锁机构不同，启航是小班制少儿编程中心，带每个孩子从 Scratch 走到 Python。',
    );
  });

  it('shows an empty part as its bracketed name, and leaves out the “unlike” sentence when there is no alternative', () => {
    const statement = composePositioning({ ...parts, need: '  ', unlikeWhom: '' }, 'Qihang', createTranslate('en'));
    expect(statement).toBe(
      'For working parents in Hefei who [which need], Qihang is the small-class coding centre that takes every child from Scratch to Python.',
    );
    expect(composePositioning({ ...parts, category: '' }, '', createTranslate('zh-CN'))).toContain('【品牌】是【品类】');
  });
});

describe('positioningBrand', () => {
  it('is the client, else the plan’s name', () => {
    expect(positioningBrand({ client: ' Qihang ', name: 'Plan 2027' })).toBe('Qihang');
    expect(positioningBrand({ client: '', name: 'Plan 2027' })).toBe('Plan 2027');
  });
});

describe('namesSegment', () => {
  it('finds a segment named without its parenthetical note, in any case and spacing', () => {
    expect(namesSegment('For working  parents in Hefei', 'Working parents (within 5 km)')).toBe(true);
    expect(namesSegment('针对合肥的职场父母', '职场父母（5 公里内）')).toBe(true);
    expect(namesSegment('For Working parents (within 5 km)', 'Working parents (within 5 km)')).toBe(true);
  });

  it('does not find what is not there, nor an empty name', () => {
    expect(namesSegment('For retirees', 'Working parents (within 5 km)')).toBe(false);
    expect(namesSegment('anything', '  ')).toBe(false);
    expect(namesSegment('', 'Teachers')).toBe(false);
  });
});
