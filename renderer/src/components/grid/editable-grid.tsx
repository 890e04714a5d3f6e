import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { sentence } from '../../format/issues';
import { useLocale } from '../../hooks/use-locale';
import { sameValue } from '../../state/plan-edits';
import { ArrowDownIcon, ArrowUpIcon } from '../editor-icons';
import { PlusIcon } from '../icons';
import { cellValue, copyCell, editText, parseCell, withCellValue, type CellContext } from './cell-values';
import type { EditExit, EditResult } from './cell-editor';
import { DeleteRowDialog, type DeleteRequest } from './delete-row-dialog';
import { columnWidth } from './column-width';
import { GridRow, type CellProblem } from './grid-row';
import type { RowAction } from './row-menu';
import { gridKeyIntent } from './grid-keys';
import { BULK_PASTE_ROWS, clearedRows, pasteBlock, rangeTsv, selectionRange, type CellRange } from './grid-range';
import { isMultiCell } from './tsv';
import { REVEAL_ROW_EVENT, type RevealRowDetail } from './reveal-row';
import { useRowWindow } from './use-row-window';
import type { CellValue, GridColumn, GridEditor } from './types';
import { asTranslate } from '../../i18n/as-translate';
import { renderWindowedRows } from './windowed-rows';

export type EditableGridProps<R extends { id: string }> = {
  /** The plan's writes and refusals for this collection (state/use-collection-editor.ts); the grid knows no store. */
  editor: GridEditor<R>;
  /** The rows in plan order (pass `plan.collections.<name>`; keep its identity so rows stay memoized). */
  rows: readonly R[];
  /** Memoize (useMemo): a new array re-renders every row. */
  columns: readonly GridColumn<R>[];
  /** The visible heading above the table; it also names the grid for assistive technology. */
  label: string;
  description?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** A new, empty row (fresh id from `newId()`). */
  newRow: () => R;
  /** The row's name for the delete confirmation ("Delete “Students”?"). */
  rowName: (row: R) => string;
  /** The plan's currency, for money columns. */
  currency: string;
  readOnly?: boolean;
  /** More controls in the footer, beside "Add row". */
  toolbar?: ReactNode;
  /** Shown in an empty table under the hint (e.g. a button that fills the table). */
  emptyAction?: ReactNode;
  /** False hides "Add row" and Ctrl+Enter (a table with one row per segment has no new row to offer). Default true. */
  canAddRow?: boolean;
  /** Controlled sorting (TanStack); while sorted or filtered, rows cannot be moved. */
  sorting?: SortingState;
  onSortingChange?: OnChangeFn<SortingState>;
  /** Only rows whose cells contain this text are shown. */
  globalFilter?: string;
  /** `rows` arrive already sorted by the caller: the headers only report `sorting` (Actions' filter bar). */
  manualSorting?: boolean;
  /** When `rows` is a filtered view, the whole collection in plan order: new rows go after it, and no row moves. */
  allRows?: readonly R[];
  /** Replaces "No rows yet…" in an empty table (e.g. "No action matches these filters"). */
  emptyMessage?: ReactNode;
  /** False keeps rows in their order (no Move up/down, no Alt+↑/↓): rows that follow another table's order. Default true. */
  canMoveRows?: boolean;
  /** A header row above the columns grouping them (a forecast's months by year); the spans cover every column, in order. */
  headerGroups?: readonly GridHeaderGroup[];
  /** Rows under the table's rows (totals): one cell per column, read-only, not part of the keyboard's grid. */
  footerRows?: readonly GridFooterRow[];
};

export type GridHeaderGroup = { id: string; label: string; span: number };
export type GridFooterRow = { id: string; label: string; cells: readonly ReactNode[] };

type Active = { rowId: string | null; col: number };
type Editing = { rowId: string; col: number; initialText: string; seeded: boolean };

/** A sortable, filterable key for a cell: choices by their labels, numbers as numbers. */
function sortKey<R>(column: GridColumn<R>, row: R, ctx: CellContext): string | number {
  const value = cellValue(column, row);
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return copyCell(column, value, ctx);
}

/**
 * A table that edits like a spreadsheet, for any collection of the plan.
 *
 * Keys (navigation mode, focus on a cell): arrows move; Shift+arrows select a range; Home/End,
 * Ctrl+Home/End, PageUp/PageDown jump; Enter, F2 or typing edits; Space toggles a yes/no cell;
 * Delete/Backspace clears; Ctrl/Cmd+C copies the selection as TSV; Ctrl/Cmd+V pastes TSV from
 * the active cell, adding rows as needed; Ctrl/Cmd+Enter adds a row below; Alt+↑/↓ move the row.
 * Tab/Shift+Tab move right/left and wrap to the next/previous row. Tab on the last cell of the
 * last row adds a row, as in Excel and Google Sheets; on a row just added and still untouched it
 * leaves the grid (to "Add row"), so a keyboard user can always leave a table.
 * Editing: Enter commits and moves down, Tab/Shift+Tab commit and move, Ctrl/Cmd+Enter commits
 * and adds a row, Escape cancels. A row just added does not call out what it lacks (an empty
 * name) until the user leaves it. The paste's report ("3 rows pasted") lasts until the next key.
 */
function EditableGridInner<R extends { id: string }>(props: EditableGridProps<R>) {
  const {
    editor,
    rows,
    columns,
    label,
    description,
    headingLevel = 3,
    newRow,
    rowName,
    currency,
    readOnly = false,
    toolbar,
    emptyAction,
    canAddRow = true,
    canMoveRows = true,
    headerGroups,
    footerRows,
  } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const { collection, fieldErrors } = editor;
  // Stable for a collection (see useCollectionEditor): callbacks may depend on them without re-creating.
  const { commit: commitRow, add: addRowAt, remove: removeRow, move: moveRow, settle: settleRow, batch, deleteImpact, fieldError } = editor;

  const ctx = useMemo<CellContext>(() => ({ locale, currency, t: asTranslate(t) }), [locale, currency, t]);
  const widths = useMemo(() => columns.map((column) => columnWidth(column, rows, ctx, column.width ?? defaultWidth(column))), [columns, rows, ctx]);

  const [internalSorting, setInternalSorting] = useState<SortingState>([]);
  const sorting = props.sorting ?? internalSorting;
  const globalFilter = props.globalFilter ?? '';
  const columnDefs = useMemo<ColumnDef<R>[]>(
    () => columns.map((column) => ({ id: column.id, accessorFn: (row: R) => sortKey(column, row, ctx), enableSorting: column.sortable ?? false })),
    [columns, ctx],
  );
  const table = useReactTable<R>({
    data: rows as R[],
    columns: columnDefs,
    getRowId: (row) => row.id,
    state: { sorting, globalFilter },
    onSortingChange: props.onSortingChange ?? setInternalSorting,
    manualSorting: props.manualSorting ?? false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    globalFilterFn: 'includesString',
  });
  const rowModel = table.getRowModel();
  const viewRows = useMemo(() => rowModel.rows.map((r) => r.original), [rowModel]);
  const reorderable =
    !readOnly && canMoveRows && sorting.length === 0 && globalFilter === '' && (props.allRows === undefined || props.allRows === rows);

  const [active, setActive] = useState<Active>({ rowId: null, col: 0 });
  const [anchor, setAnchor] = useState<Active | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [drafts, setDrafts] = useState<Record<string, CellProblem>>({});
  const [confirm, setConfirm] = useState<DeleteRequest | null>(null);
  const [notice, setNotice] = useState('');
  const focusPending = useRef(false);
  /** Rows added here and not yet typed into: Tab leaves the grid from their last cell instead of adding another. */
  const untouched = useRef(new Set<string>());

  const activeIndex = Math.max(
    0,
    viewRows.findIndex((r) => r.id === active.rowId),
  );
  const lastCol = readOnly ? columns.length - 1 : columns.length;

  // A row asked for from outside (the plan health's "Fix"): rendered even when out of view, and
  // scrolled to the middle of the column by the virtualizer (see reveal-row.ts).
  const [reveal, setReveal] = useState<{ rowId: string } | null>(null);
  useLayoutEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    // A new object each time: asking again for the same row scrolls to it again.
    const onReveal = (event: Event) => setReveal({ rowId: (event as CustomEvent<RevealRowDetail>).detail.rowId });
    section.addEventListener(REVEAL_ROW_EVENT, onReveal);
    return () => section.removeEventListener(REVEAL_ROW_EVENT, onReveal);
  }, []);
  const revealIndex = reveal ? viewRows.findIndex((r) => r.id === reveal.rowId) : -1;
  const pinned = [activeIndex, revealIndex];
  if (editing) pinned.push(viewRows.findIndex((r) => r.id === editing.rowId));
  const rowWindow = useRowWindow(viewRows.length, sectionRef, bodyRef, pinned);
  const revealed = useRef<object | null>(null);
  useLayoutEffect(() => {
    if (!reveal || revealed.current === reveal || revealIndex < 0 || !rowWindow.enabled) return;
    revealed.current = reveal;
    rowWindow.scrollToRow(revealIndex, 'center');
  });

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const { rowId, col } = live.current.active;
    const el = rowId ? tableRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(`${rowId}:${col}`)}"]`) : null;
    if (!el) return;
    focusPending.current = false;
    const target =
      el.tagName === 'TD' ? (el.querySelector<HTMLElement>('[data-typing-catcher]') ?? el) : (el.querySelector<HTMLElement>('button') ?? el);
    target.focus({ preventScroll: true });
    if (rowWindow.enabled) {
      rowWindow.scrollToRow(live.current.activeIndex);
      revealColumn(target);
    } else {
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  });

  // A click focuses the cell itself; the keyboard's landing place inside it takes the focus over,
  // so an input method composes from the first key (typing-catcher.tsx).
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused.tagName !== 'TD' || !tableRef.current?.contains(focused)) return;
    focused.querySelector<HTMLElement>('[data-typing-catcher]')?.focus({ preventScroll: true });
  });

  // The latest state for the stable callbacks the memoized rows receive.
  const live = useRef({ viewRows, rows: props.allRows ?? rows, columns, active, anchor, editing, drafts, ctx, activeIndex, reorderable });
  live.current = { viewRows, rows: props.allRows ?? rows, columns, active, anchor, editing, drafts, ctx, activeIndex, reorderable };

  const go = useCallback(
    (rowIndex: number, col: number, extend = false) => {
      const { viewRows, active, anchor } = live.current;
      if (viewRows.length === 0) return;
      const r = Math.max(0, Math.min(viewRows.length - 1, rowIndex));
      const c = Math.max(0, Math.min(lastCol, col));
      setAnchor(extend ? (anchor ?? active) : null);
      setActive({ rowId: viewRows[r]!.id, col: c });
      focusPending.current = true;
    },
    [lastCol],
  );

  const focusCell = useCallback((rowId: string, col: number) => {
    setActive({ rowId, col });
    setAnchor(null);
    focusPending.current = true;
  }, []);

  const setDraft = useCallback((key: string, problem: CellProblem | null) => {
    setDrafts((d) => {
      if (!problem) {
        if (!(key in d)) return d;
        const next = { ...d };
        delete next[key];
        return next;
      }
      return { ...d, [key]: problem };
    });
  }, []);

  /** Writes one cell: typed text is read by the column's type; a refusal stays in the cell with its reason. */
  const commit = useCallback(
    (rowId: string, col: number, result: EditResult) => {
      const { rows, columns, ctx } = live.current;
      const column = columns[col];
      const row = rows.find((r) => r.id === rowId);
      if (!column || !row) return;
      const key = `${rowId}:${column.id}`;
      let value: CellValue;
      if (result.kind === 'text') {
        const parsed = parseCell(column, result.text, ctx);
        if (!parsed.ok) {
          setDraft(key, { text: result.text, message: sentence(parsed.message) });
          return;
        }
        value = parsed.value;
      } else value = result.value;
      setDraft(key, null);
      untouched.current.delete(rowId);
      if (sameValue(cellValue(column, row), value)) return;
      // A new row stays quiet about what it lacks until the user leaves it (see settleRow).
      commitRow(withCellValue(column, row, value), { keepFresh: true });
    },
    [commitRow, setDraft],
  );

  const startEdit = useCallback(
    (rowId: string, col: number, seed: string | null) => {
      const { rows, columns, ctx, drafts } = live.current;
      const column = columns[col];
      const row = rows.find((r) => r.id === rowId);
      if (readOnly || !column || !row || column.readOnly) return;
      if (column.type === 'boolean') {
        commit(rowId, col, { kind: 'value', value: !cellValue(column, row) });
        return;
      }
      const draft = drafts[`${rowId}:${column.id}`]?.text;
      setEditing({ rowId, col, initialText: seed ?? draft ?? editText(column, cellValue(column, row), ctx), seeded: seed !== null });
    },
    [readOnly, commit],
  );

  const addRow = useCallback(
    (after?: number) => {
      if (readOnly || !canAddRow) return;
      const { viewRows, rows, reorderable } = live.current;
      const row = newRow();
      const afterRow = after !== undefined ? viewRows[after] : undefined;
      const index = reorderable && afterRow ? rows.findIndex((r) => r.id === afterRow.id) + 1 : rows.length;
      addRowAt(row, index, { fresh: true });
      untouched.current.add(row.id);
      const firstEditable = Math.max(
        0,
        live.current.columns.findIndex((c) => !c.readOnly),
      );
      focusCell(row.id, firstEditable);
    },
    [readOnly, canAddRow, newRow, addRowAt, focusCell],
  );

  const doDelete = useCallback(
    (rowId: string) => {
      const { viewRows, active } = live.current;
      const index = viewRows.findIndex((r) => r.id === rowId);
      removeRow(rowId);
      const next = viewRows[index + 1] ?? viewRows[index - 1];
      if (next) focusCell(next.id, Math.min(active.col, live.current.columns.length - 1));
      else window.setTimeout(() => addButtonRef.current?.focus(), 0);
    },
    [removeRow, focusCell],
  );

  const requestDelete = useCallback(
    (rowId: string) => {
      const row = live.current.rows.find((r) => r.id === rowId);
      if (!row) return;
      const impact = deleteImpact(rowId);
      if (impact.length === 0) doDelete(rowId);
      else setConfirm({ rowId, name: rowName(row) || t('editor.grid.untitled'), impact });
    },
    [deleteImpact, doDelete, rowName, t],
  );

  const moveBy = useCallback(
    (rowId: string, step: 1 | -1) => {
      const { rows, reorderable, active } = live.current;
      if (!reorderable) return;
      const from = rows.findIndex((r) => r.id === rowId);
      const to = from + step;
      if (from < 0 || to < 0 || to >= rows.length) return;
      moveRow(rowId, to);
      focusCell(rowId, active.rowId === rowId ? active.col : 0);
    },
    [moveRow, focusCell],
  );

  const onRowAction = useCallback(
    (rowId: string, action: RowAction) => {
      if (action === 'delete') requestDelete(rowId);
      else moveBy(rowId, action === 'moveUp' ? -1 : 1);
    },
    [requestDelete, moveBy],
  );

  const onEditExit = useCallback(
    (rowId: string, col: number, result: EditResult | null, exit: EditExit) => {
      setEditing(null);
      if (result) commit(rowId, col, result);
      const { viewRows, columns } = live.current;
      const index = viewRows.findIndex((r) => r.id === rowId);
      const last = columns.length - 1;
      if (exit === 'stay') return;
      if (exit === 'cancel') return focusCell(rowId, col);
      if (exit === 'addRow') return addRow(index);
      if (exit === 'down') return go(index + 1, col);
      if (exit === 'right') {
        if (col < last) return go(index, col + 1);
        if (index < viewRows.length - 1) return go(index + 1, 0);
        if (!untouched.current.has(rowId) && canAddRow && !readOnly) return addRow(index);
        focusCell(rowId, col);
        window.setTimeout(() => addButtonRef.current?.focus(), 0);
        return;
      }
      if (col > 0) return go(index, col - 1);
      if (index > 0) return go(index - 1, last);
      focusCell(rowId, col);
    },
    [commit, focusCell, go, addRow, canAddRow, readOnly],
  );

  const onCellMouseDown = useCallback((rowId: string, col: number, event: MouseEvent) => {
    const { editing, active } = live.current;
    if (editing && editing.rowId === rowId && editing.col === col) return;
    if (event.shiftKey && active.rowId) {
      event.preventDefault();
      setAnchor((a) => a ?? active);
      setActive({ rowId, col });
      focusPending.current = true;
      return;
    }
    setAnchor(null);
    setActive({ rowId, col });
  }, []);

  // Leaving a row (to another row, or out of the table) lets a row just added say what it lacks.
  const settledFrom = useRef<string | null>(null);
  useEffect(() => {
    const previous = settledFrom.current;
    settledFrom.current = active.rowId;
    if (previous && previous !== active.rowId) settleRow(previous);
  }, [active.rowId, settleRow]);

  const onTableBlur = useCallback(
    (event: FocusEvent<HTMLTableElement>) => {
      const next = event.relatedTarget as Node | null;
      if (next && event.currentTarget.contains(next)) return;
      setNotice('');
      const { active } = live.current;
      if (active.rowId) settleRow(active.rowId);
    },
    [settleRow],
  );

  /** A cell focused from outside the grid's own moves (the plan health's "Fix") becomes the active cell, so the keys act on it. */
  const onCellFocus = useCallback((event: FocusEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-cell]');
    const key = cell?.dataset.cell;
    if (!key || live.current.editing) return;
    // Focused from outside as it is already the active cell: its typing catcher takes the focus (no render follows to do it).
    if (event.target === cell) cell.querySelector<HTMLElement>('[data-typing-catcher]')?.focus({ preventScroll: true });
    const at = key.lastIndexOf(':');
    const rowId = key.slice(0, at);
    const col = Number(key.slice(at + 1));
    const { active } = live.current;
    if (active.rowId === rowId && active.col === col) return;
    setActive({ rowId, col });
    setAnchor(null);
  }, []);

  const onCellDoubleClick = useCallback((rowId: string, col: number) => startEdit(rowId, col, null), [startEdit]);
  const onTypeInto = useCallback((rowId: string, col: number, text: string) => startEdit(rowId, col, text), [startEdit]);

  const cellLabel = useCallback((column: GridColumn<R>, number: number) => t('editor.grid.cellLabel', { column: column.header, row: number }), [t]);
  const selectedLabel = useCallback(
    (cell: string, shown: string) =>
      shown.trim() ? t('editor.grid.cellSelected', { cell, value: shown }) : t('editor.grid.cellSelectedEmpty', { cell }),
    [t],
  );

  /** The selected block in view coordinates: the range between anchor and active, or the active cell. */
  function range(): CellRange {
    const { viewRows, active, anchor, columns } = live.current;
    return selectionRange(viewRows, active, anchor, columns.length);
  }

  function clearRange() {
    if (readOnly) return;
    const { viewRows, columns } = live.current;
    const { changed, cleared } = clearedRows(viewRows, columns, range());
    for (const key of cleared) setDraft(key, null);
    if (changed.length > 0) batch(() => changed.forEach((row) => commitRow(row)));
  }

  function copyText(): string {
    const { viewRows, columns, ctx } = live.current;
    return rangeTsv(viewRows, columns, range(), ctx);
  }

  /** Fills cells from the active cell with a block copied from a spreadsheet, adding rows as needed. */
  function paste(text: string, at: { rowIndex: number; col: number }) {
    if (readOnly) return;
    const { viewRows, rows, columns, ctx } = live.current;
    const pasted = pasteBlock({ text, at, viewRows, columns, ctx, canAddRow, newRow });
    if (!pasted) return;
    for (const { key, problem } of pasted.drafts) setDraft(key, problem && { text: problem.text, message: sentence(problem.message) });
    // A paste this large replaces much of a table: the plan as it was is kept as a version first.
    if (pasted.height > BULK_PASTE_ROWS) editor.beforeBulkPaste?.();
    batch(() => {
      pasted.changed.forEach((row) => commitRow(row));
      pasted.added.forEach((row, i) => addRowAt(row, rows.length + i));
    });
    const startRow = viewRows[at.rowIndex];
    setActive({ rowId: startRow?.id ?? pasted.lastRowId, col: at.col });
    setAnchor({ rowId: pasted.lastRowId, col: Math.min(columns.length - 1, at.col + pasted.width - 1) });
    focusPending.current = true;
    setNotice(
      [t('editor.grid.pasted', { count: pasted.height }), pasted.refused > 0 ? t('editor.grid.pasteProblems', { count: pasted.refused }) : '']
        .filter(Boolean)
        .join(' '),
    );
  }

  function onKeyDownCapture(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    // Keys from the row menu (a portal) or from a cell's editor belong to them.
    if (!tableRef.current?.contains(target) || target.closest('.grid-editor__popover, .grid-editor__input, .grid-editor__select')) return;
    if (editing) return;
    // An input method's keys compose in the active cell's text box (typing-catcher.tsx); the grid leaves them be.
    if (event.nativeEvent.isComposing || event.key === 'Process') return;
    if (notice && !['Control', 'Meta', 'Shift', 'Alt'].includes(event.key)) setNotice('');
    const { viewRows, active, activeIndex } = live.current;
    const rowId = viewRows[activeIndex]?.id;
    const column = columns[active.col];
    const intent = gridKeyIntent(
      { key: event.key, ctrl: event.ctrlKey, meta: event.metaKey, alt: event.altKey, shift: event.shiftKey },
      {
        rowIndex: activeIndex,
        col: active.col,
        columns: columns.length,
        rows: viewRows.length,
        hasRow: rowId !== undefined,
        rowUntouched: rowId !== undefined && untouched.current.has(rowId),
        canAddRow,
        readOnly,
        columnType: column?.type ?? null,
        columnReadOnly: column?.readOnly ?? false,
      },
    );
    if (intent.kind === 'none') return;
    event.preventDefault();
    event.stopPropagation();
    switch (intent.kind) {
      case 'go':
        return go(intent.rowIndex, intent.col, intent.extend);
      case 'moveRow':
        if (rowId) moveBy(rowId, intent.step);
        return;
      case 'addRow':
        return addRow(intent.after);
      case 'edit':
        if (rowId) startEdit(rowId, active.col, intent.seed);
        return;
      case 'deleteRow':
        if (rowId) requestDelete(rowId);
        return;
      case 'clear':
        return clearRange();
      case 'dropRange':
        setAnchor(null);
        return;
    }
  }

  function onCopy(event: ClipboardEvent<HTMLTableElement>) {
    if (editing || !tableRef.current?.contains(event.target as Node) || live.current.viewRows.length === 0) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', copyText());
  }

  function onCut(event: ClipboardEvent<HTMLTableElement>) {
    if (editing || readOnly || !tableRef.current?.contains(event.target as Node) || live.current.viewRows.length === 0) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', copyText());
    clearRange();
  }

  function onPaste(event: ClipboardEvent<HTMLTableElement>) {
    if (!tableRef.current?.contains(event.target as Node)) return;
    const text = event.clipboardData.getData('text/plain');
    if (editing) {
      // A single value pastes into the editor as text; a block fills the cells from here.
      if (!isMultiCell(text)) return;
      const at = {
        rowIndex: Math.max(
          0,
          viewRows.findIndex((r) => r.id === editing.rowId),
        ),
        col: editing.col,
      };
      event.preventDefault();
      setEditing(null);
      return paste(text, at);
    }
    event.preventDefault();
    const { top, left } = range();
    paste(text.replace(/\r?\n$/, ''), { rowIndex: viewRows.length === 0 ? 0 : top, col: left });
  }

  const problemsByRow = useMemo(() => {
    const out: Record<string, Record<string, CellProblem>> = {};
    const prefix = `${collection}:`;
    for (const key of Object.keys(fieldErrors)) {
      if (!key.startsWith(prefix)) continue;
      const [, rowId = '', field = ''] = key.split(':');
      const message = fieldError(key);
      if (message) (out[rowId] ??= {})[field] ??= { message };
    }
    for (const [key, problem] of Object.entries(drafts)) {
      const [rowId = '', field = ''] = key.split(':');
      (out[rowId] ??= {})[field] = problem;
    }
    return out;
    // The language is a dependency: the messages are localized here.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the messages are localized here, so the language is a real input although the callback does not name it
  }, [collection, fieldErrors, fieldError, drafts, locale]);

  const sel = anchor ? range() : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the selection is compared by its two edges, not by the object rebuilt each render
  const selectedCols = useMemo(() => (sel ? ([sel.left, sel.right] as const) : null), [sel?.left, sel?.right]);

  const Heading = `h${headingLevel}` as 'h3';
  const menuState = useMemo(
    () => ({
      first: { canMoveUp: false, canMoveDown: reorderable && rows.length > 1 },
      middle: { canMoveUp: reorderable, canMoveDown: reorderable },
      last: { canMoveUp: reorderable && rows.length > 1, canMoveDown: false },
      only: { canMoveUp: false, canMoveDown: false },
    }),
    [reorderable, rows.length],
  );

  function renderRow(index: number) {
    const row = viewRows[index]!;
    const isActive = row.id === active.rowId || (active.rowId === null && index === 0);
    const inRange = sel !== null && index >= sel.top && index <= sel.bottom;
    const menu = readOnly
      ? null
      : rows.length === 1
        ? menuState.only
        : index === 0
          ? menuState.first
          : index === viewRows.length - 1
            ? menuState.last
            : menuState.middle;
    return (
      <GridRow
        key={row.id}
        row={row}
        number={index + 1}
        columns={columns}
        ctx={ctx}
        activeCol={isActive ? active.col : -1}
        selected={inRange ? selectedCols : null}
        editing={editing && editing.rowId === row.id ? editing : null}
        problems={problemsByRow[row.id]}
        cellLabel={cellLabel}
        selectedLabel={selectedLabel}
        menu={menu}
        measureRef={rowWindow.enabled ? rowWindow.measure : undefined}
        onRowAction={onRowAction}
        onCellMouseDown={onCellMouseDown}
        onCellDoubleClick={onCellDoubleClick}
        onEditExit={onEditExit}
        onTypeInto={readOnly ? null : onTypeInto}
      />
    );
  }

  /** The rows in view (and the pinned ones), with empty rows holding the place of the others. */
  function windowedRows(): ReactNode[] {
    return renderWindowedRows(rowWindow, renderRow, { className: 'grid__spacer', colSpan: columns.length + 2 });
  }

  return (
    <section
      ref={sectionRef}
      className="grid-block"
      aria-labelledby={headingId}
      data-collection={collection}
      data-windowed={rowWindow.enabled || undefined}
    >
      <div className="grid-block__header">
        <Heading id={headingId} className="grid-block__title">
          {label}
        </Heading>
        <span className="count-badge num" aria-label={t('editor.grid.rowCount', { count: rows.length })}>
          {rows.length}
        </span>
      </div>
      {description ? <p className="grid-block__description">{description}</p> : null}
      <div className="grid__scroll">
        <table
          ref={tableRef}
          role="grid"
          className="grid"
          aria-labelledby={headingId}
          aria-rowcount={viewRows.length + 1}
          aria-colcount={columns.length + 1 + (readOnly ? 0 : 1)}
          aria-readonly={readOnly || undefined}
          onKeyDownCapture={onKeyDownCapture}
          onFocus={onCellFocus}
          onBlur={onTableBlur}
          onCopy={onCopy}
          onCut={onCut}
          onPaste={onPaste}
        >
          {/* Fixed layout with set widths: a change in one cell never re-measures all rows. */}
          <colgroup>
            <col style={{ width: 44 }} />
            {columns.map((column, index) => (
              <col key={column.id} style={{ width: widths[index] }} />
            ))}
            {readOnly ? null : <col style={{ width: 44 }} />}
          </colgroup>
          <thead>
            {headerGroups ? (
              <tr className="grid__groups">
                <td className="grid__corner" />
                {headerGroups.map((group) => (
                  <th key={group.id} scope="colgroup" colSpan={group.span} className="grid__group">
                    {group.label}
                  </th>
                ))}
                {readOnly ? null : <td />}
              </tr>
            ) : null}
            <tr aria-rowindex={1}>
              <th scope="col" className="grid__corner">
                <span className="visually-hidden">{t('editor.grid.rowHeader')}</span>#
              </th>
              {columns.map((column) => {
                const state = table.getColumn(column.id)?.getIsSorted();
                return (
                  <th
                    key={column.id}
                    scope="col"
                    className={`grid__header${['integer', 'quantity', 'money', 'percent', 'score'].includes(column.type) ? ' grid__header--num' : ''}`}
                    aria-sort={state === 'asc' ? 'ascending' : state === 'desc' ? 'descending' : undefined}
                  >
                    {column.sortable ? (
                      <button type="button" className="grid__sort" onClick={table.getColumn(column.id)?.getToggleSortingHandler()}>
                        {column.header}
                        {state === 'asc' ? <ArrowUpIcon size={12} /> : state === 'desc' ? <ArrowDownIcon size={12} /> : null}
                      </button>
                    ) : (
                      column.header
                    )}
                    {column.type === 'money' || column.unit ? (
                      <span className="grid__unit">{[column.type === 'money' ? currency : '', column.unit ?? ''].filter(Boolean).join(' ')}</span>
                    ) : null}
                  </th>
                );
              })}
              {readOnly ? null : (
                <th scope="col" className="grid__header grid__header--actions">
                  <span className="visually-hidden">{t('editor.grid.actionsHeader')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody ref={bodyRef}>{rowWindow.enabled ? windowedRows() : viewRows.map((_, index) => renderRow(index))}</tbody>
          {footerRows && viewRows.length > 0 ? (
            <tfoot>
              {footerRows.map((row) => (
                <tr key={row.id} className="grid__total" data-total={row.id}>
                  <th scope="row" className="grid__corner">
                    <span className="visually-hidden">{row.label}</span>
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={columns[index]?.id ?? index} className={isNumeric(columns[index]) ? 'grid__cell grid__cell--num' : 'grid__cell'}>
                      {cell}
                    </td>
                  ))}
                  {readOnly ? null : <td />}
                </tr>
              ))}
            </tfoot>
          ) : null}
        </table>
        {/* Below the table, not in a row of it: a wide table scrolls sideways, and the message stays in view. */}
        {viewRows.length === 0 ? (
          <div className="grid__empty">
            <p>{props.emptyMessage ?? t('editor.grid.empty')}</p>
            {emptyAction ? <div className="grid__empty-action">{emptyAction}</div> : null}
          </div>
        ) : null}
      </div>
      <div className="grid-block__footer">
        {readOnly || !canAddRow ? null : (
          <button
            ref={addButtonRef}
            type="button"
            className="button button--sm button--ghost grid-block__add"
            onClick={() => addRow(viewRows.length > 0 ? viewRows.length - 1 : undefined)}
            aria-keyshortcuts="Control+Enter"
          >
            <PlusIcon />
            {t('editor.grid.addRow')}
          </button>
        )}
        {toolbar}
        <p className={`grid-block__hint${notice ? '' : ' grid-block__hint--help'}`} aria-live="polite">
          {notice || (readOnly ? '' : t('editor.grid.help'))}
        </p>
      </div>
      {confirm ? (
        <DeleteRowDialog
          request={confirm}
          onConfirm={() => doDelete(confirm.rowId)}
          onClose={() => {
            setConfirm(null);
          }}
        />
      ) : null}
    </section>
  );
}

/** Memoized: a keystroke elsewhere in the part re-renders a grid only if its rows or columns changed. */
export const EditableGrid = memo(EditableGridInner) as typeof EditableGridInner;

/** Scrolls the table sideways, not the page, so the cell is in view (the rows' own scrolling is the virtualizer's). */
function revealColumn(cell: HTMLElement): void {
  const scroller = cell.closest<HTMLElement>('.grid__scroll');
  if (!scroller) return;
  const box = cell.getBoundingClientRect();
  const frame = scroller.getBoundingClientRect();
  if (box.left < frame.left) scroller.scrollLeft -= frame.left - box.left;
  else if (box.right > frame.right) scroller.scrollLeft += Math.min(box.right - frame.right, box.left - frame.left);
}

function isNumeric<R>(column: GridColumn<R> | undefined): boolean {
  return column !== undefined && ['integer', 'quantity', 'money', 'percent', 'score'].includes(column.type);
}

function defaultWidth<R>(column: GridColumn<R>): number {
  switch (column.type) {
    case 'longText':
      return 220;
    case 'text':
      return 160;
    case 'multiLink':
      return 180;
    case 'select':
    case 'link':
      return 140;
    case 'money':
      return 130;
    case 'date':
    case 'month':
      return 120;
    case 'boolean':
    case 'score':
      return 72;
    default:
      return 96;
  }
}
