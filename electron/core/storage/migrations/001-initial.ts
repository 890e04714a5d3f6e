/**
 * Version 1: plans, settings, and one STRICT table per list-like part of a plan.
 *
 * Links between rows are composite foreign keys (plan_id, id), so a row can only ever point at
 * a row of the same plan. Single-valued links (kpi -> objective, forecast -> product, SWOT
 * evidence) are cleared by the store before the target is deleted: SQLite's ON DELETE SET NULL
 * would null plan_id as well. Many-valued links live in link tables that cascade.
 */
export const version = 1;

const row = `id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL`;

export const sql = `
CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  client TEXT NOT NULL,
  author TEXT NOT NULL,
  version_label TEXT NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  language TEXT NOT NULL CHECK (language IN ('en', 'zh-CN')),
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  fields TEXT NOT NULL CHECK (json_valid(fields)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (period_end >= period_start)
) STRICT;
CREATE INDEX plans_by_trash_and_update ON plans (deleted_at, updated_at);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE segments (
  ${row},
  name TEXT NOT NULL,
  size REAL,
  growth_pct REAL,
  needs TEXT NOT NULL,
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE products (
  ${row},
  name TEXT NOT NULL,
  sales_volume REAL,
  price INTEGER,
  margin_pct REAL,
  stage TEXT CHECK (stage IN ('introduction', 'growth', 'maturity', 'decline')),
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE competitors (
  ${row},
  name TEXT NOT NULL,
  share_pct REAL,
  strategy TEXT NOT NULL,
  objectives TEXT NOT NULL,
  strengths TEXT NOT NULL,
  weaknesses TEXT NOT NULL,
  likely_reaction TEXT NOT NULL,
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE channels (
  ${row},
  name TEXT NOT NULL,
  share_pct REAL,
  trend TEXT CHECK (trend IN ('rising', 'stable', 'falling')),
  conflicts TEXT NOT NULL,
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE macro_forces (
  ${row},
  force TEXT NOT NULL CHECK (force IN ('demographic', 'economic', 'natural', 'technological', 'politicalLegal', 'socioCultural')),
  finding TEXT NOT NULL,
  effect TEXT CHECK (effect IN ('opportunity', 'threat', 'neutral')),
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE customer_tiers (
  ${row},
  tier TEXT NOT NULL CHECK (tier IN ('opinionLeader', 'keyAccount', 'smallMid', 'intending', 'potential', 'other')),
  name TEXT NOT NULL,
  customers REAL,
  recency_days REAL,
  frequency REAL,
  monetary INTEGER,
  notes TEXT NOT NULL,
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE swot_items (
  ${row},
  kind TEXT NOT NULL CHECK (kind IN ('S', 'W', 'O', 'T')),
  statement TEXT NOT NULL,
  impact INTEGER CHECK (impact BETWEEN 1 AND 5),
  likelihood INTEGER CHECK (likelihood IS NULL OR (likelihood BETWEEN 1 AND 5 AND kind IN ('O', 'T'))),
  evidence_segment_id TEXT,
  evidence_product_id TEXT,
  evidence_competitor_id TEXT,
  evidence_channel_id TEXT,
  evidence_macro_force_id TEXT,
  evidence_customer_tier_id TEXT,
  UNIQUE (plan_id, id),
  CHECK ((evidence_segment_id IS NOT NULL) + (evidence_product_id IS NOT NULL) + (evidence_competitor_id IS NOT NULL)
    + (evidence_channel_id IS NOT NULL) + (evidence_macro_force_id IS NOT NULL) + (evidence_customer_tier_id IS NOT NULL) <= 1),
  FOREIGN KEY (plan_id, evidence_segment_id) REFERENCES segments (plan_id, id),
  FOREIGN KEY (plan_id, evidence_product_id) REFERENCES products (plan_id, id),
  FOREIGN KEY (plan_id, evidence_competitor_id) REFERENCES competitors (plan_id, id),
  FOREIGN KEY (plan_id, evidence_channel_id) REFERENCES channels (plan_id, id),
  FOREIGN KEY (plan_id, evidence_macro_force_id) REFERENCES macro_forces (plan_id, id),
  FOREIGN KEY (plan_id, evidence_customer_tier_id) REFERENCES customer_tiers (plan_id, id)
) STRICT;

CREATE TABLE tows_strategies (
  ${row},
  kind TEXT NOT NULL CHECK (kind IN ('SO', 'ST', 'WO', 'WT')),
  strategy TEXT NOT NULL,
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE tows_swot_items (
  plan_id TEXT NOT NULL,
  tows_id TEXT NOT NULL,
  swot_item_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (tows_id, swot_item_id),
  FOREIGN KEY (plan_id, tows_id) REFERENCES tows_strategies (plan_id, id) ON DELETE CASCADE,
  FOREIGN KEY (plan_id, swot_item_id) REFERENCES swot_items (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX tows_swot_items_by_item ON tows_swot_items (swot_item_id);

CREATE TABLE objectives (
  ${row},
  kind TEXT NOT NULL CHECK (kind IN ('financial', 'marketing')),
  metric TEXT,
  title TEXT NOT NULL,
  baseline REAL,
  target REAL,
  unit TEXT NOT NULL,
  deadline TEXT,
  owner TEXT NOT NULL,
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE issues (
  ${row},
  statement TEXT NOT NULL,
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE issue_objectives (
  plan_id TEXT NOT NULL,
  issue_id TEXT NOT NULL,
  objective_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (issue_id, objective_id),
  FOREIGN KEY (plan_id, issue_id) REFERENCES issues (plan_id, id) ON DELETE CASCADE,
  FOREIGN KEY (plan_id, objective_id) REFERENCES objectives (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX issue_objectives_by_objective ON issue_objectives (objective_id);

CREATE TABLE segment_scores (
  ${row},
  segment_id TEXT NOT NULL UNIQUE,
  size INTEGER CHECK (size BETWEEN 1 AND 5),
  growth INTEGER CHECK (growth BETWEEN 1 AND 5),
  intensity INTEGER CHECK (intensity BETWEEN 1 AND 5),
  fit INTEGER CHECK (fit BETWEEN 1 AND 5),
  targeted INTEGER NOT NULL CHECK (targeted IN (0, 1)),
  UNIQUE (plan_id, id),
  FOREIGN KEY (plan_id, segment_id) REFERENCES segments (plan_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE actions (
  ${row},
  title TEXT NOT NULL,
  start TEXT,
  end TEXT,
  owner TEXT NOT NULL,
  cost INTEGER,
  mix_element TEXT CHECK (mix_element IN ('product', 'price', 'place', 'promotion')),
  status TEXT NOT NULL CHECK (status IN ('planned', 'inProgress', 'done', 'cancelled')),
  UNIQUE (plan_id, id),
  CHECK (start IS NULL OR end IS NULL OR end >= start)
) STRICT;

CREATE TABLE action_objectives (
  plan_id TEXT NOT NULL,
  action_id TEXT NOT NULL,
  objective_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (action_id, objective_id),
  FOREIGN KEY (plan_id, action_id) REFERENCES actions (plan_id, id) ON DELETE CASCADE,
  FOREIGN KEY (plan_id, objective_id) REFERENCES objectives (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX action_objectives_by_objective ON action_objectives (objective_id);

CREATE TABLE action_dependencies (
  plan_id TEXT NOT NULL,
  action_id TEXT NOT NULL,
  depends_on_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (action_id, depends_on_id),
  CHECK (action_id <> depends_on_id),
  FOREIGN KEY (plan_id, action_id) REFERENCES actions (plan_id, id) ON DELETE CASCADE,
  FOREIGN KEY (plan_id, depends_on_id) REFERENCES actions (plan_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX action_dependencies_by_target ON action_dependencies (depends_on_id);

CREATE TABLE forecast_lines (
  ${row},
  product_id TEXT,
  label TEXT NOT NULL,
  month TEXT NOT NULL,
  units REAL NOT NULL CHECK (units >= 0),
  unit_price INTEGER NOT NULL,
  unit_cost INTEGER NOT NULL,
  UNIQUE (plan_id, id),
  FOREIGN KEY (plan_id, product_id) REFERENCES products (plan_id, id)
) STRICT;

CREATE TABLE budget_lines (
  ${row},
  label TEXT NOT NULL,
  month TEXT NOT NULL,
  amount INTEGER NOT NULL,
  mix_element TEXT CHECK (mix_element IN ('product', 'price', 'place', 'promotion')),
  UNIQUE (plan_id, id)
) STRICT;

CREATE TABLE kpis (
  ${row},
  metric TEXT NOT NULL,
  objective_id TEXT,
  owner TEXT NOT NULL,
  unit TEXT NOT NULL,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter')),
  direction TEXT NOT NULL CHECK (direction IN ('higherIsBetter', 'lowerIsBetter')),
  control_kind TEXT NOT NULL CHECK (control_kind IN ('annualPlan', 'profitability', 'efficiency', 'strategic')),
  corrective_action TEXT NOT NULL,
  UNIQUE (plan_id, id),
  FOREIGN KEY (plan_id, objective_id) REFERENCES objectives (plan_id, id)
) STRICT;

CREATE TABLE kpi_periods (
  kpi_id TEXT NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  position INTEGER NOT NULL,
  target REAL,
  actual REAL,
  PRIMARY KEY (kpi_id, period)
) STRICT;
`;
