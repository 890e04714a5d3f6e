import { VALIDATION_MESSAGES, type ValidationMessageKey } from '../domain/messages';

/**
 * The Node side refuses values in English (the same text a command-line user reads). The UI
 * shows them in the user's language: a message made from a known template is matched back to
 * its key and parameters and translated; anything else is shown as it came.
 */
export type Translate = (key: string, params?: Record<string, string>) => string;

function templatePattern(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const m = part.match(/^\{\{(\w+)\}\}$/);
      if (m) {
        names.push(m[1]!);
        return '(.+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { re: new RegExp(`^${source}$`), names };
}

const FIELD_PATTERNS = (Object.keys(VALIDATION_MESSAGES) as ValidationMessageKey[]).map((key) => ({
  key: `validation.${key}`,
  ...templatePattern(VALIDATION_MESSAGES[key]),
}));

const WHOLE_MESSAGES: { key: string; re: RegExp; detail?: true; max?: true }[] = [
  { key: 'errors.diskFull', re: /^The disk is full, so this change was not saved\./ },
  { key: 'errors.listFull', re: /^This list is full: a plan holds at most ([\d,]+) rows/, max: true },
  { key: 'errors.invalidRequest', re: /^The request is not valid \((.+)\)\.$/, detail: true },
  { key: 'errors.notFound', re: /was not found\. It may have been deleted\.$/ },
  { key: 'errors.trashed', re: /^This plan is in the trash\./ },
  { key: 'errors.missingLinks', re: /^This row links to rows that do not exist/ },
  { key: 'errors.dependencyLoop', re: /^These dependencies would make a loop/ },
  { key: 'errors.periodOrder', re: /^The plan period ends before it starts\.$/ },
  { key: 'errors.connectionLost', re: /^The connection to Planwright was lost before it answered/ },
];

/** A field's message (`must be at most 200 characters`) in the user's language. */
export function localizeFieldMessage(message: string, t: Translate): string {
  for (const p of FIELD_PATTERNS) {
    const m = message.match(p.re);
    if (m) return t(p.key, Object.fromEntries(p.names.map((name, i) => [name, m[i + 1]!])));
  }
  return message;
}

/** A whole error's message in the user's language; `path: message` details are translated too. */
export function localizeErrorMessage(message: string, t: Translate): string {
  for (const w of WHOLE_MESSAGES) {
    const m = message.match(w.re);
    if (!m) continue;
    if (w.max) return t(w.key, { max: m[1]! });
    if (!w.detail) return t(w.key);
    const detail = m[1]!;
    const colon = detail.indexOf(': ');
    const localized = colon >= 0 ? `${detail.slice(0, colon)}: ${localizeFieldMessage(detail.slice(colon + 2), t)}` : localizeFieldMessage(detail, t);
    return t(w.key, { detail: localized });
  }
  return message;
}
