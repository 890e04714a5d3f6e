import type { ReactNode } from 'react';

type FieldProps = {
  id: string;
  label: string;
  error?: string | null;
  hint?: string;
  children: ReactNode;
  className?: string;
  /** `<part>.<path>` of a bound field, as `data-field` (the plan health's "Fix" finds the field by it). */
  path?: string;
};

/** A visible label, the control, and its hint or error right beside it. */
export function Field({ id, label, error, hint, children, className, path }: FieldProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`} data-field={path}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The aria attributes a control needs to point at its Field's error or hint. */
export function describedBy(id: string, error?: string | null, hint?: string) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}
