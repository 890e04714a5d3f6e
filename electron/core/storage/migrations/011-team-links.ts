/**
 * Version 11: which plans are linked to a team library (docs/team.md). The local plan stays the
 * working copy and keeps the team plan's id, so a link is per plan: the library it belongs to,
 * the team version and content hash it was last in step with, and a clash waiting for the user
 * (the team's version, kept as a saved version of the plan). A publish on its way is written down
 * before it is sent (the version it should become, and the plan's hash): if the app dies after the
 * server took it but before the link says so, the next sync knows the team's new head for its own,
 * even when the plan was edited since. It goes with its plan. The server's
 * address and the password are not here: the address is a setting, the password is in the
 * keychain or the session's memory.
 */
export const version = 11;

export const sql = `
CREATE TABLE team_links (
  plan_id TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
  library TEXT NOT NULL,
  team_id TEXT NOT NULL,
  synced_version INTEGER NOT NULL CHECK (synced_version >= 0),
  synced_hash TEXT NOT NULL,
  synced_updated_at TEXT NOT NULL,
  synced_at TEXT NOT NULL,
  conflict_version INTEGER CHECK (conflict_version IS NULL OR conflict_version > 0),
  conflict_version_id TEXT REFERENCES plan_versions(id) ON DELETE SET NULL,
  conflict_by TEXT,
  conflict_at TEXT,
  pending_version INTEGER CHECK (pending_version IS NULL OR pending_version > 0),
  pending_hash TEXT,
  pending_updated_at TEXT,
  CHECK ((conflict_version IS NULL) = (conflict_by IS NULL)),
  CHECK ((pending_version IS NULL) = (pending_hash IS NULL) AND (pending_version IS NULL) = (pending_updated_at IS NULL))
) STRICT;
`;
