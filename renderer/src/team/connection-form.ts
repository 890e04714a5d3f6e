import { DEFAULT_TEAM_PORT, isLoopbackHost, TeamConnection, type TeamSslMode } from '../../../shared/team/connection';

/** The connection form as typed: text, before it is checked. */
export type ConnectionDraft = {
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
  sslMode: TeamSslMode;
  caFile: string;
};

export type ConnectionField = 'host' | 'port' | 'database' | 'user' | 'sslMode';

/** Which message each refused field gets (keys under `team.connection.`). */
export type ConnectionProblems = Partial<Record<ConnectionField, 'required' | 'portRange' | 'tlsRequired'>>;

export function draftFrom(connection: TeamConnection | null): ConnectionDraft {
  return {
    host: connection?.host ?? '',
    port: String(connection?.port ?? DEFAULT_TEAM_PORT),
    database: connection?.database ?? '',
    user: connection?.user ?? '',
    password: '',
    sslMode: connection?.sslMode ?? 'verify-full',
    caFile: connection?.caFile ?? '',
  };
}

/**
 * The draft as the command map's TeamConnection, or what is wrong with it, field by field — the
 * same rules as the schema (it has the last word), with messages the form can show in either
 * language: without TLS only to a server on this computer.
 */
export function checkDraft(draft: ConnectionDraft): { connection: TeamConnection } | { problems: ConnectionProblems } {
  const problems: ConnectionProblems = {};
  if (!draft.host.trim()) problems.host = 'required';
  if (!draft.database.trim()) problems.database = 'required';
  if (!draft.user.trim()) problems.user = 'required';
  const port = /^\s*\d+\s*$/.test(draft.port) ? Number(draft.port) : NaN;
  if (!draft.port.trim()) problems.port = 'required';
  else if (!Number.isInteger(port) || port < 1 || port > 65535) problems.port = 'portRange';
  if (draft.sslMode === 'disable' && draft.host.trim() && !isLoopbackHost(draft.host)) problems.sslMode = 'tlsRequired';
  if (Object.keys(problems).length > 0) return { problems };
  const caFile = draft.caFile.trim();
  const parsed = TeamConnection.safeParse({
    host: draft.host.trim(),
    port,
    database: draft.database.trim(),
    user: draft.user.trim(),
    sslMode: draft.sslMode,
    ...(caFile ? { caFile } : {}),
  });
  if (parsed.success) return { connection: parsed.data };
  // Lengths past the schema's limits: name the field, the backend's message says the rest.
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'host' || field === 'database' || field === 'user' || field === 'port' || field === 'sslMode')
      problems[field] ??= field === 'sslMode' ? 'tlsRequired' : field === 'port' ? 'portRange' : 'required';
  }
  return { problems };
}

/** The TLS modes offered for a host: "disable" only for a server on this computer (or when already chosen, so its error shows). */
export function offeredSslModes(host: string, current: TeamSslMode): TeamSslMode[] {
  const modes: TeamSslMode[] = ['verify-full', 'verify-ca', 'require'];
  if (isLoopbackHost(host) || current === 'disable') modes.push('disable');
  return modes;
}
