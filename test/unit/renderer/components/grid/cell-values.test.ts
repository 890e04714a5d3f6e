import { describe, expect, it } from 'vitest';
import { copyCell, displayCell, editText, parseCell, type CellContext } from '../../../../../renderer/src/components/grid/cell-values';
import type { GridColumn } from '../../../../../renderer/src/components/grid/types';
import { createTranslate } from '../../../../../shared/i18n/translate';

const en: CellContext = { locale: 'en', currency: 'CNY', t: createTranslate('en') };
const zh: CellContext = { locale: 'zh-CN', currency: 'CNY', t: createTranslate('zh-CN') };
type Row = Record<string, unknown>;
const col = (type: GridColumn<Row>['type'], extra: Partial<GridColumn<Row>> = {}): GridColumn<Row> => ({ id: 'x', header: 'X', type, ...extra });

const stages = col('select', {
  options: [
    { value: 'growth', label: 'Growth' },
    { value: 'decline', label: 'Decline' },
  ],
});

describe('parseCell', () => {
  it('reads numbers with separators, signs, full-width digits and percent signs', () => {
    expect(parseCell(col('quantity'), '1,234.5', en)).toEqual({ ok: true, value: 1234.5 });
    expect(parseCell(col('quantity'), '１２３', en)).toEqual({ ok: true, value: 123 });
    expect(parseCell(col('quantity'), '', en)).toEqual({ ok: true, value: null });
    expect(parseCell(col('percent'), '4.2%', en)).toEqual({ ok: true, value: 4.2 });
    expect(parseCell(col('percent'), '-1', en)).toEqual({ ok: true, value: -1 });
    expect(parseCell(col('integer'), '2.5', en)).toEqual({ ok: false, message: 'must be a whole number' });
    expect(parseCell(col('quantity'), 'lots', en)).toEqual({ ok: false, message: 'must be a number' });
    expect(parseCell(col('quantity'), 'lots', zh)).toEqual({ ok: false, message: '必须是数字' });
  });

  it('reads money into minor units of the plan currency', () => {
    expect(parseCell(col('money'), '¥1,200.50', en)).toEqual({ ok: true, value: 120050 });
    expect(parseCell(col('money'), '3600', en)).toEqual({ ok: true, value: 360000 });
    expect(parseCell(col('money'), '1.234', en)).toEqual({ ok: false, message: 'must be an amount' });
  });

  it('reads scores, dates and months in the forms spreadsheets write them', () => {
    expect(parseCell(col('score'), '4', en)).toEqual({ ok: true, value: 4 });
    expect(parseCell(col('score'), '6', en)).toEqual({ ok: false, message: 'must be a score from 1 to 5' });
    expect(parseCell(col('date'), '2027/3/1', en)).toEqual({ ok: true, value: '2027-03-01' });
    expect(parseCell(col('date'), '2027年3月1日', en)).toEqual({ ok: true, value: '2027-03-01' });
    expect(parseCell(col('date'), '2027-02-30', en)).toMatchObject({ ok: false });
    expect(parseCell(col('month'), '2027-3', en)).toEqual({ ok: true, value: '2027-03' });
  });

  it('reads a choice by its label or value, and says which choices there are', () => {
    expect(parseCell(stages, 'growth', en)).toEqual({ ok: true, value: 'growth' });
    expect(parseCell(stages, ' DECLINE ', en)).toEqual({ ok: true, value: 'decline' });
    expect(parseCell(stages, '', en)).toEqual({ ok: true, value: null });
    expect(parseCell({ ...stages, nullable: false }, '', en)).toEqual({ ok: false, message: 'must not be empty' });
    expect(parseCell(stages, 'boom', en)).toEqual({ ok: false, message: 'must be one of: Growth, Decline' });
  });

  it('reads links by the names of the rows they point at', () => {
    const objectives = col('multiLink', {
      options: [
        { value: 'id-1', label: 'Revenue' },
        { value: 'id-2', label: 'Awareness' },
      ],
    });
    expect(parseCell(objectives, 'Revenue, awareness', en)).toEqual({ ok: true, value: ['id-1', 'id-2'] });
    expect(parseCell(objectives, 'Revenue、Awareness', en)).toEqual({ ok: true, value: ['id-1', 'id-2'] });
    expect(parseCell(objectives, 'Profit', en)).toEqual({ ok: false, message: 'no row is named “Profit”' });
    expect(parseCell(col('boolean'), '是', en)).toEqual({ ok: true, value: true });
    expect(parseCell(col('boolean'), 'maybe', en)).toEqual({ ok: false, message: 'must be yes or no' });
  });
});

describe('showing and copying cells', () => {
  it('formats numbers by locale; money without a symbol (the header names the currency)', () => {
    expect(displayCell(col('quantity'), 52000, en)).toBe('52,000');
    expect(displayCell(col('percent'), 4.2, en)).toBe('4.2%');
    expect(displayCell(col('money'), 360000, en)).toBe('3,600.00');
    expect(displayCell(col('money'), 360000, zh)).toBe('3,600.00');
    expect(displayCell(col('date'), '2027-03-01', en)).toBe('Mar 1, 2027');
    expect(displayCell(stages, 'growth', en)).toBe('Growth');
  });

  it('copies text that pastes back to the same value', () => {
    for (const [column, value] of [
      [col('money'), 360050],
      [col('percent'), -2.5],
      [stages, 'decline'],
      [col('date'), '2027-12-31'],
      [col('quantity'), 1234.5],
    ] as const) {
      expect(parseCell(column, copyCell(column, value, en), en)).toEqual({ ok: true, value });
    }
    expect(editText(col('money'), 360000, en)).toBe('3600.00');
  });
});
