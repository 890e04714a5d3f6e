import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { defaultTeamCliDeps, type TeamCliDeps } from './team-deps';
import { ownerActions } from './team-owner-actions';
import { planActions } from './team-plan-actions';

export { TEAM_EXIT } from './team-context';

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

const run = { ...planActions, ...ownerActions };

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
