/**
 * Version 10: a customer list kept in a plan (the RFM dialog's "keep" option, off by default), with
 * the tiering settings last used and when it was saved. Its own table rather than a plans column:
 * the plans row is read on every open and header save, and a list may hold 100,000 customers.
 * It goes with its plan.
 */
export const version = 10;

export const sql = `
CREATE TABLE customer_lists (
  plan_id TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
  customers TEXT NOT NULL CHECK (json_valid(customers) AND json_type(customers) = 'array'),
  split TEXT NOT NULL CHECK (split IN ('15/35/50', '80/20')),
  as_of TEXT,
  saved_at TEXT NOT NULL
) STRICT;
`;
