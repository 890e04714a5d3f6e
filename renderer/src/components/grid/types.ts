import type { CollectionName } from '../../../../shared/domain';
import type { ReactNode } from 'react';

export type ColumnType =
  'text' | 'longText' | 'integer' | 'quantity' | 'money' | 'percent' | 'select' | 'date' | 'month' | 'score' | 'link' | 'multiLink' | 'boolean';

/** What a cell holds: text, a number (money in minor units, percent as 4.2 for 4.2 %), a choice, ids. */
export type CellValue = string | number | boolean | null | readonly string[];

export type GridOption = { value: string; label: string };

export type GridColumn<R> = {
  /** The row's field; also the last part of the cell's error key `<collection>:<rowId>:<id>`. */
  id: string;
  /** The visible column header; also the editor's label ("Growth — row 3"). */
  header: string;
  type: ColumnType;
  /** Minimum width in px; the grid scrolls sideways when the columns need more room. */
  width?: number;
  /** select: the enum's values with localized labels; link / multiLink: the rows to link to, by name. */
  options?: readonly GridOption[];
  /** link / multiLink: the choices the editor offers for this row, when they differ by row (not linking a row to itself). */
  rowOptions?: (row: R) => readonly GridOption[];
  /** select / link: whether "Not set" (null) is allowed. Default true. */
  nullable?: boolean;
  /** Reads the cell from the row (default `row[id]`). */
  get?: (row: R) => CellValue;
  /** Writes the cell into a copy of the row (default `{ ...row, [id]: value }`). */
  set?: (row: R, value: CellValue) => R;
  readOnly?: boolean;
  /** Lets the Actions-style tables sort by this column (header button). */
  sortable?: boolean;
  /** A short hint under the header (a unit, "per year"). */
  unit?: string;
  /** Values shown elsewhere in the column (a totals row): its width holds them too. */
  widthSamples?: readonly CellValue[];
  /** Custom display in the cell (navigation mode). */
  render?: (value: CellValue, row: R) => ReactNode;
};

export type CellParse = { ok: true; value: CellValue } | { ok: false; message: string };

/** What deleting a row takes with it: rows of other lists that lose a link or go with it. */
export type DeleteImpact = { collection: CollectionName; action: 'unlink' | 'delete'; count: number };

/**
 * What the grid needs of the plan, for one collection: its writes and its refusals. The grid is
 * generic and knows no store; `state/use-collection-editor.ts` builds this over the plan's store.
 */
export type GridEditor<R> = {
  /** Names the collection in cell error keys (`<collection>:<rowId>:<field>`) and reveal events. */
  readonly collection: CollectionName;
  /** Saves an edited row in its place. `keepFresh`: a row being filled in stays quiet about what it lacks. */
  commit(row: R, options?: { keepFresh?: boolean }): void;
  /** Adds a new row at `index` of the collection; `fresh`: it says nothing of what it lacks until settled. */
  add(row: R, index: number, options?: { fresh?: boolean }): void;
  remove(rowId: string): void;
  move(rowId: string, toIndex: number): void;
  /** The user has left this row: it may now say what it lacks. */
  settle(rowId: string): void;
  /** Runs several writes as one step of undo. */
  batch(run: () => void): void;
  /** Called before a paste of more than BULK_PASTE_ROWS rows, before any of its writes: the plan saves an automatic version. */
  beforeBulkPaste?(): void;
  /** What deleting the row would take with it, for the confirmation (empty: nothing). */
  deleteImpact(rowId: string): DeleteImpact[];
  /** The refused values of the whole plan by key (a new object when they change). */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** A refused value's message, in the UI's language. */
  fieldError(key: string): string | null;
};
