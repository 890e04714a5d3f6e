import type { AppError } from '../../../shared/contracts';
import type { TeamSyncOutcome } from '../../../shared/team/views';
import { EXIT, type CliCommand, type CliIo } from '../command';
import { cliDataDir } from '../data-dir';
import type { TeamCliDeps } from './team-deps';
import { cliErrorText } from './team-format';
import { chooseServer, openTeamSession, type TeamSession } from './team-session';

/** Beyond EXIT: a sync (or publish, pull) that kept both sides of a clash, and one cut short. */
export const TEAM_EXIT = { conflict: 3, interrupted: 4 } as const;

export type Values = Record<string, string | boolean | undefined>;
export type Ctx = { io: CliIo; values: Values; args: string[]; deps: TeamCliDeps; command: CliCommand };

export function fail(io: CliIo, message: string, code: number = EXIT.refused): number {
  io.stderr(`${message}\n`);
  return code;
}

const CONNECTION_LOST = new Set(['teamUnreachable', 'teamConnectionLost']);

/** A refused command: the app's words for it; a server that did not answer (or stopped answering) is "interrupted". */
export function refused(io: CliIo, error: AppError): number {
  return fail(io, cliErrorText(error), error.reason && CONNECTION_LOST.has(error.reason) ? TEAM_EXIT.interrupted : EXIT.refused);
}

export function resultCode(result: TeamSyncOutcome['result']): number {
  if (result === 'conflict') return TEAM_EXIT.conflict;
  return result === 'locked' || result === 'failed' ? EXIT.refused : EXIT.ok;
}

/** Opens the data folder with the server this command uses, runs `fn`, and closes (putting the saved connection back). */
export async function withSession(ctx: Ctx, create: boolean, fn: (session: TeamSession) => Promise<number>): Promise<number> {
  const choice = chooseServer(ctx.values.server as string | undefined, ctx.io);
  if (!choice.ok) return fail(ctx.io, choice.message);
  const dataDir = cliDataDir(ctx.values['data-dir'] as string | undefined, ctx.io);
  const opened = openTeamSession({
    dataDir,
    create,
    server: choice.server,
    env: ctx.io.env,
    ...(ctx.deps.connect ? { connect: ctx.deps.connect } : {}),
  });
  if (!opened.ok) return fail(ctx.io, opened.message);
  try {
    return await fn(opened.session);
  } finally {
    opened.session.close();
  }
}
