/**
 * Version 2: the report options a plan was last exported with (language, parts, brand colour,
 * fonts, logo, paper), so the export dialog opens as the consultant left it. One JSON document
 * per plan, checked against the ReportOptions schema when it is read; it goes with its plan.
 */
export const version = 2;

export const sql = `
CREATE TABLE report_options (
  plan_id TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
  options TEXT NOT NULL CHECK (json_valid(options)),
  updated_at TEXT NOT NULL
) STRICT;
`;
