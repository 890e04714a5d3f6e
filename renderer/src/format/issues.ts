import i18next from 'i18next';
import type { AppError } from '../../../shared/contracts/result';
import { localizeError, localizeIssue, type Translate } from '../../../shared/i18n/localize-issue';

const t: Translate = (key, params) => String(i18next.t(key as never, params as never));

/**
 * The backend's field errors keyed by field name, in the UI's language. Paths may be `name`
 * (plans.create) or `patch.name` (plans.updateMeta); the field is the last segment either way.
 */
export function issuesByField(error: AppError | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const field = issue.path.split('.').filter(Boolean).pop() ?? '';
    if (field && !(field in out)) out[field] = sentence(localizeIssue(issue, t));
  }
  return out;
}

/** A whole error, for where no single field is to blame, in the UI's language. */
export function errorText(error: AppError): string {
  return sentence(localizeError(error, t));
}

/** "must not be empty" reads better under a label as "Must not be empty". */
export function sentence(message: string): string {
  return message.charAt(0).toLocaleUpperCase() + message.slice(1);
}
