/**
 * Version 4: classes — a trainer's named sets of plans ("Spring cohort 2027, Hangzhou").
 *
 * A class holds plans by reference: deleting a class leaves its plans in the library, and a plan
 * deleted for good leaves every class it was in (ON DELETE CASCADE both ways). A plan may be in
 * several classes. The participant's name is the plan's `author`, already in `plans` and in the
 * library's covering index (version 3), so the library still reads only `plans` (and, filtered
 * by class, this small table by its primary key).
 */
export const version = 4;

export const sql = `
CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE class_plans (
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (class_id, plan_id)
) STRICT;
CREATE INDEX class_plans_of_plan ON class_plans (plan_id);
`;
