import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { formatMoneyPlain, minorDigits, parseMoney } from '../../../../shared/format/money';
import { sentence } from '../../format/issues';
import { useLocale } from '../../hooks/use-locale';
import { formatQuantity, normalizeDigits, parseNumber, parsePercent } from '../grid/cell-values';
import { describedBy, Field } from '../field';
import { actsOnPlan, useHandOver } from './use-hand-over';

type Base = {
  label: string;
  hint?: string;
  error?: string | null;
  readOnly?: boolean;
  className?: string;
  /** Called when the field loses the focus (bound fields flush their save here). */
  onBlur?: () => void;
  /** `<part>.<path>` of a bound field (usePartField gives it): marks the field for the plan health's "Fix". */
  fieldPath?: string;
};

export type TextFieldProps = Base & {
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  maxLength?: number;
  /** Hand each change to `onChange` a frame after the key (fields bound to the plan; see use-hand-over.ts). */
  changeAfterPaint?: boolean;
};

/**
 * The text being typed, for a field whose changes may reach `onChange` a frame late: shown from
 * the field's own state meanwhile, so the key's frame renders this field alone.
 */
function useTypedText(value: string, onChange: (value: string) => void, onBlur: (() => void) | undefined, afterPaint: boolean) {
  const [draft, setDraft] = useState<string | null>(null);
  const sent = useRef(value);
  const handOver = useHandOver<string>((text) => {
    sent.current = text;
    onChange(text);
  });
  // A value from elsewhere (undo, a drafted text) replaces what is being typed.
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    handOver.drop();
    setDraft(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- handOver is a new object each render; its drop() is stable, and only a new value should run this
  }, [value, handOver.drop]);
  return {
    value: draft ?? value,
    onChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) {
      const text = event.target.value;
      if (!afterPaint) return onChange(text);
      setDraft(text);
      handOver.hold(() => text);
    },
    onBlur() {
      handOver.flush();
      onBlur?.();
    },
    onKeyDown(event: KeyboardEvent) {
      if (actsOnPlan(event)) handOver.flush();
    },
  };
}

export function TextField({
  label,
  hint,
  error,
  readOnly,
  className,
  onBlur,
  value,
  onChange,
  placeholder,
  maxLength,
  fieldPath,
  changeAfterPaint = false,
}: TextFieldProps) {
  const id = useId();
  const typed = useTypedText(value, onChange, onBlur, changeAfterPaint);
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className} path={fieldPath}>
      <input
        id={id}
        className="input"
        placeholder={placeholder}
        maxLength={maxLength}
        readOnly={readOnly}
        autoComplete="off"
        {...typed}
        {...describedBy(id, error, hint)}
      />
    </Field>
  );
}

export type TextAreaProps = TextFieldProps & { rows?: number };

/** A multi-line text that grows with its content (CSS field-sizing, up to a limit, then scrolls). */
export function TextArea({
  label,
  hint,
  error,
  readOnly,
  className,
  onBlur,
  value,
  onChange,
  placeholder,
  maxLength,
  rows = 3,
  fieldPath,
  changeAfterPaint = false,
}: TextAreaProps) {
  const id = useId();
  const typed = useTypedText(value, onChange, onBlur, changeAfterPaint);
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className} path={fieldPath}>
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        placeholder={placeholder}
        maxLength={maxLength}
        readOnly={readOnly}
        {...typed}
        {...describedBy(id, error, hint)}
      />
    </Field>
  );
}

type NumericProps = Base & {
  value: number | null;
  onChange(value: number | null): void;
  placeholder?: string;
  /** Text beside the number: a currency code, "%", a unit. */
  suffix?: ReactNode;
};

type NumericFormat = {
  display(value: number): string;
  edit(value: number): string;
  /** null for empty, NaN for text that is not a number of this kind. */
  parse(text: string): number | null;
  invalid: string;
};

/**
 * A number typed as text: while the field has the focus it shows what the user types (even
 * "12." on the way to "12.5"); outside it shows the number formatted for the locale. Text that
 * is not a number stays, with the reason beside it, and the stored value does not change.
 */
function NumericField({
  label,
  hint,
  error,
  readOnly,
  className,
  onBlur,
  value,
  onChange,
  placeholder,
  suffix,
  format,
  fieldPath,
}: NumericProps & { format: NumericFormat }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const emitted = useRef(value);

  // A new value from elsewhere (undo, another part) replaces what is being typed.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setDraft((d) => (d === null ? null : value === null ? '' : format.edit(value)));
    setInvalid(false);
  }, [value, format]);

  const shown = draft ?? (value === null ? '' : format.display(value));
  const message = invalid ? sentence(format.invalid) : (error ?? null);
  return (
    <Field id={id} label={label} error={message} hint={hint} className={className} path={fieldPath}>
      <div className={`input-adorned${suffix ? ' input-adorned--suffix' : ''}`}>
        <input
          id={id}
          className="input input--num"
          inputMode="decimal"
          autoComplete="off"
          value={shown}
          placeholder={placeholder}
          readOnly={readOnly}
          onFocus={() => setDraft(value === null ? '' : format.edit(value))}
          onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            const parsed = format.parse(text);
            if (parsed !== null && Number.isNaN(parsed)) return setInvalid(true);
            setInvalid(false);
            if (parsed !== value) {
              emitted.current = parsed;
              onChange(parsed);
            }
          }}
          onBlur={() => {
            if (!invalid) setDraft(null);
            onBlur?.();
          }}
          {...describedBy(id, message, hint)}
        />
        {suffix ? (
          <span className="input-adorned__suffix" aria-hidden="true">
            {suffix}
          </span>
        ) : null}
      </div>
    </Field>
  );
}

export type NumberFieldProps = NumericProps & { integer?: boolean };

export function NumberField({ integer, ...props }: NumberFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format: NumericFormat = {
    display: (v) => formatQuantity(v, locale),
    edit: (v) => String(v),
    parse: (text) => {
      const n = parseNumber(text);
      return n !== null && integer && !Number.isInteger(n) ? Number.NaN : n;
    },
    invalid: t(integer ? 'editor.input.notWhole' : 'validation.number'),
  };
  return <NumericField {...props} format={useStableFormat(format, [locale, integer, t])} />;
}

export type MoneyFieldProps = NumericProps & { currency: string };

/** An amount in the plan's currency, held in minor units; shown grouped, right-aligned, with the currency code. */
export function MoneyField({ currency, ...props }: MoneyFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format: NumericFormat = {
    display: (v) => formatMoneyPlain(v, currency, locale),
    edit: (v) => {
      const digits = minorDigits(currency);
      return (v / 10 ** digits).toFixed(digits);
    },
    parse: (text) => parseMoney(normalizeDigits(text), currency),
    invalid: t('validation.amount'),
  };
  return <NumericField suffix={currency} {...props} format={useStableFormat(format, [locale, currency, t])} />;
}

/** A percentage as the number the user means: 4.2 is 4.2 %. */
export function PercentField(props: NumericProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format: NumericFormat = {
    display: (v) => formatQuantity(v, locale),
    edit: (v) => String(v),
    parse: (text) => parsePercent(text),
    invalid: t('validation.percent'),
  };
  return <NumericField suffix="%" {...props} format={useStableFormat(format, [locale, t])} />;
}

/** The format object changes only with what it depends on, so the sync effect above stays quiet. */
function useStableFormat(format: NumericFormat, deps: unknown[]): NumericFormat {
  const ref = useRef<{ deps: unknown[]; format: NumericFormat } | null>(null);
  if (!ref.current || ref.current.deps.some((d, i) => d !== deps[i])) ref.current = { deps, format };
  return ref.current.format;
}

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = Base & {
  value: string | null;
  onChange(value: string | null): void;
  options: readonly SelectOption[];
  /** Offer "Not set" (null). Default true. */
  nullable?: boolean;
};

export function SelectField({
  label,
  hint,
  error,
  readOnly,
  className,
  onBlur,
  value,
  onChange,
  options,
  nullable = true,
  fieldPath,
}: SelectFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className} path={fieldPath}>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        onBlur={onBlur}
        {...describedBy(id, error, hint)}
      >
        {nullable || value === null ? <option value="">{nullable ? t('editor.grid.notSet') : t('editor.grid.choose')}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export type DateFieldProps = Base & { value: string | null; onChange(value: string | null): void; kind?: 'date' | 'month' };

/** A calendar date (YYYY-MM-DD) or month (YYYY-MM), with the platform's picker. */
export function DateField({ label, hint, error, readOnly, className, onBlur, value, onChange, kind = 'date', fieldPath }: DateFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className} path={fieldPath}>
      <input
        id={id}
        type={kind}
        className="input"
        value={value ?? ''}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        onBlur={onBlur}
        {...describedBy(id, error, hint)}
      />
    </Field>
  );
}

export type MultiCheckFieldProps = Base & { value: readonly string[]; onChange(value: string[]): void; options: readonly SelectOption[] };

/** Several choices at once (a group of checkboxes named by its legend); the order of `options` is kept. */
export function MultiCheckField({ label, hint, error, readOnly, className, onBlur, value, onChange, options, fieldPath }: MultiCheckFieldProps) {
  const id = useId();
  return (
    <fieldset
      className={`field multi-check${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}
      disabled={readOnly}
      data-field={fieldPath}
      aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onBlur?.();
      }}
    >
      <legend className="field__label">{label}</legend>
      <div className="multi-check__options">
        {options.map((o) => (
          <label key={o.value} className="multi-check__option">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(options.map((x) => x.value).filter((v) => (v === o.value ? e.target.checked : value.includes(v))))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
