import fs from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../../../shared/error-message';
import { DomainError } from '../../core/errors';
import { EXIT, usageError, type CliIo } from '../command';
import { fail, refused, type Ctx } from './team-context';
import { connectionLine } from './team-format';
import { chooseServer } from './team-session';

/**
 * An error thrown by the owner's steps (outside the backend), as the backend would have sent it;
 * the server's own words (a role that does not exist) after what was being done.
 */
function thrown(io: CliIo, doing: string, error: unknown): number {
  if (error instanceof DomainError) return refused(io, { code: error.code, message: error.message, issues: error.issues, ...error.because });
  return fail(io, `${doing}: ${errorMessage(error)}`);
}

/** The owner's steps on the server: no data folder, the owner's connection from --server or PLANWRIGHT_TEAM_URL. */
export const ownerActions: Record<string, (ctx: Ctx) => Promise<number>> = {
  setup: async (ctx) => {
    const choice = chooseServer(ctx.values.server as string | undefined, ctx.io);
    if (!choice.ok) return fail(ctx.io, choice.message);
    if (!choice.server)
      return usageError(ctx.io, ctx.command, 'setup needs the owner’s connection: --server postgres://owner@host/db (or PLANWRIGHT_TEAM_URL)');
    const config = { connection: choice.server.connection, password: choice.server.password ?? (ctx.io.env.PGPASSWORD || null) };
    try {
      const { from, to } = await ctx.deps.setupSchema(config);
      ctx.io.stdout(
        from === to
          ? `The team library on ${connectionLine(config.connection)} is already at schema version ${to}; nothing to do.\n`
          : `Set up the team library on ${connectionLine(config.connection)}: schema version ${from} → ${to}.\n` +
              'Next, add each person: CREATE ROLE name LOGIN PASSWORD …; then planwright team add-member --team NAME --member name\n',
      );
      return EXIT.ok;
    } catch (error) {
      return thrown(ctx.io, 'The team library could not be set up', error);
    }
  },

  schema: async (ctx) => {
    const { sql, version } = await ctx.deps.schemaSql();
    const out = ctx.values.out as string | undefined;
    if (out === undefined) {
      ctx.io.stdout(sql);
      return EXIT.ok;
    }
    const file = path.resolve(ctx.io.cwd, out);
    try {
      fs.writeFileSync(file, sql);
    } catch (error) {
      return fail(ctx.io, `${out}: ${errorMessage(error)}`);
    }
    ctx.io.stdout(
      `Wrote the team library’s schema (version ${version}) to ${out}.\nRun it once, as the role that will own the database: psql -v ON_ERROR_STOP=1 -f ${out}\n`,
    );
    return EXIT.ok;
  },

  'add-member': async (ctx) => {
    const team = ctx.values.team as string | undefined;
    const member = ctx.values.member as string | undefined;
    if (!team?.trim()) return usageError(ctx.io, ctx.command, 'add-member needs --team NAME');
    if (!member?.trim()) return usageError(ctx.io, ctx.command, 'add-member needs --member ROLE (the member’s PostgreSQL login)');
    const choice = chooseServer(ctx.values.server as string | undefined, ctx.io);
    if (!choice.ok) return fail(ctx.io, choice.message);
    if (!choice.server)
      return usageError(ctx.io, ctx.command, 'add-member needs the owner’s connection: --server postgres://owner@host/db (or PLANWRIGHT_TEAM_URL)');
    const config = { connection: choice.server.connection, password: choice.server.password ?? (ctx.io.env.PGPASSWORD || null) };
    const lead = ctx.values.lead === true;
    try {
      const added = await ctx.deps.addMember(config, { team, member, displayName: (ctx.values.name as string | undefined) ?? '', lead });
      ctx.io.stdout(`Added ${member.trim()} to “${team.trim()}” as ${lead ? 'a lead' : 'a member'} (team ${added.teamId}).\n`);
      return EXIT.ok;
    } catch (error) {
      return thrown(ctx.io, `${member.trim()} could not be added`, error);
    }
  },
};
