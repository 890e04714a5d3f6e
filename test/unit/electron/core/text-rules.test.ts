// The character rule (shared/domain/characters.ts) at the command map: the same refusal, with
// the field's path, as the plan-file parser gives; and nothing is written.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../electron/core/storage/database';
import { NEW_PLAN, testBackend } from '../../helpers/backend';
import { fullPlan } from '../../helpers/full-plan';
import { XML_INVALID_CHARACTERS } from '../../helpers/text-leaves';

describe('text that XML cannot carry, at the command map', () => {
  it.each(XML_INVALID_CHARACTERS.map((ch) => [ch.charCodeAt(0).toString(16), ch]))(
    'refuses U+%s in a KPI’s metric and unit and in a plan’s name',
    (_, ch) => {
      const b = testBackend();
      const { id } = b.call('plans.create', NEW_PLAN);
      const kpi = { ...fullPlan().collections.kpis[0]!, objectiveId: null, metric: `Enrolments${ch}per term`, unit: `stu${ch}dents` };
      const refused = b.dispatch('rows.upsert', { planId: id, collection: 'kpis', row: kpi });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
      const issues = (refused as { error: { issues: { path: string; message: string }[] } }).error.issues;
      expect(issues.map((i) => i.path)).toEqual(['row.metric', 'row.unit']);
      expect(issues[0]!.message).toMatch(/^contains (an invisible control|a broken) character \(U\+[0-9A-F]{4}/);
      expect(b.dispatch('plans.rename', { planId: id, name: `Spring${ch}2027` })).toMatchObject({ ok: false, error: { issues: [{ path: 'name' }] } });
      expect(b.call('plans.get', { planId: id }).collections.kpis).toEqual([]);
      expect(b.call('plans.get', { planId: id }).meta.name).toBe(NEW_PLAN.name);
    },
  );

  it('stores only valid UTF-8: emoji and Chinese read back by another SQLite reader as written', () => {
    const b = testBackend();
    const { id } = b.call('plans.create', { ...NEW_PLAN, name: '春季招生 🎓' });
    expect(b.dispatch('plans.rename', { planId: id, name: 'half \ud83c' })).toMatchObject({ ok: false });
    b.close();
    // Another reader, asked for bytes: valid UTF-8 that decodes strictly.
    const raw = new Database(path.join(b.dataDir, DATABASE_FILE), { readonly: true });
    const row = raw.prepare('SELECT CAST(name AS BLOB) AS bytes FROM plans').get() as { bytes: Buffer };
    raw.close();
    expect(new TextDecoder('utf-8', { fatal: true }).decode(row.bytes)).toBe('春季招生 🎓');
  });
});
