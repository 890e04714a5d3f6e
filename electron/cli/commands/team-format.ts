import type { AppError } from '../../../shared/contracts';
import { describeConnection, type TeamConnection } from '../../../shared/team/connection';
import type {
  TeamLinkView,
  TeamListing,
  TeamPlanState,
  TeamServerInfo,
  TeamSyncOutcome,
  TeamSyncReport,
  TeamVersionInfo,
} from '../../../shared/team/views';
import { textTable } from '../text-table';
import { errorText } from './team-session';

/** `2027-03-01 09:00`: UTC to the minute, as `planwright list` writes times. */
export const utc = (iso: string) => iso.replace('T', ' ').slice(0, 16);

const STATE: Record<TeamPlanState, string> = {
  notPublished: 'not in the team library',
  inStep: 'in step',
  localChanges: 'changes here to publish',
  teamChanges: 'team changes to pull',
  conflict: 'clash: both kept, choose',
};

export const stateLabel = (state: TeamPlanState) => STATE[state];

const RESULT: Record<TeamSyncOutcome['result'], string> = {
  upToDate: 'in step',
  published: 'published',
  pulled: 'pulled',
  conflict: 'clash, both kept',
  locked: 'locked by a lead',
  failed: 'failed',
};

/** The connection with its TLS mode; never a password, never the URL. */
export function connectionLine(c: TeamConnection): string {
  return `${describeConnection(c)} (TLS ${c.sslMode === 'disable' ? 'off, this machine only' : c.sslMode})`;
}

/** The refusal, with what to do on the command line where the app's words point at its screens. */
export function cliErrorText(error: AppError): string {
  const text = errorText(error);
  if (error.reason === 'teamNoPassword') return `${text} On the command line: set PGPASSWORD, or put the password in the --server URL.`;
  if (error.reason === 'teamNotConfigured') {
    return `${text} On the command line: give --server postgres://user@host/db (or PLANWRIGHT_TEAM_URL), or save one with planwright team connect.`;
  }
  if (error.issues?.some((i) => i.path === 'teamId')) return `${text} Say which with --team NAME.`;
  return text;
}

export function serverLines(info: TeamServerInfo): string {
  const teams = info.teams.length === 0 ? 'none yet (ask the library’s owner to add you)' : info.teams.map((t) => `${t.name} (${t.role})`).join(', ');
  return (
    `Server:    PostgreSQL ${info.serverVersion}, team schema ${info.schemaVersion}, ${info.tls ? 'over TLS' : 'without TLS (this machine)'}\n` +
    `Signed in: ${info.user}${info.displayName && info.displayName !== info.user ? ` (${info.displayName})` : ''}\n` +
    `Teams:     ${teams}\n`
  );
}

export function listingTable(listing: TeamListing): string {
  const rows = listing.plans.map((p) => [
    p.name,
    p.remoteId,
    p.teamName,
    String(p.headVersion),
    p.updatedBy,
    utc(p.updatedAt),
    p.lockedVersion === null ? '' : `v${p.lockedVersion}${p.lockedBy ? ` by ${p.lockedBy}` : ''}`,
    p.state === null ? 'not here' : stateLabel(p.state),
  ]);
  return textTable(['Plan', 'ID', 'Team', 'Version', 'Changed by', 'When (UTC)', 'Locked', 'Here'], rows, ['left', 'left', 'left', 'right']);
}

/** What this laptop knows of each link, and (when the server answered) each plan's state now. */
export function statusTable(links: TeamLinkView[], names: Map<string, string>, states: Map<string, TeamPlanState> | null): string {
  const rows = links.map((l) => {
    const known = l.conflict
      ? `clash with team version ${l.conflict.version} by ${l.conflict.publishedBy}`
      : l.localChanges
        ? 'changes here to publish'
        : 'in step at the last sync';
    const now = states?.get(l.planId);
    return [
      names.get(l.planId) ?? l.planId,
      l.planId,
      String(l.syncedVersion),
      utc(l.syncedAt),
      known,
      states ? (now ? stateLabel(now) : 'not readable') : '?',
    ];
  });
  return textTable(['Plan', 'ID', 'Synced version', 'Synced (UTC)', 'As this laptop knows', 'Now'], rows, ['left', 'left', 'right']);
}

export function outcomeLine(o: TeamSyncOutcome): string {
  const version = o.version > 0 ? ` (team version ${o.version})` : '';
  return `${RESULT[o.result]}: ${o.name || o.planId}${version}${o.error ? ` — ${o.error}` : ''}`;
}

export function syncTable(report: TeamSyncReport): string {
  return textTable(
    ['Plan', 'Result', 'Version', 'Note'],
    report.outcomes.map((o) => [o.name || o.planId, RESULT[o.result], String(o.version), o.error ?? '']),
    ['left', 'left', 'right'],
  );
}

export function syncSummary(report: TeamSyncReport): string {
  const count = (r: TeamSyncOutcome['result']) => report.outcomes.filter((o) => o.result === r).length;
  const n = report.outcomes.length;
  const parts = (['published', 'pulled', 'upToDate', 'conflict', 'locked', 'failed'] as const)
    .map((r) => [count(r), r === 'conflict' ? 'clash (both kept)' : RESULT[r]] as const)
    .filter(([c]) => c > 0)
    .map(([c, label]) => `${c} ${label}`);
  let text = `${n} plan${n === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}.\n`;
  if (count('conflict') > 0) {
    text +=
      'A clash keeps both: the team’s version is a saved version of your plan. Compare them in the app, then: planwright team resolve PLAN --keep mine|theirs\n';
  }
  if (report.interrupted) {
    text += `The connection was lost part way${report.error ? ` (${report.error})` : ''}: the plans above are done, nothing was lost; sync again to carry on.\n`;
  }
  return text;
}

export function historyTable(versions: TeamVersionInfo[]): string {
  return textTable(
    ['Version', 'Name', 'Published by', 'When (UTC)', 'Content'],
    versions.map((v) => [String(v.version), v.name, v.publishedBy, utc(v.publishedAt), v.contentHash.slice(0, 12)]),
    ['right'],
  );
}
