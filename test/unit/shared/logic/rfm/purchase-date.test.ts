import { describe, expect, it } from 'vitest';
import { parsePurchaseDate } from '../../../../../shared/logic/rfm';

describe('parsePurchaseDate', () => {
  it('reads ISO and the common Chinese and spreadsheet forms', () => {
    expect(parsePurchaseDate('2027-01-31')).toBe('2027-01-31');
    expect(parsePurchaseDate('2027-1-5 13:45')).toBe('2027-01-05');
    expect(parsePurchaseDate('2027-01-05T08:00:00Z')).toBe('2027-01-05');
    expect(parsePurchaseDate('2027/3/1')).toBe('2027-03-01');
    expect(parsePurchaseDate('2027.12.09')).toBe('2027-12-09');
    expect(parsePurchaseDate('2027年1月30日')).toBe('2027-01-30');
    expect(parsePurchaseDate('2027年1月30号')).toBe('2027-01-30');
    expect(parsePurchaseDate(' 20270228 ')).toBe('2027-02-28');
  });

  it('refuses days that do not exist and ambiguous orders', () => {
    expect(parsePurchaseDate('2027-02-29')).toBeNull();
    expect(parsePurchaseDate('2028-02-29')).toBe('2028-02-29');
    expect(parsePurchaseDate('2027-13-01')).toBeNull();
    expect(parsePurchaseDate('31/01/2027')).toBeNull();
    expect(parsePurchaseDate('yesterday')).toBeNull();
    expect(parsePurchaseDate('')).toBeNull();
  });
});
