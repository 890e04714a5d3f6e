import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/core/backend';
import type { Result } from '../../../../shared/contracts';
import type { Action } from '../../../../shared/domain';
import { NEW_PLAN, testBackend } from '../../helpers/backend';
import { tempDir } from '../../helpers/temp-dir';

/** Everything a user could see of the data folder, to prove a refused request changed nothing. */
function snapshot(b: ReturnType<typeof testBackend>) {
  const live = b.call('plans.list', {});
  const trashed = b.call('plans.list', { trashed: true });
  return JSON.stringify({
    live,
    trashed,
    plans: [...live, ...trashed].map((p) => b.call('plans.get', { planId: p.id })),
    settings: b.call('settings.get', {}),
  });
}

describe('the plan library', () => {
  it('creates a plan and lists it with an empty body and zero progress', () => {
    const b = testBackend();
    const created = b.call('plans.create', NEW_PLAN);
    expect(created).toMatchObject({ name: 'Spring enrolment', client: 'Bright Minds Academy', currency: 'CNY', progress: 0, deletedAt: null });
    expect(b.call('plans.list', {}).map((p) => p.id)).toEqual([created.id]);
    const plan = b.call('plans.get', { planId: created.id });
    expect(plan.meta.versionLabel).toBe('1.0');
    expect(plan.collections.actions).toEqual([]);
    expect(plan.fields.summary.narrative).toEqual({ type: 'doc', content: [] });
  });

  it('keeps plans across closing and reopening the data folder', () => {
    const dir = tempDir();
    const first = createBackend({ dataDir: dir, mode: 'test' });
    const created = first.dispatch('plans.create', { ...NEW_PLAN, name: '春季招生计划 🎓', client: '明德学校' });
    expect(created.ok).toBe(true);
    first.close();
    const second = createBackend({ dataDir: dir, mode: 'test' });
    const list = second.dispatch('plans.list', {});
    second.close();
    expect(list).toMatchObject({ ok: true, value: [{ name: '春季招生计划 🎓', client: '明德学校' }] });
  });

  it('renames, and refuses an empty name without changing anything', () => {
    const b = testBackend();
    const { id } = b.call('plans.create', NEW_PLAN);
    expect(b.call('plans.rename', { planId: id, name: 'Autumn enrolment' }).name).toBe('Autumn enrolment');
    const before = snapshot(b);
    const refused = b.dispatch('plans.rename', { planId: id, name: '   ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'name', message: 'must not be empty' }] } });
    expect(snapshot(b)).toBe(before);
  });

  it('duplicates a plan with new ids and its links following the copied rows', () => {
    const b = testBackend();
    const { id } = b.call('plans.create', NEW_PLAN);
    const objective = {
      id: crypto.randomUUID(),
      kind: 'financial',
      metric: 'revenue',
      title: 'Grow revenue',
      baseline: 1,
      target: 2,
      unit: 'm CNY',
      deadline: '2027-12-31',
      owner: 'Li',
    } as const;
    b.call('rows.upsert', { planId: id, collection: 'objectives', row: objective });
    const action: Action = {
      id: crypto.randomUUID(),
      title: 'Open day',
      start: '2027-03-01',
      end: '2027-03-02',
      owner: 'Wang',
      cost: 500000,
      objectiveIds: [objective.id],
      mixElement: 'promotion',
      status: 'planned',
      dependsOn: [],
    };
    b.call('rows.upsert', { planId: id, collection: 'actions', row: action });

    const copy = b.call('plans.duplicate', { planId: id });
    expect(copy.name).toBe('Spring enrolment (copy)');
    expect(copy.id).not.toBe(id);
    const copied = b.call('plans.get', { planId: copy.id });
    const [copiedObjective] = copied.collections.objectives;
    const [copiedAction] = copied.collections.actions;
    expect(copiedObjective!.id).not.toBe(objective.id);
    expect(copiedAction!.objectiveIds).toEqual([copiedObjective!.id]);
    expect(copiedAction).toMatchObject({ title: 'Open day', cost: 500000 });
    expect(b.call('plans.list', {})).toHaveLength(2);
  });

  it('moves plans to the trash, restores them, and deletes for good only from the trash', () => {
    const b = testBackend();
    const { id } = b.call('plans.create', NEW_PLAN);
    expect(b.dispatch('plans.deletePermanently', { planId: id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    b.call('plans.trash', { planId: id });
    expect(b.call('plans.list', {})).toEqual([]);
    expect(b.call('plans.list', { trashed: true }).map((p) => p.id)).toEqual([id]);
    expect(
      b.dispatch('rows.upsert', {
        planId: id,
        collection: 'segments',
        row: { id: crypto.randomUUID(), name: 'x', size: null, growthPct: null, needs: '' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    b.call('plans.restore', { planId: id });
    expect(b.call('plans.list', {}).map((p) => p.id)).toEqual([id]);
    b.call('plans.trash', { planId: id });
    b.call('plans.deletePermanently', { planId: id });
    expect(b.call('plans.list', { trashed: true })).toEqual([]);
    expect(b.dispatch('plans.get', { planId: id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('empties the trash and leaves live plans alone', () => {
    const b = testBackend();
    const keep = b.call('plans.create', NEW_PLAN);
    const a = b.call('plans.create', { ...NEW_PLAN, name: 'A' });
    const c = b.call('plans.create', { ...NEW_PLAN, name: 'C' });
    b.call('plans.trash', { planId: a.id });
    b.call('plans.trash', { planId: c.id });
    expect(b.call('plans.emptyTrash', {})).toEqual({ deleted: 2 });
    expect(b.call('plans.list', {}).map((p) => p.id)).toEqual([keep.id]);
  });

  it('searches by name or client, ignoring case, in any script', () => {
    const b = testBackend();
    b.call('plans.create', { ...NEW_PLAN, name: 'Formula members', client: 'NutriStart' });
    b.call('plans.create', { ...NEW_PLAN, name: '外贸网络营销课程', client: '启航培训' });
    b.call('plans.create', { ...NEW_PLAN, name: 'Spring campaign', client: 'Glow Cosmetics' });
    const names = (query: string) =>
      b
        .call('plans.list', { query })
        .map((p) => p.name)
        .sort();
    expect(names('FORMULA')).toEqual(['Formula members']);
    expect(names('glow')).toEqual(['Spring campaign']);
    expect(names('启航')).toEqual(['外贸网络营销课程']);
    expect(names('nothing like this')).toEqual([]);
  });

  it('lists the most recently changed plan first', () => {
    let tick = 0;
    const b = createBackend({ dataDir: tempDir(), mode: 'test', now: () => new Date(Date.UTC(2027, 0, 1, 0, 0, tick++)).toISOString() });
    const first = b.dispatch('plans.create', { ...NEW_PLAN, name: 'First' }) as { ok: true; value: { id: string } };
    b.dispatch('plans.create', { ...NEW_PLAN, name: 'Second' });
    b.dispatch('plans.rename', { planId: first.value.id, name: 'First, edited' });
    const list = b.dispatch('plans.list', {}) as { ok: true; value: { name: string }[] };
    b.close();
    expect(list.value.map((p) => p.name)).toEqual(['First, edited', 'Second']);
  });
});

describe('plan header', () => {
  it('updates the header and refuses a period that ends before it starts', () => {
    const b = testBackend();
    const { id } = b.call('plans.create', NEW_PLAN);
    expect(b.call('plans.updateMeta', { planId: id, patch: { author: 'Chen', currency: 'USD' } })).toMatchObject({ currency: 'USD' });
    const before = snapshot(b);
    expect(b.dispatch('plans.updateMeta', { planId: id, patch: { periodEnd: '2026-01-01' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ path: 'patch.periodEnd', message: 'before start' }] },
    });
    expect(b.dispatch('plans.updateMeta', { planId: id, patch: { currency: 'XYZ' } })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(snapshot(b)).toBe(before);
  });
});

describe('the command boundary', () => {
  const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

  it.each([
    ['an unknown command', 'plans.hack', {}, 'unknown_command'],
    ['a command name that is not a string', 42, {}, 'unknown_command'],
    ['a request that is not an object', 'plans.create', 'name', 'invalid'],
    ['a missing field', 'plans.create', { ...NEW_PLAN, name: undefined }, 'invalid'],
    ['a field of the wrong type', 'plans.create', { ...NEW_PLAN, currency: 12 }, 'invalid'],
    ['an unknown field', 'plans.create', { ...NEW_PLAN, admin: true }, 'invalid'],
    ['a 10 MB string', 'plans.create', { ...NEW_PLAN, name: TEN_MB }, 'invalid'],
    ['a 10 MB client', 'plans.create', { ...NEW_PLAN, client: TEN_MB }, 'invalid'],
    ['a bad date', 'plans.create', { ...NEW_PLAN, periodStart: '2027-02-30' }, 'invalid'],
    ['a plan id that is not an id', 'plans.get', { planId: "'; DROP TABLE plans; --" }, 'invalid'],
    ['an unknown language', 'settings.set', { language: 'fr' }, 'invalid'],
    ['null', 'plans.list', null, 'invalid'],
  ])('refuses %s with a clear error and changes nothing', (_label, name, request, code) => {
    const b = testBackend();
    b.call('plans.create', NEW_PLAN);
    const before = snapshot(b);
    const result = b.dispatch(name, request) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) {
      expect(result.error.message.length).toBeGreaterThan(10);
      expect(result.error.message.length).toBeLessThan(500);
    }
    expect(snapshot(b)).toBe(before);
  });

  it('names the field in the message', () => {
    const b = testBackend();
    const result = b.dispatch('plans.create', { ...NEW_PLAN, name: 'x'.repeat(201) });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('name: must be at most 200 characters') } });
  });
});

describe('settings', () => {
  it('remembers the language and theme', () => {
    const dir = tempDir();
    const first = createBackend({ dataDir: dir, mode: 'test' });
    expect(first.dispatch('settings.get', {})).toEqual({ ok: true, value: { language: null, theme: 'system' } });
    first.dispatch('settings.set', { language: 'zh-CN' });
    first.dispatch('settings.set', { theme: 'dark' });
    first.close();
    const second = createBackend({ dataDir: dir, mode: 'test' });
    expect(second.dispatch('settings.get', {})).toEqual({ ok: true, value: { language: 'zh-CN', theme: 'dark' } });
    second.close();
  });
});
