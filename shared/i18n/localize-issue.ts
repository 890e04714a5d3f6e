import type { AppError, FieldIssue } from '../contracts/result';
import { refOf, type MessageParams, type MessageRef } from '../contracts/message-ref';

import type { Translate } from './types';

export type { Translate } from './types';

/**
 * A message in the reader's language, from its key and parameters. A parameter that is itself one
 * of our messages (a file's JSON error inside "not valid JSON at …") is translated too.
 */
export function localizeRef(ref: MessageRef, t: Translate): string {
  return t(ref.key, localizeParams(ref.params, t));
}

function localizeParams(params: MessageParams | undefined, t: Translate): Record<string, string> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      const inner = typeof value === 'string' ? refOf(value) : undefined;
      return [name, inner ? localizeRef(inner, t) : String(value)];
    }),
  );
}

/**
 * A field's refusal in the reader's language: from the key it carries, or the key its text was
 * made from in this process; text from outside our templates is shown as it came.
 */
export function localizeIssue(issue: Pick<FieldIssue, 'message' | 'key' | 'params'>, t: Translate): string {
  const ref = issue.key ? { key: issue.key, params: issue.params } : refOf(issue.message);
  return ref ? localizeRef(ref, t) : issue.message;
}

/** A whole error in the reader's language, by its reason; an error without one is shown as it came. */
export function localizeError(error: AppError, t: Translate): string {
  if (!error.reason) return error.message;
  if (error.reason === 'invalidRequest') {
    // The detail names the first refused field: its path stays, its message is translated.
    const first = error.issues?.[0];
    const detail = first ? `${first.path ? `${first.path}: ` : ''}${localizeIssue(first, t)}` : String(error.params?.detail ?? '');
    return t('errors.invalidRequest', { detail });
  }
  return t(`errors.${error.reason}`, localizeParams(error.params, t));
}
