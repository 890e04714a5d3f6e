import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../../../electron/core/storage/database';
import { PlanStore } from '../../../../../electron/core/storage/plan-store';
import { EMPTY_RICH_TEXT, type Plan } from '../../../../../shared/domain';
import { planProgress } from '../../../../../shared/logic';
import { buildSample, SAMPLE_NAMES } from '../../../../../shared/samples';
import { NEW_PLAN, testBackend } from '../../../helpers/backend';
import { tempDir } from '../../../helpers/temp-dir';

const id = () => crypto.randomUUID();
const at = '2026-11-01T00:00:00.000Z';

/** The progress the library lists for each plan, against planProgress of the plan read whole. */
function listedAgainstComputed(store: PlanStore) {
  return store.list().map((s) => ({ id: s.id, listed: s.progress, computed: planProgress(store.get(s.id)) }));
}

function expectInStep(store: PlanStore) {
  for (const p of listedAgainstComputed(store)) expect(p.listed, p.id).toBe(p.computed);
}

describe('the progress the library lists', () => {
  it('is stored with every sample plan, in both languages, as planProgress works it out', () => {
    const db = openDatabase(tempDir());
    const store = new PlanStore(db, () => at);
    for (const name of SAMPLE_NAMES)
      for (const language of ['en', 'zh-CN'] as const) db.transaction(() => store.insertPlan(buildSample(name, language, { now: at })))();
    expect(store.list()).toHaveLength(SAMPLE_NAMES.length * 2);
    expectInStep(store);
    db.close();
  });

  it('follows every kind of write of a plan, from empty to drafted and back', () => {
    const b = testBackend();
    const planId = b.call('plans.create', NEW_PLAN).id;
    const steps: (() => unknown)[] = [];
    const segment = { id: id(), name: 'Parents of 6–12s', size: null, growthPct: null, needs: '' };
    const strength = { id: id(), kind: 'S' as const, statement: 'Strong brand', impact: 3, likelihood: null, evidence: null };
    const weakness = { id: id(), kind: 'W' as const, statement: 'Few centres', impact: 2, likelihood: null, evidence: null };
    const objective = {
      id: id(),
      kind: 'financial' as const,
      metric: 'revenue' as const,
      title: 'Revenue',
      baseline: null,
      target: 3,
      unit: 'm',
      deadline: null,
      owner: '',
    };
    const kpi = {
      id: id(),
      metric: 'Revenue',
      objectiveId: objective.id,
      owner: '',
      unit: 'm',
      periodKind: 'month' as const,
      direction: 'higherIsBetter' as const,
      controlKind: 'annualPlan' as const,
      correctiveAction: '',
      periods: [{ period: '2027-01', target: null, actual: null }],
    };
    steps.push(
      () => b.call('rows.upsert', { planId, collection: 'segments', row: segment }),
      () => b.call('rows.upsert', { planId, collection: 'swotItems', row: strength }),
      () => b.call('rows.upsert', { planId, collection: 'swotItems', row: weakness }),
      () => b.call('rows.upsert', { planId, collection: 'objectives', row: objective }),
      () => b.call('rows.upsert', { planId, collection: 'kpis', row: kpi }),
      () => b.call('rows.upsert', { planId, collection: 'kpis', row: { ...kpi, periods: [{ period: '2027-01', target: 5, actual: null }] } }),
      () =>
        b.call('rows.upsert', {
          planId,
          collection: 'segmentScores',
          row: { id: id(), segmentId: segment.id, size: 3, growth: 3, intensity: 3, fit: 3, targeted: true },
        }),
      () => b.call('fields.set', { planId, part: 'budget', fields: { ...b.call('plans.get', { planId }).fields.budget, marketingBudget: 100_000 } }),
      () =>
        b.call('fields.set', {
          planId,
          part: 'situation',
          fields: { ...b.call('plans.get', { planId }).fields.situation, marketSize: 5, market: EMPTY_RICH_TEXT },
        }),
      () => b.call('rows.delete', { planId, collection: 'objectives', id: objective.id }),
      // Deleting the segment takes its score with it: targeting is no longer done.
      () => b.call('rows.delete', { planId, collection: 'segments', id: segment.id }),
      () => b.call('plans.updateMeta', { planId, patch: { author: 'Chen' } }),
    );
    const seen = new Set<number>();
    for (const step of steps) {
      step();
      const listed = b.call('plans.list', {})[0]!;
      const computed = planProgress(b.call('plans.get', { planId }));
      expect(listed.progress).toBe(computed);
      seen.add(listed.progress);
    }
    // The steps above move progress up and down: the check is not comparing zeros.
    expect(seen.size).toBeGreaterThan(5);
  });

  it('is listed without reading any plan whole, and search filters on name and client', () => {
    const db = openDatabase(tempDir());
    const store = new PlanStore(db, () => at);
    for (const [name, client] of [
      ['Spring', 'Acme'],
      ['Autumn', '禾初'],
      ['Winter', 'acme east'],
    ])
      store.create({ ...NEW_PLAN, name, client });
    const get = vi.spyOn(store, 'get');
    expect(
      store
        .list({ query: 'ACME' })
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Spring', 'Winter']);
    expect(store.list({ query: '禾初' }).map((p) => p.name)).toEqual(['Autumn']);
    expect(store.list()).toHaveLength(3);
    expect(get).not.toHaveBeenCalled();
    db.close();
  });
});

describe('listing', () => {
  it('reads the covering index alone, in the order it lists, for the plans and for the trash', () => {
    const db = openDatabase(tempDir());
    const store = new PlanStore(db, () => at);
    store.create(NEW_PLAN);
    const prepare = vi.spyOn(db, 'prepare');
    store.list();
    store.list({ trashed: true });
    const listings = prepare.mock.calls.map(([sql]) => sql).filter((sql) => /FROM plans WHERE deleted_at/.test(sql));
    expect(listings).toHaveLength(2);
    for (const sql of listings) {
      const details = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join('; ');
      expect(details, sql).toMatch(/USING COVERING INDEX plans_listing/);
      expect(details, sql).not.toMatch(/TEMP B-TREE/);
    }
    db.close();
  });
});

describe('reading a plan’s links', () => {
  it('looks up each link table by plan, never scanning it whole', () => {
    const db = openDatabase(tempDir());
    for (const table of ['tows_swot_items', 'issue_objectives', 'action_objectives', 'action_dependencies']) {
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM ${table} WHERE plan_id = ? ORDER BY position`).all('x') as { detail: string }[];
      const details = plan.map((p) => p.detail).join('; ');
      expect(details, table).toMatch(new RegExp(`SEARCH ${table} USING INDEX ${table}_by_plan`));
      expect(details, table).not.toMatch(/TEMP B-TREE/);
    }
    db.close();
  });
});

describe('header saves and row inserts', () => {
  it('plans.updateMeta answers the whole header with the progress; plans.rename the summary', () => {
    const b = testBackend();
    const planId = b.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    const header = b.call('plans.updateMeta', { planId, patch: { author: 'Chen', versionLabel: '2.1' } });
    const plan: Plan = b.call('plans.get', { planId });
    const { playbookIds: _playbookIds, ...meta } = plan.meta;
    expect(header).toEqual({ ...meta, progress: planProgress(plan) });
    const renamed = b.call('plans.rename', { planId, name: 'Renamed' });
    // The summary carries the author (the library's Author column), not the version.
    expect(renamed).not.toHaveProperty('versionLabel');
    expect(renamed).toMatchObject({ name: 'Renamed', author: 'Chen', progress: planProgress(plan) });
  });

  it('rows.upsert places a new row at its index in one command; a stored row keeps its place', () => {
    const b = testBackend();
    const planId = b.call('plans.create', NEW_PLAN).id;
    const row = (name: string) => ({ id: id(), name, size: null, growthPct: null, needs: '' });
    const [a, c, d] = [row('A'), row('C'), row('D')];
    for (const r of [a, c, d]) b.call('rows.upsert', { planId, collection: 'segments', row: r });
    const inserted = row('B');
    b.call('rows.upsert', { planId, collection: 'segments', row: inserted, index: 1 });
    b.call('rows.upsert', { planId, collection: 'segments', row: { ...d, name: 'D2' }, index: 0 });
    b.call('rows.upsert', { planId, collection: 'segments', row: row('E'), index: 99 });
    expect(b.call('plans.get', { planId }).collections.segments.map((s) => s.name)).toEqual(['A', 'B', 'C', 'D2', 'E']);
  });
});
