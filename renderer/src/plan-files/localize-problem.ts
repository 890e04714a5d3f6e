import i18next from 'i18next';
import { matchFileMessage } from '../../../shared/file-format/messages';
import { localizeFieldMessage, type Translate } from '../../../shared/i18n/localize-message';

const t: Translate = (key, params) => String(i18next.t(key as never, params as never));

/**
 * A problem the file reader or the schemas named, in the UI's language. File-level messages
 * (`not valid JSON at line 3, …`) may carry another one as a parameter (the reason), which is
 * translated too; field messages go through the validation table; anything else stays as sent.
 */
export function localizeProblem(message: string): string {
  const matched = matchFileMessage(message);
  if (!matched) return localizeFieldMessage(message, t);
  const params = Object.fromEntries(Object.entries(matched.params).map(([name, value]) => [name, matchFileMessage(value) ? localizeProblem(value) : value]));
  return t(`planFiles.problems.${matched.key}`, params);
}
