import type { MessageParams } from '../../../shared/contracts/message-ref';
import { DomainError } from '../errors';

/** The team library's known refusals; each has a translation under `errors.<reason>`. */
export type TeamErrorReason =
  | 'teamNotConfigured'
  | 'teamNoPassword'
  | 'teamUnreachable'
  | 'teamAuth'
  | 'teamTls'
  | 'teamSchemaMissing'
  | 'teamSchemaNewer'
  | 'teamNotMember'
  | 'teamConflict'
  | 'teamLocked'
  | 'teamDenied'
  | 'teamConnectionLost';

/**
 * A refusal from the team library. A DomainError, so the dispatcher sends it across as
 * `{ ok: false, error: { code, message, reason, params } }`; its message never holds a password.
 */
export class TeamError extends DomainError {
  constructor(
    readonly reason: TeamErrorReason,
    message: string,
    params?: MessageParams,
  ) {
    super(
      reason === 'teamConflict'
        ? 'conflict'
        : reason === 'teamDenied' || reason === 'teamAuth' || reason === 'teamNotMember'
          ? 'unauthorized'
          : 'unavailable',
      message,
      [],
      {
        reason,
        ...(params ? { params } : {}),
      },
    );
    this.name = 'TeamError';
  }
}
