import type { AppError } from '../../../shared/contracts/result';

/**
 * The backend's field errors keyed by field name. Paths may be `name` (plans.create) or
 * `patch.name` (plans.updateMeta); the field is the last segment either way.
 */
export function issuesByField(error: AppError | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const field = issue.path.split('.').filter(Boolean).pop() ?? '';
    if (field && !(field in out)) out[field] = sentence(issue.message);
  }
  return out;
}

/** "must not be empty" reads better under a label as "Must not be empty". */
export function sentence(message: string): string {
  return message.charAt(0).toLocaleUpperCase() + message.slice(1);
}
