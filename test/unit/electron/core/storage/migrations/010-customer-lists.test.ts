import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../../../../electron/core/storage/database';
import { LATEST_VERSION } from '../../../../../../electron/core/storage/migrations';
import { CustomerListStore } from '../../../../../../electron/core/storage/customer-lists';
import { PlanStore } from '../../../../../../electron/core/storage/plan-store';
import { buildSample } from '../../../../../../shared/samples';
import { tempDir } from '../../../../helpers/temp-dir';

describe('migration 10: customer lists kept in plans', () => {
  it('adds the table to a version 9 folder, keeping its plans; a list goes with its plan', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const plan = buildSample('education', 'en', { now: '2027-01-05T09:00:00.000Z' });
    db.transaction(() => new PlanStore(db).insertPlan(plan))();
    db.exec('DROP TABLE team_links; DROP TABLE customer_lists;');
    db.pragma('user_version = 9');
    db.close();

    const again = openDatabase(dir);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const lists = new CustomerListStore(again, () => '2027-02-01T00:00:00.000Z');
    expect(lists.get(plan.meta.id)).toBeNull();
    const customers = [{ id: 'C1', lastPurchase: '2027-01-02', purchases: 2, spend: 5000 }];
    lists.set(plan.meta.id, customers, { split: '15/35/50', asOf: null });
    expect(lists.get(plan.meta.id)).toEqual({ customers, settings: { split: '15/35/50', asOf: null }, savedAt: '2027-02-01T00:00:00.000Z' });
    // A stored list that no longer parses reads as none, not as an error.
    again.prepare('UPDATE customer_lists SET customers = \'[{"id":""}]\'').run();
    expect(lists.get(plan.meta.id)).toBeNull();
    const store = new PlanStore(again);
    store.trash(plan.meta.id);
    store.deletePermanently(plan.meta.id);
    expect(again.prepare('SELECT count(*) AS n FROM customer_lists').get()).toEqual({ n: 0 });
    again.close();

    const raw = new Database(path.join(dir, DATABASE_FILE));
    const sql = (raw.prepare("SELECT sql FROM sqlite_schema WHERE name = 'customer_lists'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT$/);
    expect(() => raw.prepare("INSERT INTO customer_lists VALUES ('x', '{}', '80/20', NULL, 'now')").run()).toThrow();
    expect(() => raw.prepare("INSERT INTO customer_lists VALUES ('x', '[]', '70/30', NULL, 'now')").run()).toThrow();
    raw.close();
  });
});
