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
  /** A publish sent and not yet known to have landed: the version it should become, the hash sent, the plan's updated_at then. */
  pending: { version: number; hash: string; updatedAt: string } | null;
};

/** What markInStep and markConflict are given: the link's own facts, not its clash or publish on the way. */
export type TeamLinkBase = Omit<TeamLink, 'conflict' | 'pending'>;

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
  pending_version: number | null;
  pending_hash: string | null;
  pending_updated_at: string | null;
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
    pending: r.pending_version === null ? null : { version: r.pending_version, hash: r.pending_hash ?? '', updatedAt: r.pending_updated_at ?? '' },
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
  markInStep(link: TeamLinkBase): void {
    this.db
      .prepare(
        `INSERT INTO team_links (plan_id, library, team_id, synced_version, synced_hash, synced_updated_at, synced_at)
         VALUES (@planId, @library, @teamId, @syncedVersion, @syncedHash, @syncedUpdatedAt, @syncedAt)
         ON CONFLICT (plan_id) DO UPDATE SET library = excluded.library, team_id = excluded.team_id,
           synced_version = excluded.synced_version, synced_hash = excluded.synced_hash,
           synced_updated_at = excluded.synced_updated_at, synced_at = excluded.synced_at,
           conflict_version = NULL, conflict_version_id = NULL, conflict_by = NULL, conflict_at = NULL,
           pending_version = NULL, pending_hash = NULL, pending_updated_at = NULL`,
      )
      .run(link);
  }

  /**
   * Writes down a publish about to be sent, in its own transaction before the network is asked
   * (a link is made for a plan new to the library; it keeps synced version 0 until it lands).
   */
  markPending(base: TeamLinkBase, pending: { version: number; hash: string; updatedAt: string }): void {
    this.db
      .prepare(
        `INSERT INTO team_links (plan_id, library, team_id, synced_version, synced_hash, synced_updated_at, synced_at,
           pending_version, pending_hash, pending_updated_at)
         VALUES (@planId, @library, @teamId, @syncedVersion, @syncedHash, @syncedUpdatedAt, @syncedAt, @version, @hash, @updatedAt)
         ON CONFLICT (plan_id) DO UPDATE SET pending_version = excluded.pending_version,
           pending_hash = excluded.pending_hash, pending_updated_at = excluded.pending_updated_at`,
      )
      .run({ ...base, ...pending });
  }

  /** The publish on its way did not land: forgets it, and a link that never reached the library with it. */
  clearPending(planId: string): void {
    this.db.prepare('UPDATE team_links SET pending_version = NULL, pending_hash = NULL, pending_updated_at = NULL WHERE plan_id = ?').run(planId);
    this.db.prepare('DELETE FROM team_links WHERE plan_id = ? AND synced_version = 0 AND conflict_version IS NULL').run(planId);
  }

  /** Records a clash: the team's `version` is kept as the saved version `versionId` of the plan. */
  markConflict(base: TeamLinkBase, conflict: { version: number; versionId: string | null; publishedBy: string; publishedAt: string }): void {
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
