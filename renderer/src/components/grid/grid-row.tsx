import { memo, type MouseEvent } from 'react';
import { catchesTyping } from './grid-keys';
import { TypingCatcher } from './typing-catcher';
import { cellValue, displayCell, isNumericColumn, type CellContext } from './cell-values';
import { CellEditor, type EditExit, type EditResult } from './cell-editor';
import { RowMenu, type RowAction } from './row-menu';
import type { GridColumn } from './types';

export type CellProblem = { text?: string; message: string };

type GridRowProps<R extends { id: string }> = {
  row: R;
  /** 1-based, as the row header shows it. */
  number: number;
  columns: readonly GridColumn<R>[];
  ctx: CellContext;
  /** The active column in this row, -1 when the active cell is in another row. */
  activeCol: number;
  /** The selected columns of this row (a Shift+arrow range), or null. */
  selected: readonly [number, number] | null;
  /** The column being edited in this row, with the text the edit started with. */
  editing: { col: number; initialText: string; seeded: boolean } | null;
  /** Problems by column id: a refused value (from the save) or a pasted/typed text that could not be read. */
  problems: Record<string, CellProblem> | undefined;
  cellLabel: (column: GridColumn<R>, number: number) => string;
  /** What a screen reader hears on the selected cell: its name and what it shows. */
  selectedLabel: (cell: string, shown: string) => string;
  /** The row menu's state: null when the grid is read-only. */
  menu: { canMoveUp: boolean; canMoveDown: boolean } | null;
  /** Set in a long (windowed) grid: measures the row's real height. Stable, so the memo holds. */
  measureRef?: (el: HTMLTableRowElement | null) => void;
  onRowAction(rowId: string, action: RowAction): void;
  onCellMouseDown(rowId: string, col: number, event: MouseEvent): void;
  onCellDoubleClick(rowId: string, col: number): void;
  onEditExit(rowId: string, col: number, result: EditResult | null, exit: EditExit): void;
  /** Text typed into the active cell before it was being edited (an input method's, too); null when the grid is read-only. */
  onTypeInto: ((rowId: string, col: number, text: string) => void) | null;
};

/**
 * One row of the grid. Memoized: typing in a cell, or moving the active cell, re-renders only the
 * rows whose props change, which keeps a 300-row table fast.
 */
function GridRowInner<R extends { id: string }>({
  row,
  number,
  columns,
  ctx,
  activeCol,
  selected,
  editing,
  problems,
  cellLabel,
  selectedLabel,
  menu,
  measureRef,
  onRowAction,
  onCellMouseDown,
  onCellDoubleClick,
  onEditExit,
  onTypeInto,
}: GridRowProps<R>) {
  return (
    <tr ref={measureRef} className="grid__row" aria-rowindex={number + 1} data-row-id={row.id} data-index={number - 1}>
      <th scope="row" className="grid__row-header num" role="rowheader">
        {number}
      </th>
      {columns.map((column, col) => {
        const value = cellValue(column, row);
        const problem = problems?.[column.id];
        const isEditing = editing?.col === col;
        const active = activeCol === col;
        const inRange = selected !== null && col >= selected[0] && col <= selected[1];
        const numeric = isNumericColumn(column);
        const shown = problem?.text ?? (column.render ? null : displayCell(column, value, ctx));
        const problemId = problem ? `cell-${row.id}-${column.id}-problem` : undefined;
        const catcher = active && !isEditing && onTypeInto !== null && catchesTyping(column);
        return (
          <td
            key={column.id}
            role="gridcell"
            className={`grid__cell grid__cell--${column.type}${numeric ? ' grid__cell--num' : ''}${active ? ' grid__cell--active' : ''}${
              inRange ? ' grid__cell--selected' : ''
            }${problem ? ' grid__cell--invalid' : ''}${isEditing ? ' grid__cell--editing' : ''}${column.readOnly ? ' grid__cell--readonly' : ''}`}
            tabIndex={isEditing ? undefined : active && !catcher ? 0 : -1}
            data-cell={`${row.id}:${col}`}
            data-column={column.id}
            aria-selected={inRange || active ? true : undefined}
            aria-readonly={column.readOnly ? true : undefined}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problemId}
            onMouseDown={(event) => onCellMouseDown(row.id, col, event)}
            onDoubleClick={() => onCellDoubleClick(row.id, col)}
          >
            {isEditing ? (
              // The value stays (unseen) under the editor, so the row keeps its height and the table
              // never re-lays out while the editor grows over the rows below, as in a spreadsheet.
              <span className="grid__value grid__value--under" aria-hidden="true">
                {shown}
              </span>
            ) : null}
            {isEditing ? (
              <CellEditor
                column={column.rowOptions ? { ...column, options: column.rowOptions(row) } : column}
                value={value}
                initialText={editing.initialText}
                seeded={editing.seeded}
                label={cellLabel(column, number)}
                onExit={(result, exit) => onEditExit(row.id, col, result, exit)}
              />
            ) : (
              <span className={`grid__value${problem?.text !== undefined ? ' grid__value--draft' : ''}`}>
                {problem?.text !== undefined ? problem.text : column.render ? column.render(value, row) : shown}
              </span>
            )}
            {catcher ? (
              <TypingCatcher
                label={selectedLabel(cellLabel(column, number), problem?.text ?? (typeof shown === 'string' ? shown : ''))}
                describedBy={problemId}
                onText={(text) => onTypeInto(row.id, col, text)}
              />
            ) : null}
            {problem && !isEditing ? (
              <span className="grid__problem" id={problemId}>
                {problem.message}
              </span>
            ) : null}
          </td>
        );
      })}
      {menu ? (
        <td role="gridcell" className={`grid__cell grid__cell--actions${activeCol === columns.length ? ' grid__cell--active' : ''}`}>
          <RowMenu
            rowId={row.id}
            number={number}
            active={activeCol === columns.length}
            canMoveUp={menu.canMoveUp}
            canMoveDown={menu.canMoveDown}
            cell={`${row.id}:${columns.length}`}
            onAction={onRowAction}
          />
        </td>
      ) : null}
    </tr>
  );
}

export const GridRow = memo(GridRowInner) as typeof GridRowInner;
