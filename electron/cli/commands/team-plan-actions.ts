import type { AppError, PlanSummary } from '../../../shared/contracts';
import { EXIT, usageError } from '../command';
import { fail, refused, resultCode, TEAM_EXIT, withSession, type Ctx } from './team-context';
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
import type { TeamSession } from './team-session';

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

/** The actions on a data folder's plans and their team library, each through the backend's `team.*` commands. */
export const planActions: Record<string, (ctx: Ctx) => Promise<number>> = {
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
};
