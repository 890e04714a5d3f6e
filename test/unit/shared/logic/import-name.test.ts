import { describe, expect, it } from 'vitest';
import { sideBySideName } from '../../../../shared/logic/import-name';
import { LIMITS } from '../../../../shared/limits';

describe('naming side-by-side imports', () => {
  it('keeps a free name', () => {
    expect(sideBySideName('Spring plan', 'Li Wei', new Set(['Other']), 'en')).toBe('Spring plan');
  });

  it('names a taken name by its author, not “(imported 2)”', () => {
    expect(sideBySideName('Spring plan', 'Li Wei', new Set(['Spring plan']), 'en')).toBe('Spring plan — Li Wei');
    expect(sideBySideName('春季计划', '王芳', new Set(['春季计划']), 'zh-CN')).toBe('春季计划 — 王芳');
  });

  it('numbers a second file of the same author and name', () => {
    const taken = new Set(['Spring plan', 'Spring plan — Li Wei']);
    expect(sideBySideName('Spring plan', 'Li Wei', taken, 'en')).toBe('Spring plan — Li Wei (2)');
    taken.add('Spring plan — Li Wei (2)');
    expect(sideBySideName('Spring plan', 'Li Wei', taken, 'en')).toBe('Spring plan — Li Wei (3)');
    expect(sideBySideName('计划', '王芳', new Set(['计划', '计划 — 王芳']), 'zh-CN')).toBe('计划 — 王芳（2）');
  });

  it('falls back to “(imported)” only without an author', () => {
    expect(sideBySideName('Spring plan', '  ', new Set(['Spring plan']), 'en')).toBe('Spring plan (imported)');
    expect(sideBySideName('Spring plan', '', new Set(['Spring plan', 'Spring plan (imported)']), 'en')).toBe('Spring plan (imported 2)');
    expect(sideBySideName('计划', '', new Set(['计划']), 'zh-CN')).toBe('计划（导入）');
  });

  it('stays within a name’s limit, keeping the author', () => {
    const long = 'x'.repeat(LIMITS.shortText);
    const name = sideBySideName(long, 'Li Wei', new Set([long]), 'en');
    expect(name.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(name.endsWith(' — Li Wei')).toBe(true);
  });
});
