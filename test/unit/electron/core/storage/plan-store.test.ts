import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/storage/database';
import { PlanStore } from '../../../../../electron/core/storage/plan-store';
import { EMPTY_RICH_TEXT, type Action, type Kpi, type Objective } from '../../../../../shared/domain';
import { NEW_PLAN, testBackend } from '../../../helpers/backend';
import { tempDir } from '../../../helpers/temp-dir';

const id = () => crypto.randomUUID();

const objective = (over: Partial<Objective> = {}): Objective => ({
  id: id(),
  kind: 'marketing',
  metric: 'newCustomers',
  title: 'Win 300 new students',
  baseline: 120,
  target: 300,
  unit: 'students',
  deadline: '2027-09-30',
  owner: 'Admissions',
  ...over,
});
const action = (over: Partial<Action> = {}): Action => ({
  id: id(),
  title: 'WeChat community launch',
  start: '2027-02-01',
  end: '2027-03-15',
  owner: 'Marketing',
  cost: 1_200_000,
  objectiveIds: [],
  mixElement: 'promotion',
  status: 'planned',
  dependsOn: [],
  ...over,
});
const kpi = (over: Partial<Kpi> = {}): Kpi => ({
  id: id(),
  metric: 'New enrolments',
  objectiveId: null,
  owner: 'Admissions',
  unit: 'students',
  periodKind: 'month',
  direction: 'higherIsBetter',
  controlKind: 'annualPlan',
  correctiveAction: '',
  periods: [],
  ...over,
});

function setup() {
  const b = testBackend();
  const plan = b.call('plans.create', NEW_PLAN);
  return { b, planId: plan.id };
}

describe('rows and their links', () => {
  it('stores an action linked to objectives and dependencies, and reads it back exactly', () => {
    const { b, planId } = setup();
    const o1 = objective();
    const o2 = objective({ kind: 'financial', metric: 'revenue', title: 'Revenue 3m' });
    b.call('rows.upsert', { planId, collection: 'objectives', row: o1 });
    b.call('rows.upsert', { planId, collection: 'objectives', row: o2 });
    const first = action({ objectiveIds: [o2.id, o1.id] });
    const second = action({ title: 'Open day', dependsOn: [first.id] });
    b.call('rows.upsert', { planId, collection: 'actions', row: first });
    b.call('rows.upsert', { planId, collection: 'actions', row: second });
    const plan = b.call('plans.get', { planId });
    expect(plan.collections.actions).toEqual([first, second]);
    expect(plan.collections.objectives).toEqual([o1, o2]);
  });

  it('writes several rows in one transaction, or none of them when one is refused (a spreadsheet import)', () => {
    const dataDir = tempDir();
    const store = new PlanStore(openDatabase(dataDir));
    const planId = store.create(NEW_PLAN).id;
    const kept = action();
    store.upsertRow(planId, 'actions', kept);
    const changed = { ...kept, cost: 99 };
    expect(() =>
      store.upsertRows(planId, [
        { collection: 'actions', row: changed },
        { collection: 'actions', row: action({ objectiveIds: [id()] }) },
      ]),
    ).toThrow();
    expect(store.get(planId).collections.actions).toEqual([kept]);
    const added = action({ title: 'Open day' });
    store.upsertRows(planId, [
      { collection: 'actions', row: changed },
      { collection: 'actions', row: added },
    ]);
    expect(store.get(planId).collections.actions).toEqual([changed, added]);
  });

  it('refuses a link to a row that does not exist, naming the field', () => {
    const { b, planId } = setup();
    const result = b.dispatch('rows.upsert', { planId, collection: 'actions', row: action({ objectiveIds: [id()] }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'row.objectiveIds[0]' }] } });
    expect(b.call('plans.get', { planId }).collections.actions).toEqual([]);
  });

  it('refuses a link to a row of another plan', () => {
    const { b, planId } = setup();
    const other = b.call('plans.create', { ...NEW_PLAN, name: 'Other' });
    const foreign = objective();
    b.call('rows.upsert', { planId: other.id, collection: 'objectives', row: foreign });
    const result = b.dispatch('rows.upsert', { planId, collection: 'kpis', row: kpi({ objectiveId: foreign.id }) });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'row.objectiveId' }] } });
    const stolen = b.dispatch('rows.upsert', { planId, collection: 'objectives', row: { ...foreign, title: 'moved' } });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(b.call('plans.get', { planId: other.id }).collections.objectives[0]!.title).toBe(foreign.title);
  });

  it('refuses dependencies that would make a loop', () => {
    const { b, planId } = setup();
    const a = action({ title: 'A' });
    const c = action({ title: 'C', dependsOn: [a.id] });
    b.call('rows.upsert', { planId, collection: 'actions', row: a });
    b.call('rows.upsert', { planId, collection: 'actions', row: c });
    const loop = b.dispatch('rows.upsert', { planId, collection: 'actions', row: { ...a, dependsOn: [c.id] } });
    expect(loop).toMatchObject({ ok: false, error: { issues: [{ path: 'row.dependsOn', message: 'makes a loop' }] } });
    expect(b.dispatch('rows.upsert', { planId, collection: 'actions', row: { ...a, dependsOn: [a.id] } })).toMatchObject({ ok: false });
  });

  it('refuses an action that ends before it starts, with the path of the end date', () => {
    const { b, planId } = setup();
    const result = b.dispatch('rows.upsert', { planId, collection: 'actions', row: action({ start: '2027-05-01', end: '2027-04-01' }) });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'row.end', message: 'before start' }] } });
  });

  it('deleting an objective unlinks actions, issues and KPIs and leaves them in place', () => {
    const { b, planId } = setup();
    const o = objective();
    b.call('rows.upsert', { planId, collection: 'objectives', row: o });
    const a = action({ objectiveIds: [o.id] });
    const k = kpi({ objectiveId: o.id, periods: [{ period: '2027-01', target: 20, actual: 18 }] });
    const issue = { id: id(), statement: 'Low awareness in new district', objectiveIds: [o.id] };
    b.call('rows.upsert', { planId, collection: 'actions', row: a });
    b.call('rows.upsert', { planId, collection: 'kpis', row: k });
    b.call('rows.upsert', { planId, collection: 'issues', row: issue });
    b.call('rows.delete', { planId, collection: 'objectives', id: o.id });
    const plan = b.call('plans.get', { planId });
    expect(plan.collections.objectives).toEqual([]);
    expect(plan.collections.actions).toEqual([{ ...a, objectiveIds: [] }]);
    expect(plan.collections.kpis).toEqual([{ ...k, objectiveId: null }]);
    expect(plan.collections.issues).toEqual([{ ...issue, objectiveIds: [] }]);
  });

  it('deleting a segment removes its score and clears SWOT evidence citing it', () => {
    const { b, planId } = setup();
    const seg = { id: id(), name: 'Parents of pupils aged 6–12', size: 40000, growthPct: 3.5, needs: 'Exam results' };
    b.call('rows.upsert', { planId, collection: 'segments', row: seg });
    b.call('rows.upsert', {
      planId,
      collection: 'segmentScores',
      row: { id: id(), segmentId: seg.id, size: 4, growth: 3, intensity: 2, fit: 5, targeted: true },
    });
    const swot = { id: id(), kind: 'O', statement: 'Growing district', impact: 4, likelihood: 3, evidence: { kind: 'segment', id: seg.id } } as const;
    b.call('rows.upsert', { planId, collection: 'swotItems', row: swot });
    expect(b.call('plans.get', { planId }).collections.swotItems).toEqual([swot]);
    b.call('rows.delete', { planId, collection: 'segments', id: seg.id });
    const plan = b.call('plans.get', { planId });
    expect(plan.collections.segmentScores).toEqual([]);
    expect(plan.collections.swotItems).toEqual([{ ...swot, evidence: null }]);
  });

  it('keeps KPI targets and actuals per period', () => {
    const { b, planId } = setup();
    const k = kpi({
      periodKind: 'quarter',
      periods: [
        { period: '2027-Q1', target: 60, actual: null },
        { period: '2027-Q2', target: 80, actual: 85 },
      ],
    });
    b.call('rows.upsert', { planId, collection: 'kpis', row: k });
    b.call('rows.upsert', { planId, collection: 'kpis', row: { ...k, periods: [k.periods[1]!] } });
    expect(b.call('plans.get', { planId }).collections.kpis).toEqual([{ ...k, periods: [k.periods[1]] }]);
  });

  it('moves a row and keeps the order', () => {
    const { b, planId } = setup();
    const rows = ['S1', 'S2', 'S3'].map((statement) => ({ id: id(), kind: 'S', statement, impact: null, likelihood: null, evidence: null }) as const);
    for (const row of rows) b.call('rows.upsert', { planId, collection: 'swotItems', row });
    b.call('rows.move', { planId, collection: 'swotItems', id: rows[2]!.id, toIndex: 0 });
    expect(b.call('plans.get', { planId }).collections.swotItems.map((r) => r.statement)).toEqual(['S3', 'S1', 'S2']);
  });

  it('saves a part’s fields and refuses a malformed rich text without touching the rest', () => {
    const { b, planId } = setup();
    const narrative = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Grow enrolment by 25%.', marks: [{ type: 'bold' }] }] }],
    } as const;
    b.call('fields.set', { planId, part: 'summary', fields: { narrative } });
    expect(b.call('plans.get', { planId }).fields.summary.narrative).toEqual(narrative);
    const bad = b.dispatch('fields.set', {
      planId,
      part: 'summary',
      fields: { narrative: { type: 'doc', content: [{ type: 'script', text: 'x' }] } },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(b.call('plans.get', { planId }).fields.summary.narrative).toEqual(narrative);
    expect(b.call('plans.get', { planId }).fields.control.annualPlan).toEqual(EMPTY_RICH_TEXT);
  });
});

describe('transactions', () => {
  it('a failure in the middle of a write leaves nothing of it behind', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    let calls = 0;
    const store = new PlanStore(db, () => {
      calls++;
      if (calls > 1) throw new Error('clock failed');
      return '2027-01-01T00:00:00.000Z';
    });
    const plan = store.create(NEW_PLAN);
    const o = objective();
    expect(() => store.upsertRow(plan.id, 'objectives', o)).toThrow('clock failed');
    expect(db.prepare('SELECT count(*) AS n FROM objectives').get()).toEqual({ n: 0 });
    db.close();
  });

  it('deleting a plan for good removes every row of it', () => {
    const { b, planId } = setup();
    const o = objective();
    b.call('rows.upsert', { planId, collection: 'objectives', row: o });
    b.call('rows.upsert', { planId, collection: 'actions', row: action({ objectiveIds: [o.id] }) });
    b.call('rows.upsert', { planId, collection: 'kpis', row: kpi({ objectiveId: o.id, periods: [{ period: '2027-01', target: 1, actual: 1 }] }) });
    b.call('plans.trash', { planId });
    b.call('plans.deletePermanently', { planId });
    const db = openDatabase(b.dataDir);
    for (const table of ['objectives', 'actions', 'action_objectives', 'kpis', 'kpi_periods']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });
});
