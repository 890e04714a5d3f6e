import type { AppError } from '../../../shared/contracts/result';
import { localizeError, localizeIssue } from '../../../shared/i18n/localize-issue';
import { appTranslate } from '../i18n/as-translate';

/**
 * The backend's field errors keyed by field name, in the UI's language. Paths may be `name`
 * (plans.create) or `patch.name` (plans.updateMeta); the field is the last segment either way.
 */
export function issuesByField(error: AppError | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const field = issue.path.split('.').filter(Boolean).pop() ?? '';
    if (field && !(field in out)) out[field] = sentence(localizeIssue(issue, appTranslate));
  }
  return out;
}

/** A whole error, for where no single field is to blame, in the UI's language. */
export function errorText(error: AppError): string {
  return sentence(localizeError(error, appTranslate));
}

/** "must not be empty" reads better under a label as "Must not be empty". */
export function sentence(message: string): string {
  return message.charAt(0).toLocaleUpperCase() + message.slice(1);
}
