import type pg from 'pg';
import type { TeamPlanHead, TeamServerInfo, TeamVersionInfo } from '../../../../shared/team/views';
import { TeamError } from '../team-error';
import { toTeamError } from './pg-errors';
import * as q from './queries';
import type { PublishRequest, PublishResult, TeamPlanVersion, TeamRemote } from './team-remote';

/** How long close() waits for the call under way. */
const CLOSE_GRACE_MS = 2_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function notInYourTeams(remoteId: string, version?: number): TeamError {
  const what = version === undefined ? `Plan ${remoteId}` : `Version ${version} of plan ${remoteId}`;
  return new TeamError('teamDenied', `${what} is not in your teams' library.`, { detail: `${what.toLowerCase()} is not in your teams' library` });
}

/**
 * The team library over one pg.Client. Calls run one at a time in the order made (a publish's
 * transaction must not interleave with another call on the same session). Once the session is
 * lost every call rejects with 'teamConnectionLost': the caller connects again.
 */
export class PgTeamRemote implements TeamRemote {
  private queue: Promise<unknown> = Promise.resolve();
  private lost = false;
  private closed = false;

  constructor(
    private readonly client: pg.Client,
    private readonly password: string | null,
  ) {
    client.on('error', () => {
      this.lost = true;
    });
    client.on('end', () => {
      if (!this.closed) this.lost = true;
    });
  }

  /** Runs `work` after the calls before it, mapping any failure to a TeamError. */
  private call<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const run = async () => {
      if (this.closed || this.lost) {
        throw new TeamError('teamConnectionLost', 'The connection to the team library is closed; connect again.');
      }
      try {
        return await work(this.client);
      } catch (error) {
        const mapped = toTeamError(error, this.password);
        if (mapped instanceof TeamError && mapped.reason === 'teamConnectionLost') this.lost = true;
        throw mapped;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** `work` inside BEGIN … COMMIT; rolled back on any failure (while the session lives). */
  private transaction<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    return this.call(async (client) => {
      await client.query('BEGIN');
      try {
        const value = await work(client);
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  info(): Promise<TeamServerInfo> {
    return this.call(async (client) => {
      const row = (await client.query<q.InfoRow>(q.INFO_SQL)).rows[0]!;
      return {
        serverVersion: row.server_version,
        schemaVersion: row.schema_version,
        user: row.user_name,
        displayName: q.displayNameOf(row),
        teams: q.membershipsOf(row),
        tls: row.tls,
      };
    });
  }

  listPlans(): Promise<TeamPlanHead[]> {
    return this.call(async (client) => (await client.query<q.HeadRow>(q.LIST_PLANS_SQL)).rows.map(q.headOf));
  }

  heads(remoteIds: readonly string[]): Promise<TeamPlanHead[]> {
    // An id that is no uuid names no plan on the server (and would fail the whole query).
    const ids = [...new Set(remoteIds.filter((id) => UUID.test(id)))];
    if (ids.length === 0) return this.call(async () => []);
    return this.call(async (client) => (await client.query<q.HeadRow>(q.HEADS_SQL, [ids])).rows.map(q.headOf));
  }

  fetchVersion(remoteId: string, version?: number): Promise<TeamPlanVersion> {
    return this.call(async (client) => {
      if (!UUID.test(remoteId)) throw notInYourTeams(remoteId, version);
      const result = await client.query<q.VersionRow & { document: unknown }>(q.FETCH_VERSION_SQL, [remoteId, version ?? null]);
      const row = result.rows[0];
      if (!row) throw notInYourTeams(remoteId, version);
      return { ...q.versionInfoOf(row), remoteId: row.plan_id, teamId: row.team_id, document: JSON.stringify(row.document) };
    });
  }

  publish(request: PublishRequest): Promise<PublishResult> {
    return this.transaction(async (client) => {
      if (request.baseVersion === 0) await client.query(q.NEW_PLAN_SQL, [request.remoteId, request.teamId, request.name]);
      const result = await client.query<{ version: number; published_at: Date; published_by: string }>(q.PUBLISH_SQL, [
        request.remoteId,
        request.baseVersion,
        request.name,
        request.document,
        request.contentHash,
      ]);
      const row = result.rows[0]!;
      return { version: row.version, publishedAt: row.published_at.toISOString(), publishedBy: row.published_by };
    });
  }

  lock(remoteId: string, version: number): Promise<TeamPlanHead> {
    return this.changeLock(remoteId, q.LOCK_SQL, [remoteId, version], version);
  }

  unlock(remoteId: string): Promise<TeamPlanHead> {
    return this.changeLock(remoteId, q.UNLOCK_SQL, [remoteId]);
  }

  private changeLock(remoteId: string, sql: string, params: unknown[], version?: number): Promise<TeamPlanHead> {
    return this.transaction(async (client) => {
      if (!UUID.test(remoteId)) throw notInYourTeams(remoteId);
      const changed = await client.query(sql, params);
      if (changed.rowCount === 0) {
        // Row-level security hides what we may not change: find out which refusal it is.
        const probe = (await client.query<{ head_version: number; lead: boolean }>(q.LOCK_PROBE_SQL, [remoteId])).rows[0];
        if (!probe) throw notInYourTeams(remoteId);
        if (!probe.lead) {
          throw new TeamError('teamDenied', 'Only a lead of the team can lock or unlock its plans.', {
            detail: 'only a lead of the team can lock or unlock its plans',
          });
        }
        throw new TeamError('teamDenied', `Version ${version} of this plan has not been published.`, {
          detail: `version ${version} has not been published`,
        });
      }
      const head = (await client.query<q.HeadRow>(q.HEADS_SQL, [[remoteId]])).rows[0];
      if (!head) throw notInYourTeams(remoteId);
      return q.headOf(head);
    });
  }

  history(remoteId: string): Promise<TeamVersionInfo[]> {
    return this.call(async (client) => {
      if (!UUID.test(remoteId)) return [];
      return (await client.query<Omit<q.VersionRow, 'plan_id' | 'team_id'>>(q.HISTORY_SQL, [remoteId])).rows.map(q.versionInfoOf);
    });
  }

  /**
   * Lets the call under way finish (a publish's transaction commits or rolls back as a whole)
   * for a moment, then ends the session: a call still waiting then rejects as a lost connection.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.queue, new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS)))]);
    clearTimeout(timer);
    this.closed = true;
    await this.client.end().catch(() => undefined);
  }
}
