import type { Db } from './database';

/** A plan's link to its team plan (migration 11). The team plan has the plan's own id. */
export type TeamLink = {
  planId: string;
  library: string;
  teamId: string;
  syncedVersion: number;
  syncedHash: string;
  /** The plan's updated_at when it was last in step: an unchanged plan needs no hashing. */
  syncedUpdatedAt: string;
  syncedAt: string;
  conflict: { version: number; versionId: string | null; publishedBy: string; publishedAt: string } | null;
};

type Row = {
  plan_id: string;
  library: string;
  team_id: string;
  synced_version: number;
  synced_hash: string;
  synced_updated_at: string;
  synced_at: string;
  conflict_version: number | null;
  conflict_version_id: string | null;
  conflict_by: string | null;
  conflict_at: string | null;
};

function fromRow(r: Row): TeamLink {
  return {
    planId: r.plan_id,
    library: r.library,
    teamId: r.team_id,
    syncedVersion: r.synced_version,
    syncedHash: r.synced_hash,
    syncedUpdatedAt: r.synced_updated_at,
    syncedAt: r.synced_at,
    conflict:
      r.conflict_version === null
        ? null
        : { version: r.conflict_version, versionId: r.conflict_version_id, publishedBy: r.conflict_by ?? '', publishedAt: r.conflict_at ?? '' },
  };
}

/** The links of this data folder. Writes run inside the caller's transaction (the sync engine's). */
export class TeamLinkStore {
  constructor(private readonly db: Db) {}

  get(planId: string): TeamLink | null {
    const r = this.db.prepare('SELECT * FROM team_links WHERE plan_id = ?').get(planId) as Row | undefined;
    return r ? fromRow(r) : null;
  }

  /** The links to one library, oldest plan first; trashed plans are left out (a sync does not touch them). */
  list(library: string): TeamLink[] {
    const rows = this.db
      .prepare(
        `SELECT l.* FROM team_links l JOIN plans p ON p.id = l.plan_id
         WHERE l.library = ? AND p.deleted_at IS NULL ORDER BY p.created_at, p.id`,
      )
      .all(library) as Row[];
    return rows.map(fromRow);
  }

  /** Every link, whatever its library (the library screen's badges, offline). */
  all(): TeamLink[] {
    return (this.db.prepare('SELECT * FROM team_links ORDER BY plan_id').all() as Row[]).map(fromRow);
  }

  /** Records that the plan is in step with `version` (clearing a clash). */
  markInStep(link: Omit<TeamLink, 'conflict'>): void {
    this.db
      .prepare(
        `INSERT INTO team_links (plan_id, library, team_id, synced_version, synced_hash, synced_updated_at, synced_at)
         VALUES (@planId, @library, @teamId, @syncedVersion, @syncedHash, @syncedUpdatedAt, @syncedAt)
         ON CONFLICT (plan_id) DO UPDATE SET library = excluded.library, team_id = excluded.team_id,
           synced_version = excluded.synced_version, synced_hash = excluded.synced_hash,
           synced_updated_at = excluded.synced_updated_at, synced_at = excluded.synced_at,
           conflict_version = NULL, conflict_version_id = NULL, conflict_by = NULL, conflict_at = NULL`,
      )
      .run(link);
  }

  /** Records a clash: the team's `version` is kept as the saved version `versionId` of the plan. */
  markConflict(
    base: Omit<TeamLink, 'conflict'>,
    conflict: { version: number; versionId: string | null; publishedBy: string; publishedAt: string },
  ): void {
    this.db
      .prepare(
        `INSERT INTO team_links (plan_id, library, team_id, synced_version, synced_hash, synced_updated_at, synced_at,
           conflict_version, conflict_version_id, conflict_by, conflict_at)
         VALUES (@planId, @library, @teamId, @syncedVersion, @syncedHash, @syncedUpdatedAt, @syncedAt, @version, @versionId, @publishedBy, @publishedAt)
         ON CONFLICT (plan_id) DO UPDATE SET conflict_version = excluded.conflict_version,
           conflict_version_id = excluded.conflict_version_id, conflict_by = excluded.conflict_by, conflict_at = excluded.conflict_at`,
      )
      .run({ ...base, ...conflict });
  }
}
