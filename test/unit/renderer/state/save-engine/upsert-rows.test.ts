import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../../shared/domain';
import { buildSample } from '../../../../../shared/samples';
import { createAppStore } from '../../../../../renderer/src/state/store';
import { FakeBackend, FakeClock, settle } from './fake-transport';

const content = (plan: Plan) => ({ fields: plan.fields, collections: plan.collections });

async function setup() {
  const plan = buildSample('education', 'en', { now: '2026-11-01T00:00:00.000Z' });
  const clock = new FakeClock();
  const backend = new FakeBackend(plan);
  const store = createAppStore(backend.transport(clock));
  await store.getState().openPlan(plan.meta.id);
  backend.calls.length = 0;
  return { backend, state: () => store.getState(), original: structuredClone(plan) };
}

describe('upsertRows: a spreadsheet’s rows', () => {
  it('go in one command, after the edits before them, and one undo takes them all back', async () => {
    const { backend, state, original } = await setup();
    state().setPartFields('situation', { ourPosition: 'nicher' });
    const [a, b] = original.collections.actions;
    const added = { ...a!, id: '99999999-9999-4999-8999-999999999999', title: 'From the sheet' };
    const result = await state().upsertRows([
      { collection: 'actions', row: { ...a!, cost: 123 } },
      { collection: 'actions', row: { ...b!, title: 'Renamed' } },
      { collection: 'actions', row: added },
    ]);
    expect(result.ok).toBe(true);
    expect(backend.names()).toEqual(['fields.set', 'rows.upsertMany']);
    expect(
      state()
        .plan!.collections.actions.map((x) => x.title)
        .slice(0, 2),
    ).toEqual([a!.title, 'Renamed']);
    expect(content(backend.plan)).toEqual(content(state().plan!));
    expect(state().history.past).toHaveLength(2);

    await state().undo();
    await state().flushEdits();
    await settle();
    const expected = structuredClone(content(original));
    expected.fields.situation.ourPosition = 'nicher';
    expect(content(state().plan!)).toEqual(expected);
    expect(content(backend.plan)).toEqual(expected);
    await state().redo();
    await state().flushEdits();
    await settle();
    expect(backend.plan.collections.actions.find((x) => x.id === added.id)?.title).toBe('From the sheet');
  });

  it('a refused write changes neither the plan on screen nor the history', async () => {
    const { backend, state, original } = await setup();
    backend.refuse((call) => (call.name === 'rows.upsertMany' ? { code: 'invalid', message: 'The change was refused.' } : null));
    const result = await state().upsertRows([{ collection: 'actions', row: { ...original.collections.actions[0]!, cost: 5 } }]);
    expect(result.ok).toBe(false);
    expect(content(state().plan!)).toEqual(content(original));
    expect(state().history.past).toHaveLength(0);
  });
});
