import { useEffect, useId, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { formatQuantity, parseNumber } from '../../components/grid/cell-values';
import { sentence } from '../../format/issues';
import { useLocale } from '../../hooks/use-locale';
import { useStore } from '../../state/store';

type PeriodInputProps = {
  value: number | null;
  /** Names the input for assistive technology and tests: "Target, Mar 27". */
  label: string;
  /** A refusal of the stored value (from the save), already localized. */
  error: string | null;
  readOnly: boolean;
  /** Grid position, so Enter and the arrow keys move as in a spreadsheet. */
  row: number;
  column: 'target' | 'actual';
  onChange(value: number | null): void;
  /** A block of lines pasted from a spreadsheet: fill this period and the ones below. */
  onPasteLines(lines: string[]): void;
};

/**
 * A target or an actual in the period table. While focused it shows what the user types; outside,
 * the number formatted for the locale. Text that is not a number stays, with the reason right
 * beside it, and the stored value does not change until it reads as a number.
 */
export function PeriodInput({ value, label, error, readOnly, row, column, onChange, onPasteLines }: PeriodInputProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const emitted = useRef(value);
  const input = useRef<HTMLInputElement>(null);
  const selectAll = useRef(false);

  // Entering the field swaps the formatted number for the plain one, which drops the selection;
  // select it again before the next key arrives, so typing replaces the value as Tab promises.
  useLayoutEffect(() => {
    if (!selectAll.current) return;
    selectAll.current = false;
    input.current?.select();
  });

  // A new value from elsewhere (undo, a paste) replaces what is being typed.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setDraft((d) => (d === null ? null : value === null ? '' : String(value)));
    setInvalid(false);
  }, [value]);

  const shown = draft ?? (value === null ? '' : formatQuantity(value, locale));
  const message = invalid ? sentence(t('validation.number')) : error;

  function move(event: KeyboardEvent<HTMLInputElement>, step: number) {
    const table = event.currentTarget.closest('table');
    const next = table?.querySelector<HTMLInputElement>(`input[data-row="${row + step}"][data-column="${column}"]`);
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') move(event, event.shiftKey ? -1 : 1);
    else if (event.key === 'ArrowDown') move(event, 1);
    else if (event.key === 'ArrowUp') move(event, -1);
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const text = event.clipboardData.getData('text/plain').replace(/\r?\n$/, '');
    if (!/[\r\n]/.test(text)) return;
    event.preventDefault();
    setDraft(null);
    onPasteLines(text.split(/\r?\n/));
  }

  return (
    <div className={`kpi-input${message ? ' kpi-input--invalid' : ''}`}>
      <input
        ref={input}
        id={id}
        className="input input--num kpi-input__field"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        value={shown}
        readOnly={readOnly}
        data-row={row}
        data-column={column}
        onFocus={(e) => {
          e.currentTarget.select();
          if (invalid) return;
          selectAll.current = true;
          setDraft(value === null ? '' : String(value));
        }}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const parsed = parseNumber(text);
          if (parsed !== null && Number.isNaN(parsed)) return setInvalid(true);
          setInvalid(false);
          if (parsed !== value) {
            emitted.current = parsed;
            onChange(parsed);
          }
        }}
        onBlur={() => {
          if (!invalid) setDraft(null);
          void useStore.getState().flushEdits();
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {message ? (
        <p className="kpi-input__error" id={`${id}-error`} role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
