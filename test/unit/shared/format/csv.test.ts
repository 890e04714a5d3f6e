import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../../shared/format/csv';
import { minorToDecimal } from '../../../../shared/format/money';

describe('a CSV cell', () => {
  it('is quoted where RFC 4180 needs it, and where a spreadsheet would trim its spaces', () => {
    expect(csvCell('Li Wei')).toBe('Li Wei');
    expect(csvCell('Smith, J.')).toBe('"Smith, J."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('never runs as a formula, while a negative number stays a number', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+86 138')).toBe("'+86 138");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('-12.50')).toBe('-12.50');
  });
});

describe('minor units as a plain decimal', () => {
  it('is exact, signed, and follows the currency’s decimals', () => {
    expect(minorToDecimal(123450, 'CNY')).toBe('1234.50');
    expect(minorToDecimal(-5, 'CNY')).toBe('-0.05');
    expect(minorToDecimal(1200, 'JPY')).toBe('1200');
    expect(minorToDecimal(12345678901234567890n, 'USD')).toBe('123456789012345678.90');
  });
});
