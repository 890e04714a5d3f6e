import { describe, expect, it } from 'vitest';
import { brandInk, contrastOnWhite, PRESENT_INK } from '../../../../shared/present/brand';

describe('the brand colour on a white slide', () => {
  it('is used for text when it meets AA on white', () => {
    expect(contrastOnWhite('#1F4E79')).toBeGreaterThan(4.5);
    expect(brandInk('#1F4E79')).toBe('#1F4E79');
  });

  it('gives way to near-black text when it is too pale', () => {
    expect(contrastOnWhite('#F2C94C')).toBeLessThan(4.5);
    expect(brandInk('#F2C94C')).toBe(PRESENT_INK);
    expect(brandInk('#ffffff')).toBe(PRESENT_INK);
  });

  it('refuses what is not a colour', () => {
    expect(brandInk('red')).toBe(PRESENT_INK);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastOnWhite('#FFFFFF')).toBeCloseTo(1, 5);
  });
});
