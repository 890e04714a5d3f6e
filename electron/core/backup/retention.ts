/**
 * Which backups to keep: the newest of each of the last 10 days that have one, and the newest of
 * each of the 4 weeks before those; of the latest day, every one (up to 10), so a backup made by
 * hand or before a restore never pushes out the one made an hour earlier. Pure, so the rule is
 * tested without files.
 */
export const KEEP_DAILY = 10;
export const KEEP_WEEKLY = 4;

export type Dated = { id: string; createdAt: string };

/** Monday of the UTC week of an ISO timestamp, as YYYY-MM-DD. */
function weekOf(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}

/** The ids to keep, given every backup (any order). */
export function backupsToKeep(backups: readonly Dated[], daily = KEEP_DAILY, weekly = KEEP_WEEKLY): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  const latestDay = newestFirst[0]?.createdAt.slice(0, 10);
  let sameDay = 0;
  for (const b of newestFirst) {
    const day = b.createdAt.slice(0, 10);
    if (day === latestDay && sameDay < daily) {
      sameDay += 1;
      days.add(day);
      keep.add(b.id);
      continue;
    }
    if (days.has(day)) continue;
    if (days.size < daily) {
      days.add(day);
      keep.add(b.id);
      continue;
    }
    days.add(day);
    const week = weekOf(b.createdAt);
    // Weeks already covered by a kept daily backup need no weekly one.
    const coveredByDaily = [...keep].some((id) => weekOf(newestFirst.find((x) => x.id === id)!.createdAt) === week);
    if (weeks.has(week) || coveredByDaily || weeks.size >= weekly) continue;
    weeks.add(week);
    keep.add(b.id);
  }
  return keep;
}
