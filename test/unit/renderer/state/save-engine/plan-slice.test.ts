import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../../shared/domain';
import { planProgress } from '../../../../../shared/logic';
import { buildSample } from '../../../../../shared/samples';
import { rowsOf } from '../../../../../renderer/src/state/plan-edits';
import { createAppStore } from '../../../../../renderer/src/state/store';
import { FakeBackend, FakeClock, settle } from './fake-transport';

const sample = () => buildSample('education', 'en', { now: '2026-11-01T00:00:00.000Z' });

function setup(plan: Plan = sample()) {
  const clock = new FakeClock();
  const backend = new FakeBackend(plan);
  const store = createAppStore(backend.transport(clock));
  return { clock, backend, state: () => store.getState(), planId: plan.meta.id };
}

const content = (plan: Plan) => ({ fields: plan.fields, collections: plan.collections });

describe('opening a plan', () => {
  it('reads the plan once and derives its summary from it, without listing the library', async () => {
    const { backend, state, planId } = setup();
    await state().openPlan(planId);
    expect(backend.names()).toEqual(['plans.get']);
    expect(state().planState).toBe('ready');
    expect(state().planSummary).toMatchObject({ id: planId, name: backend.plan.meta.name, progress: planProgress(backend.plan) });
  });
});

describe('a header save', () => {
  it('is one round trip, and the answer brings the whole header (author and version too)', async () => {
    const { backend, state, planId } = setup();
    await state().openPlan(planId);
    backend.calls.length = 0;
    // Typing in the rest of the plan waits for its pause: the header save must not overwrite it.
    state().setPartFields('situation', { ourPosition: 'nicher' });
    backend.plan = { ...backend.plan, meta: { ...backend.plan.meta, author: 'Set elsewhere' } };
    const result = await state().updatePlanMeta(planId, { client: 'New client' }, 'client');
    expect(result.ok).toBe(true);
    expect(backend.names()).toEqual(['plans.updateMeta']);
    expect(state().plan!.meta).toMatchObject({ client: 'New client', author: 'Set elsewhere', updatedAt: backend.plan.meta.updatedAt });
    expect(state().plan!.fields.situation.ourPosition).toBe('nicher');
    expect(state().plans.find((p) => p.id === planId)).toMatchObject({ client: 'New client' });
    // The library's summary carries the author (its Author column), never the version label.
    expect(state().plans.find((p) => p.id === planId)).toMatchObject({ author: 'Set elsewhere' });
    expect(state().plans.find((p) => p.id === planId)).not.toHaveProperty('versionLabel');
  });

  it('leaves the cached plan alone when refused, and says why', async () => {
    const { backend, state, planId } = setup();
    await state().openPlan(planId);
    backend.refuse((call) => (call.name === 'plans.updateMeta' ? { code: 'invalid', message: 'The plan period ends before it starts.' } : null));
    const before = state().plan!.meta;
    const result = await state().updatePlanMeta(planId, { periodEnd: '2000-01-01' }, 'periodEnd');
    expect(result.ok).toBe(false);
    expect(state().plan!.meta).toEqual(before);
    expect(state().saveStatus).toBe('error');
  });
});

describe('delete, then undo', () => {
  it('deletes a stored row and its links; undo puts the row back in its place with every link, in storage too', async () => {
    const { backend, state, planId } = setup();
    await state().openPlan(planId);
    const plan = state().plan!;
    const linked = rowsOf(plan, 'actions').find((a) => (a.objectiveIds as string[]).length > 0)!;
    const objectiveId = (linked.objectiveIds as string[])[0]!;
    const index = rowsOf(plan, 'objectives').findIndex((o) => o.id === objectiveId);
    backend.calls.length = 0;

    state().deleteRow('objectives', objectiveId);
    await state().flushEdits();
    expect(backend.names()).toEqual(['rows.delete']);
    expect(rowsOf(backend.plan, 'objectives').some((o) => o.id === objectiveId)).toBe(false);
    expect(rowsOf(backend.plan, 'actions').find((a) => a.id === linked.id)!.objectiveIds).not.toContain(objectiveId);
    expect(content(backend.plan)).toEqual(content(state().plan!));

    backend.calls.length = 0;
    expect(await state().undo()).toBe(true);
    await state().flushEdits();
    expect(backend.calls[0]).toMatchObject({ name: 'rows.upsert', request: { collection: 'objectives', index } });
    expect(backend.calls.slice(1).every((c) => c.name === 'rows.upsert')).toBe(true);
    expect(content(state().plan!)).toEqual(content(plan));
    expect(content(backend.plan)).toEqual(content(plan));
  });

  it('sends nothing for a row that never reached storage, and the row goes from the screen alone', async () => {
    const { backend, state, planId } = setup();
    await state().openPlan(planId);
    const row = { ...rowsOf(state().plan!, 'segments')[0]!, id: crypto.randomUUID(), name: '' };
    state().upsertRow('segments', row as never, { fresh: true, immediate: true });
    await state().flushEdits();
    backend.calls.length = 0;
    state().deleteRow('segments', row.id);
    await state().flushEdits();
    expect(backend.calls).toEqual([]);
    expect(rowsOf(state().plan!, 'segments').some((r) => r.id === row.id)).toBe(false);
  });

  it('shows a row again where it was when storage refuses to delete it', async () => {
    const { backend, state, planId } = setup();
    await state().openPlan(planId);
    const before = rowsOf(state().plan!, 'segments').map((r) => r.id);
    backend.refuse((call) => (call.name === 'rows.delete' ? { code: 'conflict', message: 'This plan is in the trash.' } : null));
    state().deleteRow('segments', before[1]!);
    expect(rowsOf(state().plan!, 'segments').map((r) => r.id)).not.toContain(before[1]);
    await state().flushEdits();
    await settle();
    expect(rowsOf(state().plan!, 'segments').map((r) => r.id)).toEqual(before);
    expect(state().saveStatus).toBe('error');
  });
});
