import i18next from 'i18next';
import type { FieldIssue } from '../../../shared/contracts/result';
import { localizeIssue, type Translate } from '../../../shared/i18n/localize-issue';

const t: Translate = (key, params) => String(i18next.t(key as never, params as never));

/**
 * A problem the file reader or the schemas named, in the UI's language, from the key it carries
 * (a file's own message, or a field's validation message); anything else stays as sent.
 */
export function localizeProblem(problem: Pick<FieldIssue, 'message' | 'key' | 'params'>): string {
  return localizeIssue(problem, t);
}
