import { describe, expect, it } from 'vitest';
import { richTextFromPlain } from '../../../../shared/domain';
import { cutByLines, cutList, cutRichText, cutTable, dropZeroCents, SLIDE_LIMITS, textLines, textWidth } from '../../../../shared/present/cut';
import { cell, col, table } from '../../../../shared/report/context';

const rows = (n: number) => Array.from({ length: n }, (_, i) => [cell(`Row ${i + 1}`), cell(String(i)), cell('a sentence')]);

describe('cutting a table to a screen', () => {
  const t = table('segments', [col('Name'), col('Size', 'right'), col('Needs', 'left', 5)], rows(12));

  it('keeps the first rows that fit and counts the rest', () => {
    const cut = cutTable(t);
    expect(cut.rows).toHaveLength(SLIDE_LIMITS.tableRows);
    expect(cut.rows[0]![0]!.text).toBe('Row 1');
    expect(cut.more).toBe(12 - SLIDE_LIMITS.tableRows);
  });

  it('halves the rows when a column of sentences wraps, and marks that column', () => {
    const cut = cutTable(t, { wrap: [2] });
    expect(cut.rows).toHaveLength(SLIDE_LIMITS.wrapTableRows);
    expect(cut.columns.map((c) => c.wrap ?? false)).toEqual([false, false, true]);
    expect(cut.more).toBe(12 - SLIDE_LIMITS.wrapTableRows);
  });

  it('shows only the columns named, in that order, in every row and the footer', () => {
    const withFooter = { ...t, footer: [[cell('Total'), cell('66'), cell('')]] };
    const cut = cutTable(withFooter, { columns: [1, 0] });
    expect(cut.columns.map((c) => c.header)).toEqual(['Size', 'Name']);
    expect(cut.rows[2]!.map((c) => c.text)).toEqual(['2', 'Row 3']);
    expect(cut.footer[0]!.map((c) => c.text)).toEqual(['66', 'Total']);
    // The footer takes its row of the screen: one body row fewer.
    expect(cut.rows).toHaveLength(SLIDE_LIMITS.tableRows - 1);
  });

  it('says nothing more when the whole table fits', () => {
    expect(cutTable(table('x', [col('A')], [[cell('only')]])).more).toBe(0);
  });
});

describe('cutting a narrative', () => {
  it('keeps whole paragraphs within the lines and counts the rest', () => {
    const long = 'word '.repeat(70).trim(); // 349 letters: five lines of 80
    const doc = richTextFromPlain([long, long, long].join('\n\n'));
    const cut = cutRichText(doc, 10);
    expect(cut.doc.content).toHaveLength(2);
    expect(cut.more).toBe(1);
  });

  it('always keeps the first paragraph, however long', () => {
    const doc = richTextFromPlain(['x'.repeat(5000), 'short'].join('\n\n'));
    const cut = cutRichText(doc, 3);
    expect(cut.doc.content).toHaveLength(1);
    expect(cut.more).toBe(1);
  });

  it('counts a Chinese character as two letters wide', () => {
    expect(textWidth('市场ab')).toBe(6);
    expect(textLines('市'.repeat(41))).toBe(2);
    expect(textLines('')).toBe(1);
  });
});

describe('slide helpers', () => {
  it('cuts a list and counts what is left out', () => {
    expect(cutList([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], more: 1 });
    expect(cutList([1], 3)).toEqual({ shown: [1], more: 0 });
  });

  it('keeps the items whose lines fit, a long item counted at its clamp', () => {
    const options = { lines: 6, lineWidth: 40, maxLinesPerItem: 2 };
    const short = 'a'.repeat(30);
    const long = 'b'.repeat(400);
    expect(cutByLines([short, short, short, short, short, short, short], (s) => s, options)).toMatchObject({ more: 1 });
    expect(cutByLines([long, long, long, long], (s) => s, options)).toMatchObject({ more: 1 });
    expect(cutByLines([long, short, long, long], (s) => s, options).shown).toEqual([long, short, long]);
    // Never an empty quarter because its first item is long.
    expect(cutByLines([long], (s) => s, { ...options, lines: 1 }).shown).toEqual([long]);
  });

  it('drops zero cents from sums, never other digits', () => {
    expect(dropZeroCents('CN¥12,611,600.00')).toBe('CN¥12,611,600');
    expect(dropZeroCents('$1,424,000.00 · 21')).toBe('$1,424,000 · 21');
    expect(dropZeroCents('¥1,261.16万')).toBe('¥1,261.16万');
    expect(dropZeroCents('$12.05')).toBe('$12.05');
    expect(dropZeroCents('8.5%')).toBe('8.5%');
  });
});
