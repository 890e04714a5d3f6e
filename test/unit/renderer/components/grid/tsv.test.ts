import { describe, expect, it } from 'vitest';
import { isMultiCell, parseTsv, toTsv } from '../../../../../renderer/src/components/grid/tsv';

describe('TSV from spreadsheets', () => {
  it('splits cells by tabs and rows by line breaks, ignoring Excel’s trailing line break', () => {
    expect(parseTsv('a\tb\nc\td\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(parseTsv('a\t\tc\n\tb\t')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('reads quoted cells with line breaks, tabs and doubled quotes', () => {
    expect(parseTsv('"line 1\nline 2"\t"say ""hi"""\n"a\tb"\tx')).toEqual([
      ['line 1\nline 2', 'say "hi"'],
      ['a\tb', 'x'],
    ]);
  });

  it('treats a quote inside a cell as a character', () => {
    expect(parseTsv('5" screen\tok')).toEqual([['5" screen', 'ok']]);
    expect(parseTsv('"unclosed\tx')).toEqual([['"unclosed', 'x']]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['Name', 'Needs'],
      ['Parents', 'Care, "close"\nto home'],
      ['', 'tab\there'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });

  it('tells a block from a single value', () => {
    expect(isMultiCell('one value')).toBe(false);
    expect(isMultiCell('one value\n')).toBe(false);
    expect(isMultiCell('a\tb')).toBe(true);
    expect(isMultiCell('a\nb')).toBe(true);
  });
});
