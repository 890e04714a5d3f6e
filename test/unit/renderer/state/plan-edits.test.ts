import { describe, expect, it } from 'vitest';
import { COLLECTIONS, PlanFields, Segment, type Plan } from '../../../../shared/domain';
import {
  applyOp,
  deleteEffects,
  deleteImpact,
  editablePath,
  inverseOps,
  issueKeys,
  pathFromIssue,
  repairForSave,
  rowKey,
  type EditOp,
} from '../../../../renderer/src/state/plan-edits';
import { fullPlan } from '../../helpers/full-plan';

const run = (plan: Plan, ops: EditOp[]) => ops.reduce(applyOp, plan);

describe('applyOp and inverseOps', () => {
  it('a field edit and its inverse round-trip, leaving the collections untouched', () => {
    const plan = fullPlan();
    const op: EditOp = { kind: 'fields', part: 'situation', fields: { ...plan.fields.situation, marketSize: 123 } };
    const after = applyOp(plan, op);
    expect(after.fields.situation.marketSize).toBe(123);
    expect(after.collections).toBe(plan.collections);
    expect(run(after, inverseOps(plan, op))).toEqual(plan);
  });

  it('inserting a row at an index, and undoing it, deletes it again', () => {
    const plan = fullPlan();
    const row = { id: crypto.randomUUID(), name: 'New', size: null, growthPct: null, needs: '' };
    const op: EditOp = { kind: 'upsert', collection: 'segments', row, index: 0 };
    const after = applyOp(plan, op);
    expect(after.collections.segments.map((s) => s.name)).toEqual(['New', 'Working parents']);
    expect(inverseOps(plan, op)).toEqual([{ kind: 'delete', collection: 'segments', id: row.id }]);
    expect(run(after, inverseOps(plan, op))).toEqual(plan);
  });

  it('a move and its inverse put the row back', () => {
    const plan = fullPlan();
    const [a, b] = plan.collections.actions;
    const op: EditOp = { kind: 'move', collection: 'actions', id: a!.id, toIndex: 1 };
    const after = applyOp(plan, op);
    expect(after.collections.actions.map((x) => x.id)).toEqual([b!.id, a!.id]);
    expect(run(after, inverseOps(plan, op))).toEqual(plan);
  });

  it('a delete unlinks and cascades as storage does, and its inverse restores the row, its place and every link', () => {
    const plan = fullPlan();
    const segment = plan.collections.segments[0]!;
    // A second segment after it, and a SWOT item citing the first as evidence.
    const other = { ...segment, id: crypto.randomUUID(), name: 'Retirees' };
    const evidence = {
      id: crypto.randomUUID(),
      kind: 'O',
      statement: 'Dual incomes',
      impact: 3,
      likelihood: 2,
      evidence: { kind: 'segment', id: segment.id },
    } as const;
    const start: Plan = {
      ...plan,
      collections: { ...plan.collections, segments: [segment, other], swotItems: [...plan.collections.swotItems, evidence] },
    };
    const op: EditOp = { kind: 'delete', collection: 'segments', id: segment.id };
    const after = applyOp(start, op);
    expect(after.collections.segments.map((s) => s.name)).toEqual(['Retirees']);
    expect(after.collections.segmentScores).toEqual([]);
    expect(after.collections.swotItems.find((s) => s.id === evidence.id)!.evidence).toBeNull();

    const undo = inverseOps(start, op);
    expect(undo[0]).toEqual({ kind: 'upsert', collection: 'segments', row: segment, index: 0 });
    expect(undo.map((o) => (o.kind === 'upsert' ? o.collection : o.kind))).toEqual(['segments', 'segmentScores', 'swotItems']);
    expect(run(after, undo)).toEqual(start);
  });

  it('deleting an objective takes it out of the many-links (actions, issues) and undo puts it back', () => {
    const plan = fullPlan();
    const objective = plan.collections.objectives[0]!;
    const op: EditOp = { kind: 'delete', collection: 'objectives', id: objective.id };
    const after = applyOp(plan, op);
    expect(after.collections.actions.every((a) => !a.objectiveIds.includes(objective.id))).toBe(true);
    expect(after.collections.kpis.every((k) => k.objectiveId !== objective.id)).toBe(true);
    expect(run(after, inverseOps(plan, op))).toEqual(plan);
  });

  it('says what a delete touches, grouped for the confirmation', () => {
    const plan = fullPlan();
    const segment = plan.collections.segments[0]!;
    expect(deleteImpact(plan, 'segments', segment.id)).toEqual([{ collection: 'segmentScores', action: 'delete', count: 1 }]);
    const objective = plan.collections.objectives[0]!;
    const impact = deleteImpact(plan, 'objectives', objective.id);
    expect(impact).toContainEqual({ collection: 'actions', action: 'unlink', count: 2 });
    expect(impact).toContainEqual({ collection: 'issues', action: 'unlink', count: 1 });
    expect(deleteEffects(plan, 'channels', crypto.randomUUID())).toEqual([]);
  });
});

describe('repairForSave', () => {
  const segment = { id: crypto.randomUUID(), name: 'Working parents', size: 100, growthPct: 3, needs: '' };

  it('passes a valid value through, parsed (trimmed) as storage will hold it', () => {
    expect(repairForSave(Segment, { ...segment, name: '  Parents ' }, undefined)).toEqual({ payload: { ...segment, name: 'Parents' }, issues: [] });
  });

  it('replaces a refused value by the last accepted one and reports it, so the rest still saves', () => {
    const edited = { ...segment, name: 'x'.repeat(250), size: 200 };
    const { payload, issues } = repairForSave(Segment, edited, segment);
    expect(payload).toEqual({ ...segment, size: 200 });
    expect(issues).toEqual([{ path: ['name'], message: 'must be at most 200 characters' }]);
  });

  it('cannot save a new row whose required name is still empty', () => {
    expect(repairForSave(Segment, { ...segment, name: '' }, undefined).payload).toBeNull();
  });

  it('treats a rich-text document as one value: the whole narrative falls back', () => {
    const plan = fullPlan();
    const accepted = plan.fields.situation;
    const tooLong = {
      ...accepted,
      market: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(20_001) }] }] },
      marketSize: 5,
    };
    const { payload, issues } = repairForSave(PlanFields.shape.situation, tooLong, accepted);
    expect(payload).toEqual({ ...accepted, marketSize: 5 });
    expect(issues.length).toBeGreaterThan(0);
    expect(editablePath(tooLong, issues[0]!.path)).toEqual(['market']);
  });

  it('works for every collection schema with a nested path (a KPI period target)', () => {
    const plan = fullPlan();
    const kpi = plan.collections.kpis[0]!;
    const bad = { ...kpi, periods: kpi.periods.map((p, i) => (i === 0 ? { ...p, target: Number.POSITIVE_INFINITY } : p)) };
    const { payload, issues } = repairForSave(COLLECTIONS.kpis.row, bad, kpi);
    expect(payload).toEqual(kpi);
    const keys = issueKeys(bad, issues[0]!, (path) => rowKey('kpis', kpi.id, path));
    expect(keys).toEqual([`kpis:${kpi.id}:periods`, `kpis:${kpi.id}:periods.0.target`]);
  });
});

describe('pathFromIssue', () => {
  it('reads the backend’s paths below their prefix', () => {
    expect(pathFromIssue('row.end', 'row')).toEqual(['end']);
    expect(pathFromIssue('row.periods[0].target', 'row')).toEqual(['periods', 0, 'target']);
    expect(pathFromIssue('fields.positioning.statement', 'fields')).toEqual(['positioning', 'statement']);
    expect(pathFromIssue('planId', 'row')).toBeNull();
  });
});
