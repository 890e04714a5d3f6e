/**
 * What crosses the process boundary: never a thrown error (Electron would flatten it to a
 * string), always a value or an error the UI can show next to the field it concerns.
 */
export type ErrorCode =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'unknown_command'
  | 'unauthorized'
  | 'database_too_new'
  /** Something the machine lacks, such as LibreOffice for PDF export. */
  | 'unavailable'
  | 'internal';

export type FieldIssue = { path: string; message: string };

export type AppError = { code: ErrorCode; message: string; issues?: FieldIssue[] };

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * What a transport (Electron's IPC, browser mode's HTTP and socket) needs of the backend: one
 * validated entry point that never throws. A long command (a report export) answers a promise.
 */
export type Dispatcher = { dispatch(name: unknown, request: unknown): Result<unknown> | Promise<Result<unknown>> };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): { ok: false; error: AppError } => ({
  ok: false,
  error: issues && issues.length > 0 ? { code, message, issues } : { code, message },
});

/** Whether an answer from across a boundary has the shape of a Result; anything else is reported, not trusted. */
export function isResult(value: unknown): value is Result<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string';
}
