import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../../../../electron/core/storage/database';
import { LATEST_VERSION } from '../../../../../../electron/core/storage/migrations';
import { PlanStore } from '../../../../../../electron/core/storage/plan-store';
import { SheetMappingStore } from '../../../../../../electron/core/storage/sheet-mappings';
import { buildSample } from '../../../../../../shared/samples';
import { tempDir } from '../../../../helpers/temp-dir';

describe('migration 9: remembered spreadsheet column mappings', () => {
  it('adds the table to a version 8 folder, keeping its plans; a mapping goes with its plan', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const plan = buildSample('education', 'en', { now: '2027-01-05T09:00:00.000Z' });
    db.transaction(() => new PlanStore(db).insertPlan(plan))();
    db.exec('DROP TABLE team_links; DROP TABLE customer_lists; DROP TABLE sheet_mappings;');
    db.pragma('user_version = 8');
    db.close();

    const again = openDatabase(dir);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const mappings = new SheetMappingStore(again);
    mappings.set(plan.meta.id, 'kpi-actuals', { 'monthly figure': 'actual', kpi: 'metric' });
    expect(mappings.get(plan.meta.id, 'kpi-actuals')).toEqual({ 'monthly figure': 'actual', kpi: 'metric' });
    // A stored mapping that no longer fits its table is forgotten, not an error.
    again.prepare('UPDATE sheet_mappings SET columns = \'{"x":"amount"}\'').run();
    expect(mappings.get(plan.meta.id, 'kpi-actuals')).toEqual({});
    const store = new PlanStore(again);
    store.trash(plan.meta.id);
    store.deletePermanently(plan.meta.id);
    expect(again.prepare('SELECT count(*) AS n FROM sheet_mappings').get()).toEqual({ n: 0 });
    again.close();

    const raw = new Database(path.join(dir, DATABASE_FILE));
    const sql = (raw.prepare("SELECT sql FROM sqlite_schema WHERE name = 'sheet_mappings'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT$/);
    expect(() => raw.prepare("INSERT INTO sheet_mappings VALUES ('x', 'actions', '[]', 'now')").run()).toThrow();
    raw.close();
  });
});
