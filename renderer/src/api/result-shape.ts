import type { AppError, Result } from '../../../shared/contracts/result';

export function failure(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** Whether an answer from the server has the shape of a Result; anything else is reported, not trusted. */
export function isResult(value: unknown): value is Result<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string';
}
