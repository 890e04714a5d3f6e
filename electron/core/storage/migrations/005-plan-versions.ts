/**
 * Version 5: saved versions of a plan ("Sent to client 3 Dec"), and the automatic ones made
 * before a restore and before a bulk paste, so each of those can be undone.
 *
 * - `snapshot` is the whole plan (shared/domain Plan, as JSON) compressed with brotli
 *   (`encoding`); `raw_bytes` is the JSON's size, so the UI and the docs can say what was saved.
 *   A snapshot stands alone (no chain of deltas): restoring, opening or comparing one version
 *   reads one row, and deleting a version never touches another.
 * - `format` is the snapshot's format (1); a version written by a newer app is refused when
 *   read, never guessed at.
 * - A version goes with its plan (ON DELETE CASCADE).
 */
export const version = 5;

export const sql = `
CREATE TABLE plan_versions (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  name TEXT NOT NULL,
  note TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('manual', 'auto')),
  cause TEXT CHECK (cause IN ('restore', 'paste', 'import')),
  cause_detail TEXT NOT NULL DEFAULT '',
  format INTEGER NOT NULL CHECK (format >= 1),
  encoding TEXT NOT NULL CHECK (encoding IN ('brotli')),
  raw_bytes INTEGER NOT NULL CHECK (raw_bytes >= 0),
  snapshot BLOB NOT NULL,
  CHECK ((kind = 'manual') = (cause IS NULL))
) STRICT;
CREATE INDEX plan_versions_by_plan ON plan_versions (plan_id, created_at);
`;
