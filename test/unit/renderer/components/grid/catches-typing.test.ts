import { describe, expect, it } from 'vitest';
import { catchesTyping, gridKeyIntent } from '../../../../../renderer/src/components/grid/grid-keys';
import type { ColumnType } from '../../../../../renderer/src/components/grid/types';

const TYPES: ColumnType[] = [
  'text',
  'longText',
  'integer',
  'quantity',
  'money',
  'percent',
  'select',
  'date',
  'month',
  'score',
  'link',
  'multiLink',
  'boolean',
];

describe('which selected cells catch typing (an input method composes there)', () => {
  it('catches it exactly where a typed letter starts an edit with that letter', () => {
    for (const type of TYPES) {
      const intent = gridKeyIntent(
        { key: 'a', ctrl: false, meta: false, alt: false, shift: false },
        {
          rowIndex: 0,
          col: 0,
          columns: 3,
          rows: 1,
          hasRow: true,
          rowUntouched: false,
          canAddRow: true,
          readOnly: false,
          columnType: type,
          columnReadOnly: false,
        },
      );
      const seeded = intent.kind === 'edit' && intent.seed === 'a';
      expect({ type, catches: catchesTyping({ type, readOnly: false }) }).toEqual({ type, catches: seeded });
    }
  });

  it('catches nothing in a read-only column', () => {
    expect(TYPES.filter((type) => catchesTyping({ type, readOnly: true }))).toEqual([]);
  });
});
