import { beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../../../shared/domain';
import { buildSample } from '../../../../../shared/samples';
import { SAVE_DELAY_MS } from '../../../../../renderer/src/state/plan-saves';
import { rowsOf, type AnyRow } from '../../../../../renderer/src/state/plan-edits';
import { createAppStore } from '../../../../../renderer/src/state/store';
import { CONNECTION_LOST, FakeBackend, FakeClock, settle } from './fake-transport';

/** The store with its save engine on a fake backend and clock, and a plan opened in it. */
async function opened(plan: Plan = buildSample('education', 'en', { now: '2026-11-01T00:00:00.000Z' })) {
  const clock = new FakeClock();
  const backend = new FakeBackend(plan);
  const store = createAppStore(backend.transport(clock));
  await store.getState().openPlan(plan.meta.id);
  backend.calls.length = 0;
  return { clock, backend, store, state: () => store.getState() };
}

/** What the editor shows, minus the stamps only storage makes. */
const content = (plan: Plan) => ({ fields: plan.fields, collections: plan.collections });

describe('the save engine: ordering', () => {
  it('sends writes one at a time, in the order they were made, and storage ends as the screen shows', async () => {
    const { clock, backend, state } = await opened();
    backend.hold = true;
    const segment = rowsOf(state().plan!, 'segments')[0]!;
    state().setPartFields('strategy', { positioning: { ...state().plan!.fields.strategy.positioning, statement: 'First' } });
    state().upsertRow('segments', { ...segment, name: 'Renamed' } as never, { immediate: true });
    state().setPartFields('situation', { ourPosition: 'follower' }, { immediate: true });
    clock.advance(SAVE_DELAY_MS);
    await settle();
    // The row and the situation were committed at once; the strategy's typing waited for its pause.
    expect(backend.names()).toEqual(['rows.upsert']);
    for (let i = 0; i < 3; i++) {
      expect(backend.waiting).toBe(1);
      backend.release();
      await settle();
    }
    expect(backend.names()).toEqual(['rows.upsert', 'fields.set', 'fields.set']);
    expect(backend.calls.map((c) => c.request.part ?? c.request.collection)).toEqual(['segments', 'situation', 'strategy']);
    expect(backend.maxInFlight).toBe(1);
    expect(state().pendingSaves).toBe(0);
    expect(state().saveStatus).toBe('saved');
    expect(content(backend.plan)).toEqual(content(state().plan!));
  });

  it('puts a row inserted mid-table in its place with one command', async () => {
    const { backend, state } = await opened();
    const before = rowsOf(state().plan!, 'segments');
    const row = { ...before[0]!, id: crypto.randomUUID(), name: 'Inserted second' };
    state().upsertRow('segments', row as never, { index: 1, immediate: true });
    await state().flushEdits();
    expect(backend.calls).toEqual([{ name: 'rows.upsert', request: { planId: state().planId, collection: 'segments', row, index: 1 } }]);
    expect(rowsOf(backend.plan, 'segments').map((r) => r.id)).toEqual([before[0]!.id, row.id, ...before.slice(1).map((r) => r.id)]);
  });
});

describe('the save engine: coalescing', () => {
  it('saves a part once after a pause in typing, with the last value; each keystroke restarts the pause', async () => {
    const { clock, backend, state } = await opened();
    const positioning = state().plan!.fields.strategy.positioning;
    for (const text of ['W', 'We', 'We l', 'We lead']) {
      state().setPartFields('strategy', { positioning: { ...positioning, statement: text } });
      clock.advance(SAVE_DELAY_MS - 100);
      await settle();
    }
    expect(backend.calls).toEqual([]);
    expect(state().saveStatus).toBe('saving');
    clock.advance(100);
    await settle();
    expect(backend.names()).toEqual(['fields.set']);
    expect((backend.calls[0]!.request.fields as Plan['fields']['strategy']).positioning.statement).toBe('We lead');
    expect(state().saveStatus).toBe('saved');
  });

  it('sends nothing when the value typed ends as it was stored', async () => {
    const { clock, backend, state } = await opened();
    const positioning = state().plan!.fields.strategy.positioning;
    state().setPartFields('strategy', { positioning: { ...positioning, statement: `${positioning.statement}!` } });
    state().setPartFields('strategy', { positioning });
    clock.advance(SAVE_DELAY_MS);
    await settle();
    expect(backend.calls).toEqual([]);
    expect(state().pendingSaves).toBe(0);
  });

  it('sends what is waiting at once when flushed (leaving the plan), without waiting for the pause', async () => {
    const { backend, state, clock } = await opened();
    state().setPartFields('situation', { ourPosition: 'follower' });
    await state().flushEdits();
    expect(backend.names()).toEqual(['fields.set']);
    expect(backend.plan.fields.situation.ourPosition).toBe('follower');
    expect(clock.pending).toBe(0);
  });
});

describe('the save engine: refused values', () => {
  it('keeps a value the schema refuses on screen with its reason, and saves the rest of the part with the last accepted value', async () => {
    const { backend, state } = await opened();
    const stored = state().plan!.fields.situation.marketGrowthPct;
    state().setPartFields('situation', { marketGrowthPct: -5000, ourPosition: 'nicher' }, { immediate: true });
    await state().flushEdits();
    expect(state().plan!.fields.situation.marketGrowthPct).toBe(-5000);
    expect(state().fieldErrors['situation.marketGrowthPct']).toBeTruthy();
    expect(backend.names()).toEqual(['fields.set']);
    expect(backend.plan.fields.situation).toMatchObject({ marketGrowthPct: stored, ourPosition: 'nicher' });

    // Fixed, it is saved and its reason goes.
    state().setPartFields('situation', { marketGrowthPct: 12 }, { immediate: true });
    await state().flushEdits();
    expect(state().fieldErrors['situation.marketGrowthPct']).toBeUndefined();
    expect(backend.plan.fields.situation.marketGrowthPct).toBe(12);
  });

  it('keeps a row the backend refuses on screen with the reason under the field, and the status offers Retry', async () => {
    const { backend, state } = await opened();
    const segment = rowsOf(state().plan!, 'segments')[0]!;
    backend.refuse((call) =>
      call.name === 'rows.upsert' && (call.request.row as AnyRow).name === 'Taken'
        ? { code: 'invalid', message: 'That name is taken.', issues: [{ path: 'row.name', message: 'Already used.' }] }
        : null,
    );
    state().upsertRow('segments', { ...segment, name: 'Taken' } as never, { immediate: true });
    await state().flushEdits();
    expect(rowsOf(state().plan!, 'segments')[0]!.name).toBe('Taken');
    expect(state().fieldErrors[`segments:${segment.id}:name`]).toBe('Already used.');
    expect(state().saveStatus).toBe('error');
    expect(rowsOf(backend.plan, 'segments')[0]!.name).toBe(segment.name);

    // Another edit of the row saves it whole, and the error goes with the success.
    state().upsertRow('segments', { ...segment, name: 'Free' } as never, { immediate: true });
    await state().flushEdits();
    expect(state().fieldErrors[`segments:${segment.id}:name`]).toBeUndefined();
    expect(state().saveStatus).toBe('saved');
    expect(rowsOf(backend.plan, 'segments')[0]!.name).toBe('Free');
  });
});

describe('the save engine: the connection dropping mid-queue', () => {
  let ctx: Awaited<ReturnType<typeof opened>>;
  beforeEach(async () => {
    ctx = await opened();
  });

  it('fails only the write in flight; the queue behind it still goes in order, and the row’s next save clears the failure', async () => {
    const { backend, state } = ctx;
    const [first, second] = rowsOf(state().plan!, 'segments');
    backend.hold = true;
    state().upsertRow('segments', { ...first!, name: 'One' } as never, { immediate: true });
    state().upsertRow('segments', { ...second!, name: 'Two' } as never, { immediate: true });
    state().setPartFields('situation', { ourPosition: 'leader' }, { immediate: true });
    await settle();
    expect(backend.waiting).toBe(1);
    backend.drop();
    await settle();
    // The writes queued behind it go next (the app's transport falls back to POST).
    backend.resume();
    await state().flushEdits();
    expect(backend.names()).toEqual(['rows.upsert', 'rows.upsert', 'fields.set']);
    expect(backend.maxInFlight).toBe(1);
    expect(
      rowsOf(backend.plan, 'segments')
        .map((r) => r.name)
        .slice(0, 2),
    ).toEqual([first!.name, 'Two']);
    expect(backend.plan.fields.situation.ourPosition).toBe('leader');
    expect(state().saveStatus).toBe('error');
    expect(state().saveError?.message).toBe(CONNECTION_LOST);
    // Nothing typed is lost from the screen.
    expect(rowsOf(state().plan!, 'segments')[0]!.name).toBe('One');

    // The user edits on: the row's latest value goes, and its success clears the failure.
    state().upsertRow('segments', { ...first!, name: 'One more' } as never, { immediate: true });
    await state().flushEdits();
    await settle();
    expect(state().saveError).toBeNull();
    expect(rowsOf(backend.plan, 'segments')[0]!.name).toBe('One more');
    expect(state().saveStatus).toBe('saved');
    expect(content(backend.plan)).toEqual(content(state().plan!));
  });

  it('Retry alone sends the row the dropped write carried', async () => {
    const { backend, state } = ctx;
    const [first] = rowsOf(state().plan!, 'segments');
    backend.hold = true;
    state().upsertRow('segments', { ...first!, name: 'Lost on the way' } as never, { immediate: true });
    await settle();
    backend.drop();
    await settle();
    backend.resume();
    expect(state().saveStatus).toBe('error');
    state().saveError!.retry();
    await state().flushEdits();
    await settle();
    expect(rowsOf(backend.plan, 'segments')[0]!.name).toBe('Lost on the way');
    expect(state().saveStatus).toBe('saved');
  });
});
