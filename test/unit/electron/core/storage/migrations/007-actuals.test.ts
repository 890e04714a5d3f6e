import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../../../../electron/core/storage/database';
import { LATEST_VERSION } from '../../../../../../electron/core/storage/migrations';
import { PlanStore } from '../../../../../../electron/core/storage/plan-store';
import { buildSample } from '../../../../../../shared/samples';
import { tempDir } from '../../../../helpers/temp-dir';

const at = '2027-04-02T09:00:00.000Z';

describe('migration 7: plan versus actual', () => {
  it('adds the three tables of actuals to a version 6 folder; its plans read with none', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const plan = buildSample('education', 'en', { now: at });
    db.transaction(() => new PlanStore(db).insertPlan(plan))();
    // Back to version 6: what 7 (actuals), 8 (scenarios), 9 (sheet mappings) and 10 (customer lists) added goes.
    db.exec(
      'DROP TABLE team_links; DROP TABLE customer_lists; DROP TABLE sheet_mappings; DROP TABLE scenario_overrides; DROP TABLE scenarios; ALTER TABLE kpis DROP COLUMN targets_from; ALTER TABLE kpis DROP COLUMN targets_product_id; DROP TABLE actual_sales; DROP TABLE actual_spend; DROP TABLE action_results;',
    );
    db.pragma('user_version = 6');
    db.close();

    const again = openDatabase(dir);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const read = new PlanStore(again).get(plan.meta.id);
    expect(read.collections.actualSales).toEqual([]);
    expect(read.collections.actualSpend).toEqual([]);
    expect(read.collections.actionResults).toEqual([]);
    expect(read.collections.actions).toEqual(plan.collections.actions);
    again.close();

    const raw = new Database(path.join(dir, DATABASE_FILE));
    const tables = raw
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN ('actual_sales', 'actual_spend', 'action_results')")
      .all() as {
      sql: string;
    }[];
    expect(tables).toHaveLength(3);
    for (const table of tables) expect(table.sql).toMatch(/STRICT$/);
    raw.close();
  });

  it('keeps a sample’s actuals row for row; an actual goes with its product, action or budget line', () => {
    const db = openDatabase(tempDir());
    const store = new PlanStore(db, () => at);
    const plan = buildSample('trade-course', 'en', { now: at });
    db.transaction(() => store.insertPlan(plan))();
    const read = store.get(plan.meta.id);
    expect(read.collections.actualSales).toEqual(plan.collections.actualSales);
    expect(read.collections.actualSpend).toEqual(plan.collections.actualSpend);
    expect(read.collections.actionResults).toEqual(plan.collections.actionResults);

    const productId = plan.collections.actualSales[0]!.productId;
    store.deleteRow(plan.meta.id, 'products', productId);
    const result = plan.collections.actionResults[0]!;
    store.deleteRow(plan.meta.id, 'actions', result.actionId);
    const line = plan.collections.actualSpend.find((a) => a.budgetLineId !== null)!;
    store.deleteRow(plan.meta.id, 'budgetLines', line.budgetLineId!);
    const after = store.get(plan.meta.id).collections;
    expect(after.actualSales.some((a) => a.productId === productId)).toBe(false);
    expect(after.actualSales.length).toBeGreaterThan(0);
    expect(after.actualSpend.some((a) => a.actionId === result.actionId || a.budgetLineId === line.budgetLineId)).toBe(false);
    expect(after.actionResults.some((r) => r.actionId === result.actionId)).toBe(false);
    db.close();
  });

  it('refuses, in the database itself, an actual for another plan’s product, a second actual for one cell, an actual of both kinds', () => {
    const db = openDatabase(tempDir());
    const store = new PlanStore(db, () => at);
    const one = buildSample('education', 'en', { now: at });
    const two = buildSample('education', 'en', { now: at });
    db.transaction(() => {
      store.insertPlan(one);
      store.insertPlan(two);
    })();
    const insertSale = db.prepare(
      'INSERT INTO actual_sales (id, plan_id, position, product_id, month, units, revenue) VALUES (?, ?, 99, ?, ?, 1, 100)',
    );
    expect(() => insertSale.run(crypto.randomUUID(), one.meta.id, two.collections.products[0]!.id, '2027-05')).toThrow(/FOREIGN KEY/);
    const taken = one.collections.actualSales[0]!;
    expect(() => insertSale.run(crypto.randomUUID(), one.meta.id, taken.productId, taken.month)).toThrow(/UNIQUE/);
    const both = db.prepare(
      'INSERT INTO actual_spend (id, plan_id, position, action_id, budget_line_id, month, amount) VALUES (?, ?, 99, ?, ?, ?, 100)',
    );
    expect(() => both.run(crypto.randomUUID(), one.meta.id, one.collections.actions[0]!.id, one.collections.budgetLines[0]!.id, '2027-07')).toThrow(
      /CHECK/,
    );
    db.close();
  });
});
