import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../../../../electron/core/storage/database';
import { LATEST_VERSION } from '../../../../../../electron/core/storage/migrations';
import { PlanStore } from '../../../../../../electron/core/storage/plan-store';
import { ClassStore } from '../../../../../../electron/core/storage/class-store';
import { buildSample } from '../../../../../../shared/samples';
import { tempDir } from '../../../../helpers/temp-dir';

describe('migration 4: classes', () => {
  it('adds classes to a version 3 folder, keeping its plans, and a class holds plans by reference', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const plan = buildSample('education', 'en', { now: '2027-01-05T09:00:00.000Z' });
    db.transaction(() => new PlanStore(db).insertPlan(plan))();
    // Back to version 3: what 4 (classes), 5 (saved versions), 6 (playbooks), 7 (actuals), 8 (scenarios) and 9 (sheet mappings) added goes.
    db.exec(
      'DROP TABLE team_links; DROP TABLE customer_lists; DROP TABLE sheet_mappings; DROP TABLE scenario_overrides; DROP TABLE scenarios; ALTER TABLE kpis DROP COLUMN targets_from; ALTER TABLE kpis DROP COLUMN targets_product_id; DROP TABLE actual_sales; DROP TABLE actual_spend; DROP TABLE action_results; DROP TABLE plan_versions; DROP TABLE class_plans; DROP TABLE classes; ALTER TABLE plans DROP COLUMN playbooks;',
    );
    db.pragma('user_version = 3');
    db.close();

    const again = openDatabase(dir);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const classes = new ClassStore(again);
    const klass = classes.create('Spring cohort', [plan.meta.id]);
    expect(classes.planIds(klass.id)).toEqual([plan.meta.id]);
    classes.delete(klass.id);
    expect(new PlanStore(again).list().map((p) => p.id)).toEqual([plan.meta.id]);
    again.close();

    const raw = new Database(path.join(dir, DATABASE_FILE));
    const strict = raw.prepare("SELECT name, sql FROM sqlite_schema WHERE name IN ('classes', 'class_plans')").all() as { sql: string }[];
    expect(strict).toHaveLength(2);
    for (const table of strict) expect(table.sql).toMatch(/STRICT$/);
    raw.close();
  });
});
