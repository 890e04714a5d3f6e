import { fieldIssue, type Because, type ErrorCode, type FieldIssue } from '../../shared/contracts';

/**
 * A refusal the user can act on; the dispatcher turns it into an error result. `because` names a
 * known refusal (the UI translates `errors.<reason>`); the message is its English.
 */
export class DomainError extends Error {
  readonly issues: FieldIssue[];

  constructor(
    readonly code: ErrorCode,
    message: string,
    issues: { path: string; message: string; key?: string }[] = [],
    readonly because?: Because,
  ) {
    super(message);
    // Issues written as { path, message(...) } leave with the key their text was made from.
    this.issues = issues.map((issue) => (issue.key ? (issue as FieldIssue) : fieldIssue(issue.path, issue.message)));
  }
}

export const notFound = (what: string) =>
  new DomainError('not_found', `${what} was not found. It may have been deleted.`, [], { reason: 'notFound' });
