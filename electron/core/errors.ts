import type { ErrorCode, FieldIssue } from '../../shared/contracts';

/** A refusal the user can act on; the dispatcher turns it into an error result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found. It may have been deleted.`);
