/**
 * Version 7: plan versus actual. What each product really sold (`actual_sales`) and each action or
 * budget line really cost (`actual_spend`) per month, and the result an action names for its cost
 * per result (`action_results`). Each actual goes with the row it was entered for: the store
 * deletes it before its target (REFERENCES, onDelete 'delete'); the composite keys keep it in its
 * plan. Plans written before have none. The variance threshold lives in the fields document.
 */
export const version = 7;

const row = `id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL`;

export const sql = `
CREATE TABLE actual_sales (
  ${row},
  product_id TEXT NOT NULL,
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  units REAL CHECK (units >= 0),
  revenue INTEGER,
  CHECK (units IS NOT NULL OR revenue IS NOT NULL),
  UNIQUE (plan_id, id),
  UNIQUE (plan_id, product_id, month),
  FOREIGN KEY (plan_id, product_id) REFERENCES products (plan_id, id)
) STRICT;
CREATE INDEX actual_sales_by_plan ON actual_sales (plan_id);

CREATE TABLE actual_spend (
  ${row},
  action_id TEXT,
  budget_line_id TEXT,
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  amount INTEGER,
  results REAL CHECK (results >= 0),
  CHECK ((action_id IS NULL) <> (budget_line_id IS NULL)),
  CHECK (results IS NULL OR action_id IS NOT NULL),
  CHECK (amount IS NOT NULL OR results IS NOT NULL),
  UNIQUE (plan_id, id),
  UNIQUE (plan_id, action_id, month),
  UNIQUE (plan_id, budget_line_id, month),
  FOREIGN KEY (plan_id, action_id) REFERENCES actions (plan_id, id),
  FOREIGN KEY (plan_id, budget_line_id) REFERENCES budget_lines (plan_id, id)
) STRICT;
CREATE INDEX actual_spend_by_plan ON actual_spend (plan_id);

CREATE TABLE action_results (
  ${row},
  action_id TEXT NOT NULL,
  result TEXT NOT NULL CHECK (length(result) BETWEEN 1 AND 200),
  target REAL CHECK (target >= 0),
  UNIQUE (plan_id, id),
  UNIQUE (plan_id, action_id),
  FOREIGN KEY (plan_id, action_id) REFERENCES actions (plan_id, id)
) STRICT;
CREATE INDEX action_results_by_plan ON action_results (plan_id);
`;
