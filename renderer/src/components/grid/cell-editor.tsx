import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { CellValue, GridColumn } from './types';

/** How the editor was left: the grid commits and moves the active cell accordingly. */
/** How an edit ended: moving down, right or left, staying, cancelled, or Ctrl/⌘+Enter (commit and add a row). */
export type EditExit = 'down' | 'right' | 'left' | 'stay' | 'cancel' | 'addRow';

/** What the editor hands back: text to parse (typed fields) or a value (choices). */
export type EditResult = { kind: 'text'; text: string } | { kind: 'value'; value: CellValue };

type CellEditorProps<R> = {
  column: GridColumn<R>;
  value: CellValue;
  /** The text the editor starts with (the cell's value, or the key that started the edit). */
  initialText: string;
  /** Typing started the edit: replace, with the caret at the end; Enter/F2: select all. */
  seeded: boolean;
  label: string;
  onExit(result: EditResult | null, exit: EditExit): void;
};

/**
 * The editor inside a cell while it is being edited. Enter commits and moves down, Tab/Shift+Tab
 * commit and move right/left, Escape cancels, leaving the cell (a click elsewhere) commits.
 * In a long-text cell Shift+Enter or Alt+Enter starts a new line, as Alt+Enter does in Excel.
 */
export function CellEditor<R>({ column, value, initialText, seeded, label, onExit }: CellEditorProps<R>) {
  const done = useRef(false);
  const exit = (result: EditResult | null, how: EditExit) => {
    if (done.current) return;
    done.current = true;
    onExit(result, how);
  };

  if (column.type === 'multiLink') return <MultiLinkEditor column={column} value={value} label={label} onExit={exit} />;
  if (column.type === 'select' || column.type === 'link')
    return <ChoiceEditor column={column} value={value} initialText={seeded ? initialText : ''} label={label} onExit={exit} />;
  return <TextEditor column={column} initialText={initialText} seeded={seeded} label={label} onExit={exit} />;
}

function navigationExit(event: KeyboardEvent, multiline: boolean): EditExit | null {
  if (event.key === 'Escape') return 'cancel';
  if (event.key === 'Tab') return event.shiftKey ? 'left' : 'right';
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'addRow';
  if (event.key === 'Enter' && !(multiline && (event.shiftKey || event.altKey)) && !event.ctrlKey && !event.metaKey) return 'down';
  return null;
}

function TextEditor<R>({
  column,
  initialText,
  seeded,
  label,
  onExit,
}: Omit<CellEditorProps<R>, 'value' | 'onExit'> & { onExit(result: EditResult | null, exit: EditExit): void }) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  const multiline = column.type === 'longText';
  const startText = useRef(initialText);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    if (seeded) el.setSelectionRange?.(el.value.length, el.value.length);
    else if (column.type !== 'date' && column.type !== 'month') el.select();
  }, [seeded, column.type]);

  function onKeyDown(event: KeyboardEvent) {
    // Undo with nothing typed: leave the editor and let the plan's undo act on the cell.
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && text === startText.current) {
      onExit(null, 'cancel');
      return;
    }
    const how = navigationExit(event, multiline);
    if (!how) return;
    event.preventDefault();
    event.stopPropagation();
    onExit(how === 'cancel' ? null : { kind: 'text', text }, how);
  }

  const common = {
    ref,
    className: 'grid-editor__input',
    'aria-label': label,
    value: text,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onKeyDown,
    onBlur: () => onExit({ kind: 'text', text }, 'stay'),
    spellCheck: column.type === 'text' || column.type === 'longText',
  };
  if (multiline) return <textarea {...common} rows={2} />;
  const type = column.type === 'date' ? 'date' : column.type === 'month' ? 'month' : 'text';
  const numeric = ['integer', 'quantity', 'money', 'percent', 'score'].includes(column.type);
  return (
    <input
      {...common}
      type={type}
      inputMode={numeric ? 'decimal' : undefined}
      autoComplete="off"
      style={numeric ? { textAlign: 'end' } : undefined}
    />
  );
}

function ChoiceEditor<R>({
  column,
  value,
  initialText,
  label,
  onExit,
}: {
  column: GridColumn<R>;
  value: CellValue;
  initialText: string;
  label: string;
  onExit(result: EditResult | null, exit: EditExit): void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLSelectElement>(null);
  const options = column.options ?? [];
  const typed = initialText.trim().toLocaleLowerCase();
  const preselect = typed ? options.find((o) => o.label.toLocaleLowerCase().startsWith(typed))?.value : undefined;
  const [current, setCurrent] = useState<string>(preselect ?? (typeof value === 'string' ? value : ''));
  const nullable = column.nullable ?? true;

  useLayoutEffect(() => ref.current?.focus(), []);

  function onKeyDown(event: KeyboardEvent) {
    const how = navigationExit(event, false);
    if (!how) return;
    event.preventDefault();
    event.stopPropagation();
    onExit(how === 'cancel' ? null : { kind: 'value', value: current === '' ? null : current }, how);
  }

  return (
    <select
      ref={ref}
      className="grid-editor__select"
      aria-label={label}
      value={current}
      onChange={(e) => setCurrent(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => onExit({ kind: 'value', value: current === '' ? null : current }, 'stay')}
    >
      {nullable || current === '' ? <option value="">{nullable ? t('editor.grid.notSet') : t('editor.grid.choose')}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

const VIEW_MARGIN = 8;

/**
 * Puts a popover over its cell, as wide as the cell at least: below the cell's top where it fits in
 * the window, otherwise moved up until it does (the window's top is the limit; it scrolls beyond).
 */
function placeOverCell(el: HTMLElement): void {
  const cell = el.parentElement;
  if (!cell) return;
  const box = cell.getBoundingClientRect();
  el.style.minWidth = `${Math.max(box.width, 200)}px`;
  el.style.maxHeight = `${Math.min(360, window.innerHeight - 2 * VIEW_MARGIN)}px`;
  const height = el.offsetHeight;
  const width = el.offsetWidth;
  const top = Math.max(VIEW_MARGIN, Math.min(box.top, window.innerHeight - VIEW_MARGIN - height));
  const left = Math.max(VIEW_MARGIN, Math.min(box.left, window.innerWidth - VIEW_MARGIN - width));
  el.style.top = `${top}px`;
  el.style.left = `${left}px`;
}

/** A checkbox list of the rows a multi-link cell may point at; Space toggles, Enter commits. */
function MultiLinkEditor<R>({
  column,
  value,
  label,
  onExit,
}: {
  column: GridColumn<R>;
  value: CellValue;
  label: string;
  onExit(result: EditResult | null, exit: EditExit): void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const options = column.options ?? [];
  const [selected, setSelected] = useState<string[]>(Array.isArray(value) ? [...value] : []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // In the top layer the list is clipped by nothing (a table's sideways scroller would cut it to
    // its row); it stays a child of the cell, so the grid's keys and focus checks still see it.
    el.showPopover?.();
    const place = () => placeOverCell(el);
    place();
    // focus() returns undefined, so `a?.focus() ?? b?.focus()` would always move on to the group.
    (el.querySelector<HTMLInputElement>('input') ?? el).focus({ preventScroll: true });
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, []);

  function toggle(id: string) {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const boxes = [...(ref.current?.querySelectorAll<HTMLInputElement>('input') ?? [])];
    const index = boxes.indexOf(document.activeElement as HTMLInputElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      boxes[Math.max(0, Math.min(boxes.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
      return;
    }
    const how = navigationExit(event, false);
    if (!how) return;
    event.preventDefault();
    event.stopPropagation();
    onExit(how === 'cancel' ? null : { kind: 'value', value: options.map((o) => o.value).filter((id) => selected.includes(id)) }, how);
  }

  return (
    <div
      ref={ref}
      popover="manual"
      className="grid-editor__popover"
      role="group"
      aria-label={label}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onExit({ kind: 'value', value: selected }, 'stay');
      }}
    >
      {options.length === 0 ? <p className="grid-editor__empty">{t('editor.grid.noLinkTargets')}</p> : null}
      {options.map((o) => (
        <label key={o.value} className="grid-editor__check">
          <input type="checkbox" checked={selected.includes(o.value)} onChange={() => toggle(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
