/**
 * Version 3: a library that scales.
 *
 * - `plans.progress`: the plan's progress (shared/logic `progressFrom`), kept in step by the
 *   store in the same transaction as every write of the plan, so the library lists plans
 *   without reading each one whole. NULL means "not worked out yet" (a plan written before
 *   version 3); the store fills those in the first time it lists them.
 * - The four link tables get an index on plan_id (with position, the order they are read in):
 *   reading a plan, and an action save's dependency-loop check, scanned them whole.
 * - The library's list reads a covering index of what a summary shows, in the order it is listed:
 *   a plan's row holds its fields document (kilobytes of rich text, in overflow pages), and the
 *   columns after it could only be reached through it; 10,000 plans listed in 0.4 s, not 10 ms.
 *   It replaces plans_by_trash_and_update, which is its prefix.
 */
export const version = 3;

export const sql = `
ALTER TABLE plans ADD COLUMN progress REAL CHECK (progress IS NULL OR progress BETWEEN 0 AND 1);
CREATE INDEX plans_without_progress ON plans (id) WHERE progress IS NULL;
DROP INDEX plans_by_trash_and_update;
CREATE INDEX plans_listing ON plans (deleted_at, updated_at, id, name, client, author, version_label, currency, language, period_start, period_end, created_at, progress);
CREATE INDEX tows_swot_items_by_plan ON tows_swot_items (plan_id, position);
CREATE INDEX issue_objectives_by_plan ON issue_objectives (plan_id, position);
CREATE INDEX action_objectives_by_plan ON action_objectives (plan_id, position);
CREATE INDEX action_dependencies_by_plan ON action_dependencies (plan_id, position);
`;
