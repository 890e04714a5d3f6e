import { refOf, type MessageParams } from './message-ref';

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

/**
 * A refused value: where (`actions[3].end`), the English text, and the key and parameters the UI
 * translates from (absent only for text from outside our templates).
 */
export type FieldIssue = { path: string; message: string; key?: string; params?: MessageParams };

/**
 * `reason` says which known refusal this is (the UI shows `errors.<reason>` in its language, and
 * acts on it: a missing LibreOffice, a lost connection); `message` is the English for logs.
 */
export type AppError = { code: ErrorCode; message: string; reason?: ErrorReason; params?: MessageParams; issues?: FieldIssue[] };

/** The refusals the UI recognises, each with a translation under `errors.<reason>`. */
export const ERROR_REASONS = [
  'invalidRequest',
  'notFound',
  'trashed',
  'missingLinks',
  'dependencyLoop',
  'periodOrder',
  'diskFull',
  'listFull',
  'libreOfficeMissing',
  'connectionLost',
  'unreachable',
  'versionTooNew',
  'sheetEmpty',
  'sheetTooLarge',
  'sheetTooManyCells',
  'sheetUnreadable',
  'sheetOldExcel',
  'sheetNotUtf8',
  // The team library (electron/core/team): a PostgreSQL server shared by a team.
  'teamNotConfigured',
  'teamNoPassword',
  'teamUnreachable',
  'teamAuth',
  'teamTls',
  'teamSchemaMissing',
  'teamSchemaNewer',
  'teamNotMember',
  'teamConflict',
  'teamLocked',
  'teamDenied',
  'teamConnectionLost',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** Which known refusal an error is, and with what; passed to fail() and DomainError. */
export type Because = { reason: ErrorReason; params?: MessageParams };

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * What a transport (Electron's IPC, browser mode's HTTP and socket) needs of the backend: one
 * validated entry point that never throws. A long command (a report export) answers a promise.
 */
export type Dispatcher = { dispatch(name: unknown, request: unknown): Result<unknown> | Promise<Result<unknown>> };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[], because?: Because): { ok: false; error: AppError } => ({
  ok: false,
  error: {
    code,
    message,
    ...(because ? { reason: because.reason, ...(because.params ? { params: because.params } : {}) } : {}),
    ...(issues && issues.length > 0 ? { issues } : {}),
  },
});

/** A field issue for `message`, carrying the key it was made from when it was made by our templates. */
export function fieldIssue(path: string, message: string): FieldIssue {
  const ref = refOf(message);
  return ref ? { path, message, ...ref } : { path, message };
}

/** Whether an answer from across a boundary has the shape of a Result; anything else is reported, not trusted. */
export function isResult(value: unknown): value is Result<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string';
}
