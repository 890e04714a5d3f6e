import type { ReactNode } from 'react';
import type { CellValue } from '../../components/grid';
import { formatMonth } from '../../components/grid/cell-values';

/**
 * A month cell that says when the month lies outside the plan period: the budget still counts
 * it (in a column of its own month), but it is usually a typing slip.
 */
export function monthCell(inPlan: ReadonlySet<string>, locale: string, outside: string) {
  return (value: CellValue): ReactNode => {
    if (typeof value !== 'string' || value === '') return '';
    return (
      <>
        {formatMonth(value, locale)}
        {inPlan.has(value) ? null : <span className="budget-table__flag budget-month-flag">{outside}</span>}
      </>
    );
  };
}
