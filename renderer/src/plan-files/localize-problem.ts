import type { FieldIssue } from '../../../shared/contracts/result';
import { localizeIssue } from '../../../shared/i18n/localize-issue';
import { appTranslate } from '../i18n/as-translate';

/**
 * A problem the file reader or the schemas named, in the UI's language, from the key it carries
 * (a file's own message, or a field's validation message); anything else stays as sent.
 */
export function localizeProblem(problem: Pick<FieldIssue, 'message' | 'key' | 'params'>): string {
  return localizeIssue(problem, appTranslate);
}
