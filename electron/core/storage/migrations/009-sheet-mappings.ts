/**
 * Version 9: how the columns of a spreadsheet were last mapped when importing into a plan's table
 * (the import dialog), so the client's next monthly file maps itself. One JSON object per plan and
 * table, header text → field (or null: left out); it goes with its plan.
 */
export const version = 9;

export const sql = `
CREATE TABLE sheet_mappings (
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  table_id TEXT NOT NULL,
  columns TEXT NOT NULL CHECK (json_valid(columns) AND json_type(columns) = 'object'),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (plan_id, table_id)
) STRICT;
`;
