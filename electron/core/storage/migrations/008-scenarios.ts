/**
 * Version 8: scenarios beside the base case (shared/domain/scenarios.ts): each scenario's
 * percentages, and its per-line overrides, which go with their scenario and with the product,
 * budget line or action they name. Plans written before have none. And a KPI's targets linked to
 * the forecast (which measure, which product): added columns take no constraint SQLite could not
 * drop again, so the store and the schemas check them (REFERENCES in shared/domain).
 */
export const version = 8;

const row = `id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL`;

export const sql = `
CREATE TABLE scenarios (
  ${row},
  name TEXT NOT NULL,
  volume_pct REAL NOT NULL,
  price_pct REAL NOT NULL,
  unit_cost_pct REAL NOT NULL,
  spend_pct REAL NOT NULL,
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE scenario_overrides (
  ${row},
  scenario_id TEXT NOT NULL,
  product_id TEXT,
  budget_line_id TEXT,
  action_id TEXT,
  volume_pct REAL,
  price_pct REAL,
  unit_cost_pct REAL,
  spend_pct REAL,
  UNIQUE (plan_id, id),
  CHECK ((product_id IS NOT NULL) + (budget_line_id IS NOT NULL) + (action_id IS NOT NULL) <= 1),
  FOREIGN KEY (plan_id, scenario_id) REFERENCES scenarios (plan_id, id) ON DELETE CASCADE,
  FOREIGN KEY (plan_id, product_id) REFERENCES products (plan_id, id),
  FOREIGN KEY (plan_id, budget_line_id) REFERENCES budget_lines (plan_id, id),
  FOREIGN KEY (plan_id, action_id) REFERENCES actions (plan_id, id)
) STRICT;
CREATE INDEX scenario_overrides_by_scenario ON scenario_overrides (scenario_id);

ALTER TABLE kpis ADD COLUMN targets_from TEXT;
ALTER TABLE kpis ADD COLUMN targets_product_id TEXT;
`;
