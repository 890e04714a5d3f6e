import fs from 'node:fs';
import path from 'node:path';
import { createBackend, type Backend } from '../../core/backend';
import { parseTeamServerUrl, type TeamServerUrl } from '../../core/team/connection-url';
import type { TeamConnect } from '../../core/team/team-service';
import { DATABASE_FILE } from '../../core/storage/database';
import type { AppError, CommandName, CommandRequest, CommandResponse, Result } from '../../../shared/contracts';
import type { TeamConnection } from '../../../shared/team/connection';
import { localizeError } from '../../../shared/i18n/localize-issue';
import { createTranslate } from '../../../shared/i18n/translate';
import { errorMessage } from '../../../shared/error-message';
import { version } from '../version';

const english = createTranslate('en');

/** A refusal as the app shows it, in English: by its reason's translation, else its message. */
export function errorText(error: AppError): string {
  return localizeError(error, english);
}

export type ServerChoice =
  { ok: true; server: TeamServerUrl | null; from: '--server' | 'PLANWRIGHT_TEAM_URL' | null } | { ok: false; message: string };

/**
 * The server a command uses: `--server`, else PLANWRIGHT_TEAM_URL, else null (the connection
 * saved in the data folder). A CA file named in the URL is taken from the working folder. The
 * refusal never quotes the URL (it may hold a password).
 */
export function chooseServer(option: string | undefined, io: { cwd: string; env: Record<string, string | undefined> }): ServerChoice {
  const fromEnv = io.env.PLANWRIGHT_TEAM_URL?.trim() ? io.env.PLANWRIGHT_TEAM_URL : undefined;
  const url = option ?? fromEnv;
  if (url === undefined) return { ok: true, server: null, from: null };
  const from = option !== undefined ? '--server' : 'PLANWRIGHT_TEAM_URL';
  try {
    const { connection, password } = parseTeamServerUrl(url);
    const caFile = connection.caFile === undefined ? {} : { caFile: path.resolve(io.cwd, connection.caFile) };
    return { ok: true, server: { connection: { ...connection, ...caFile }, password }, from };
  } catch (error) {
    return { ok: false, message: `${from}: ${errorMessage(error)}` };
  }
}

export type TeamSession = {
  readonly dataDir: string;
  readonly backend: Backend;
  /** The connection this command uses (null: none given and none saved). */
  readonly connection: TeamConnection | null;
  call<N extends CommandName>(name: N, request: CommandRequest<N>): Promise<Result<CommandResponse<N>>>;
  /** `connect`, once the server answered: the connection given stays as the data folder's. */
  keep(): void;
  /** Puts the data folder's own connection back when the command used another, then closes. */
  close(): void;
};

export type OpenSessionOptions = {
  dataDir: string;
  /** Make the data folder when it has no library yet (connect, pull); else refuse a mistyped path. */
  create: boolean;
  server: TeamServerUrl | null;
  env: Record<string, string | undefined>;
  connect?: TeamConnect;
};

/**
 * Opens the data folder through the same backend as the app, so every value is checked by the
 * same command map. The password lives in the backend's session secret store, in this process
 * only: from the URL, else PGPASSWORD. A server given with --server or PLANWRIGHT_TEAM_URL is used
 * for this command and the data folder's own settings are put back after it (only `connect`
 * keeps one, by `keep`), so a script never changes the account the app uses.
 */
export function openTeamSession(o: OpenSessionOptions): { ok: true; session: TeamSession } | { ok: false; message: string } {
  if (!o.create && !fs.existsSync(path.join(o.dataDir, DATABASE_FILE))) {
    return { ok: false, message: `No Planwright data in ${o.dataDir} (${DATABASE_FILE} not found).` };
  }
  let backend: Backend;
  try {
    fs.mkdirSync(o.dataDir, { recursive: true });
    // Mode 'test' keeps the app's daily backup timer off: the command line makes its backups by hand.
    backend = createBackend({ dataDir: o.dataDir, mode: 'test', version: version(), ...(o.connect ? { teamConnect: o.connect } : {}) });
  } catch (error) {
    return { ok: false, message: `Cannot open the data in ${o.dataDir}: ${errorMessage(error)}` };
  }
  const call = async <N extends CommandName>(name: N, request: CommandRequest<N>) =>
    (await backend.dispatch(name, request)) as Result<CommandResponse<N>>;
  const now = <N extends CommandName>(name: N, request: CommandRequest<N>): CommandResponse<N> => {
    const result = backend.dispatch(name, request) as Result<CommandResponse<N>>;
    if (!result.ok) throw new Error(errorText(result.error));
    return result.value;
  };

  try {
    const saved = now('team.getSettings', {}).connection;
    const envPassword = o.env.PGPASSWORD ? o.env.PGPASSWORD : null;
    const connection = o.server?.connection ?? saved;
    const password = o.server?.password ?? envPassword;
    if (connection && password !== null) now('team.saveSettings', { connection, password });
    else if (o.server) now('team.saveSettings', { connection: o.server.connection });
    let temporary = o.server !== null;
    return {
      ok: true,
      session: {
        dataDir: o.dataDir,
        backend,
        connection,
        call,
        keep() {
          temporary = false;
        },
        close() {
          try {
            if (temporary) {
              if (saved) now('team.saveSettings', { connection: saved });
              else now('team.forget', {});
            }
          } finally {
            backend.close();
          }
        },
      },
    };
  } catch (error) {
    backend.close();
    return { ok: false, message: errorMessage(error) };
  }
}
