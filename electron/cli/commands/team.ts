import fs from 'node:fs';
import path from 'node:path';
import type { AppError, PlanSummary } from '../../../shared/contracts';
import type { TeamSyncOutcome } from '../../../shared/team/views';
import { errorMessage } from '../../../shared/error-message';
import { DomainError } from '../../core/errors';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand, type CliIo } from '../command';
import { cliDataDir } from '../data-dir';
import { defaultTeamCliDeps, type TeamCliDeps } from './team-deps';
import {
  cliErrorText,
  connectionLine,
  historyTable,
  listingTable,
  outcomeLine,
  serverLines,
  statusTable,
  syncSummary,
  syncTable,
} from './team-format';
import { chooseServer, openTeamSession, type TeamSession } from './team-session';

/** Beyond EXIT: a sync (or publish, pull) that kept both sides of a clash, and one cut short. */
export const TEAM_EXIT = { conflict: 3, interrupted: 4 } as const;

type Values = Record<string, string | boolean | undefined>;
type Ctx = { io: CliIo; values: Values; args: string[]; deps: TeamCliDeps; command: CliCommand };

/** Each action: its positional arguments and the options it takes beyond --help. */
const ACTIONS: Record<string, { args: string[]; options: string[] }> = {
  connect: { args: [], options: ['server', 'data-dir'] },
  status: { args: [], options: ['server', 'data-dir', 'json'] },
  list: { args: [], options: ['server', 'data-dir', 'json'] },
  publish: { args: ['PLAN'], options: ['server', 'data-dir', 'team'] },
  pull: { args: ['ID'], options: ['server', 'data-dir'] },
  sync: { args: [], options: ['server', 'data-dir', 'json'] },
  resolve: { args: ['PLAN'], options: ['server', 'data-dir', 'keep'] },
  lock: { args: ['ID', 'VERSION'], options: ['server', 'data-dir'] },
  unlock: { args: ['ID'], options: ['server', 'data-dir'] },
  history: { args: ['ID'], options: ['server', 'data-dir', 'json'] },
  setup: { args: [], options: ['server'] },
  schema: { args: [], options: ['out'] },
  'add-member': { args: [], options: ['server', 'team', 'member', 'lead', 'name'] },
};

function fail(io: CliIo, message: string, code: number = EXIT.refused): number {
  io.stderr(`${message}\n`);
  return code;
}

const CONNECTION_LOST = new Set(['teamUnreachable', 'teamConnectionLost']);

/** A refused command: the app's words for it; a server that did not answer (or stopped answering) is "interrupted". */
function refused(io: CliIo, error: AppError): number {
  return fail(io, cliErrorText(error), error.reason && CONNECTION_LOST.has(error.reason) ? TEAM_EXIT.interrupted : EXIT.refused);
}

/**
 * An error thrown by the owner's steps (outside the backend), as the backend would have sent it;
 * the server's own words (a role that does not exist) after what was being done.
 */
function thrown(io: CliIo, doing: string, error: unknown): number {
  if (error instanceof DomainError) return refused(io, { code: error.code, message: error.message, issues: error.issues, ...error.because });
  return fail(io, `${doing}: ${errorMessage(error)}`);
}

function resultCode(result: TeamSyncOutcome['result']): number {
  if (result === 'conflict') return TEAM_EXIT.conflict;
  return result === 'locked' || result === 'failed' ? EXIT.refused : EXIT.ok;
}

async function withSession(ctx: Ctx, create: boolean, fn: (session: TeamSession) => Promise<number>): Promise<number> {
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

/** A local plan by its id or its exact name (not in the trash). */
async function findPlan(session: TeamSession, wanted: string): Promise<PlanSummary | string> {
  const listed = await session.call('plans.list', {});
  if (!listed.ok) return cliErrorText(listed.error);
  const byId = listed.value.find((p) => p.id === wanted);
  if (byId) return byId;
  const named = listed.value.filter((p) => p.name === wanted);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) return `${named.length} plans are named “${wanted}”: give one’s id (${named.map((p) => p.id).join(', ')}).`;
  return `No plan “${wanted}” in ${session.dataDir}: give a plan’s id or exact name (planwright list shows them).`;
}

/** The team for --team: its id, or its exact name among the user's teams. */
async function findTeam(session: TeamSession, wanted: string): Promise<{ teamId: string } | { error: AppError } | string> {
  const info = await session.call('team.test', {});
  if (!info.ok) return { error: info.error };
  const teams = info.value.teams;
  const team = teams.find((t) => t.teamId === wanted) ?? teams.find((t) => t.name === wanted);
  if (team) return { teamId: team.teamId };
  const yours = teams.length ? `your teams: ${teams.map((t) => t.name).join(', ')}` : 'you are in no team yet';
  return `You are not in a team “${wanted}” (${yours}).`;
}

const run: Record<string, (ctx: Ctx) => Promise<number>> = {
  connect: (ctx) =>
    withSession(ctx, true, async (s) => {
      if (!s.connection) {
        return fail(ctx.io, 'Say which server: planwright team connect --server postgres://user@host:5432/database (or set PLANWRIGHT_TEAM_URL).');
      }
      const tested = await s.call('team.test', {});
      if (!tested.ok) {
        const given = ctx.values.server !== undefined || Boolean(ctx.io.env.PLANWRIGHT_TEAM_URL?.trim());
        ctx.io.stderr(`Could not connect to ${connectionLine(s.connection)}.${given ? ' Nothing was saved.' : ''}\n`);
        return refused(ctx.io, tested.error);
      }
      s.keep();
      ctx.io.stdout(
        `Connected to ${connectionLine(s.connection)}\n${serverLines(tested.value)}` +
          `Saved as the team library of ${s.dataDir} (never the password).\n` +
          'The password is kept in this process’s memory only (the command line has no keychain): give it again next time ' +
          'with PGPASSWORD or in the --server URL. The desktop app keeps its own in the OS keychain.\n',
      );
      return EXIT.ok;
    }),

  status: (ctx) =>
    withSession(ctx, false, async (s) => {
      const links = await s.call('team.links', {});
      if (!links.ok) return refused(ctx.io, links.error);
      const [here, trashed] = [await s.call('plans.list', {}), await s.call('plans.list', { trashed: true })];
      const names = new Map([...(here.ok ? here.value : []), ...(trashed.ok ? trashed.value : [])].map((p) => [p.id, p.name]));
      const listing = s.connection ? await s.call('team.list', {}) : null;
      const states = listing?.ok ? new Map(listing.value.plans.flatMap((p) => (p.state ? [[p.remoteId, p.state] as const] : []))) : null;
      const offline = listing && !listing.ok ? cliErrorText(listing.error) : null;
      if (ctx.values.json) {
        const server = listing?.ok ? listing.value.server : null;
        ctx.io.stdout(
          `${JSON.stringify({ connection: s.connection, server, error: offline, links: links.value.map((l) => ({ ...l, name: names.get(l.planId) ?? null, state: states?.get(l.planId) ?? null })) }, null, 2)}\n`,
        );
        return EXIT.ok;
      }
      ctx.io.stdout(s.connection ? `Team library: ${connectionLine(s.connection)}\n` : `No team library is set up in ${s.dataDir}.\n`);
      if (listing?.ok) ctx.io.stdout(serverLines(listing.value.server));
      if (offline) ctx.io.stdout(`Could not ask the team library: ${offline}\nShowing what this laptop knows.\n`);
      ctx.io.stdout('\n');
      if (links.value.length === 0) {
        ctx.io.stdout(
          'No plan here is linked to a team library yet: publish one (planwright team publish PLAN) or pull one (planwright team pull ID).\n',
        );
      } else ctx.io.stdout(statusTable(links.value, names, states));
      return EXIT.ok;
    }),

  list: (ctx) =>
    withSession(ctx, false, async (s) => {
      const listing = await s.call('team.list', {});
      if (!listing.ok) return refused(ctx.io, listing.error);
      if (ctx.values.json) {
        ctx.io.stdout(`${JSON.stringify(listing.value, null, 2)}\n`);
        return EXIT.ok;
      }
      ctx.io.stdout(`Team library: ${connectionLine(s.connection!)}\n\n`);
      if (listing.value.plans.length === 0) ctx.io.stdout('No team plans yet: publish one with planwright team publish PLAN.\n');
      else ctx.io.stdout(listingTable(listing.value));
      return EXIT.ok;
    }),

  publish: (ctx) =>
    withSession(ctx, false, async (s) => {
      const plan = await findPlan(s, ctx.args[0]!);
      if (typeof plan === 'string') return fail(ctx.io, plan);
      let teamId: string | undefined;
      if (typeof ctx.values.team === 'string') {
        const team = await findTeam(s, ctx.values.team);
        if (typeof team === 'string') return fail(ctx.io, team);
        if ('error' in team) return refused(ctx.io, team.error);
        teamId = team.teamId;
      }
      const published = await s.call('team.publish', { planId: plan.id, ...(teamId ? { teamId } : {}) });
      if (!published.ok) return refused(ctx.io, published.error);
      ctx.io.stdout(`${outcomeLine(published.value)}\n`);
      return resultCode(published.value.result);
    }),

  pull: (ctx) =>
    withSession(ctx, true, async (s) => {
      const pulled = await s.call('team.pull', { remoteId: ctx.args[0]! });
      if (!pulled.ok) return refused(ctx.io, pulled.error);
      const { summary, outcome } = pulled.value;
      ctx.io.stdout(`${outcomeLine(outcome)}\n  in ${s.dataDir} as plan ${summary.id}\n`);
      return resultCode(outcome.result);
    }),

  sync: (ctx) =>
    withSession(ctx, false, async (s) => {
      const synced = await s.call('team.sync', {});
      if (!synced.ok) return refused(ctx.io, synced.error);
      const report = synced.value;
      const code = report.interrupted
        ? TEAM_EXIT.interrupted
        : report.outcomes.some((o) => o.result === 'conflict')
          ? TEAM_EXIT.conflict
          : Math.max(EXIT.ok, ...report.outcomes.map((o) => resultCode(o.result)));
      if (ctx.values.json) {
        ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        return code;
      }
      if (report.outcomes.length === 0 && !report.interrupted) {
        ctx.io.stdout(
          'No plan here is linked to this team library yet: publish one (planwright team publish PLAN) or pull one (planwright team pull ID).\n',
        );
        return code;
      }
      if (report.outcomes.length > 0) ctx.io.stdout(syncTable(report));
      ctx.io.stdout(syncSummary(report));
      return code;
    }),

  resolve: (ctx) =>
    withSession(ctx, false, async (s) => {
      const keep = ctx.values.keep;
      if (keep !== 'mine' && keep !== 'theirs') return usageError(ctx.io, ctx.command, 'say --keep mine or --keep theirs');
      const plan = await findPlan(s, ctx.args[0]!);
      if (typeof plan === 'string') return fail(ctx.io, plan);
      const resolved = await s.call('team.resolve', { planId: plan.id, keep });
      if (!resolved.ok) return refused(ctx.io, resolved.error);
      ctx.io.stdout(`${outcomeLine(resolved.value)}\n`);
      if (keep === 'theirs') ctx.io.stdout('  your plan as it was is kept as a saved version\n');
      return resultCode(resolved.value.result);
    }),

  lock: (ctx) => {
    const version = Number(ctx.args[1]);
    if (!Number.isInteger(version) || version < 1) {
      return Promise.resolve(usageError(ctx.io, ctx.command, `VERSION must be a team version number, not "${ctx.args[1]}"`));
    }
    return withSession(ctx, false, async (s) => {
      const locked = await s.call('team.lock', { remoteId: ctx.args[0]!, version });
      if (!locked.ok) return refused(ctx.io, locked.error);
      ctx.io.stdout(
        `Locked “${locked.value.name}” at team version ${locked.value.lockedVersion}${locked.value.lockedBy ? ` (by ${locked.value.lockedBy})` : ''}: no publish goes on top until a lead unlocks it.\n`,
      );
      return EXIT.ok;
    });
  },

  unlock: (ctx) =>
    withSession(ctx, false, async (s) => {
      const unlocked = await s.call('team.unlock', { remoteId: ctx.args[0]! });
      if (!unlocked.ok) return refused(ctx.io, unlocked.error);
      ctx.io.stdout(`Unlocked “${unlocked.value.name}” (team version ${unlocked.value.headVersion}).\n`);
      return EXIT.ok;
    }),

  history: (ctx) =>
    withSession(ctx, false, async (s) => {
      const history = await s.call('team.history', { remoteId: ctx.args[0]! });
      if (!history.ok) return refused(ctx.io, history.error);
      if (ctx.values.json) ctx.io.stdout(`${JSON.stringify(history.value, null, 2)}\n`);
      else ctx.io.stdout(historyTable(history.value));
      return EXIT.ok;
    }),

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

const USAGE = `Usage: planwright team <action> [options]

The team library: plans shared through a PostgreSQL server the team runs (docs/team.md). The
plans stay on this laptop and work offline; publish sends a plan up as a new team version, pull
brings one down, sync keeps linked plans in step, plan by plan. When two people changed the same
plan, both versions are kept: the team's becomes a saved version of yours until you choose.

  connect                 test the server and save it as this data folder's team library
                          (never the password); prints the server, you, your teams and roles
  status                  the plans linked here as this laptop knows them (works offline), and
                          each one's state when the server answers
  list                    the team's plans: name, id, team, version, who changed it and when,
                          lock, and its state here
  publish PLAN            send a plan (its id or exact name) up as a new team version
  pull ID                 bring a team plan here (or sync the copy already here)
  sync                    every linked plan: changes here go up, the team's come down
  resolve PLAN --keep mine|theirs
                          after a clash: publish yours on top, or take the team's (yours is
                          kept as a saved version)
  lock ID VERSION         (a lead) no publish goes on top of this version until unlocked
  unlock ID               (a lead) lift the lock
  history ID              every team version of a plan, newest first
  setup                   (the owner) create or update the schema on the server
  schema [--out FILE]     print the schema as one SQL file, for a DBA to run
  add-member --team NAME --member ROLE [--lead] [--name "Display Name"]
                          (the owner) add an existing login to a team (made on first use)

Options:
  --server URL            postgres://user[:password]@host[:port]/database[?sslmode=…&sslrootcert=FILE]
                          (default: PLANWRIGHT_TEAM_URL, else the connection saved by connect or
                          the app). Used for this command only; connect saves it. sslmode is
                          verify-full unless you say verify-ca, require, or disable (this machine
                          only). The password, when not in the URL, comes from PGPASSWORD; it is
                          kept in this process's memory only and never printed.
  --data-dir DIR          the data folder (default: PLANWRIGHT_DATA_DIR, else the desktop app's folder)
  --team NAME|ID          publish: the team a new plan joins, when you belong to several;
                          add-member: the team's name
  --json                  status, list, sync, history: print JSON, for scripts

Exit codes: 0 done; 1 refused (the reason is printed), or a plan that did not go through (a
lead's lock, a failure); 2 wrong usage; 3 a clash: both versions were kept, choose with resolve;
4 the server did not answer or the connection was lost part way: nothing was lost, run it again.`;

/** `planwright team …`; `deps` are the server's side (tests put an in-memory team library there). */
export function createTeamCommand(deps: TeamCliDeps = defaultTeamCliDeps): CliCommand {
  const command: CliCommand = {
    name: 'team',
    summary: 'publish, pull and sync plans with a team library on PostgreSQL',
    usage: USAGE,
    async run(args, io) {
      const parsed = parseCommandArgs(args, {
        server: { type: 'string' },
        'data-dir': { type: 'string' },
        json: { type: 'boolean' },
        team: { type: 'string' },
        keep: { type: 'string' },
        out: { type: 'string' },
        member: { type: 'string' },
        lead: { type: 'boolean' },
        name: { type: 'string' },
      });
      if (!parsed.ok) return usageError(io, command, parsed.message);
      if (parsed.values.help) {
        io.stdout(`${USAGE}\n`);
        return EXIT.ok;
      }
      const [action, ...rest] = parsed.positionals;
      const spec = action === undefined ? undefined : ACTIONS[action];
      if (!spec) return usageError(io, command, action ? `unknown action "${action}"` : `say which: ${Object.keys(ACTIONS).join(', ')}`);
      if (rest.length < spec.args.length) return usageError(io, command, `${action} needs ${spec.args.join(' ')}`);
      if (rest.length > spec.args.length) return usageError(io, command, `unexpected argument "${rest[spec.args.length]}"`);
      for (const [name, value] of Object.entries(parsed.values)) {
        if (value === undefined || name === 'help') continue;
        if (!spec.options.includes(name)) return usageError(io, command, `${action} does not take --${name}`);
        if (typeof value === 'string' && value.trim() === '') return usageError(io, command, `--${name} needs a value`);
      }
      return run[action!]!({ io, values: parsed.values, args: rest, deps, command });
    },
  };
  return command;
}

export const teamCommand = createTeamCommand();
