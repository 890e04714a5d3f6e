import type { z } from 'zod';
import { fieldIssue, type FieldIssue } from '../../shared/contracts';
import { DomainError } from './errors';

/** The path of a zod issue as users and file formats write it: `actions[3].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 50).map((issue) => fieldIssue(formatPath(issue.path), issue.message));
}

/** Parses a value that came from outside (IPC, HTTP, a file) or refuses it with every problem named. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = zodIssues(result.error);
    const first = issues[0];
    const detail = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'invalid';
    throw new DomainError('invalid', `${what} is not valid (${detail}).`, issues, { reason: 'invalidRequest', params: { detail } });
  }
  return result.data;
}
