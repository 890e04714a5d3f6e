import { describe, expect, it, vi } from 'vitest';
import type { AppError } from '../../../../../shared/contracts';
import { newId, type Plan } from '../../../../../shared/domain';
import { parsePlanFile, serializePlanFile } from '../../../../../shared/file-format';
import { fullPlan } from '../../../helpers/full-plan';
import { NEW_PLAN, testBackend } from '../../../helpers/backend';

type TestBackend = ReturnType<typeof testBackend>;

/** Everything a user could see of the data folder, to prove a refused import changed nothing. */
function snapshot(b: TestBackend) {
  const live = b.call('plans.list', {});
  const trashed = b.call('plans.list', { trashed: true });
  return JSON.stringify({ live, trashed, plans: [...live, ...trashed].map((p) => b.call('plans.get', { planId: p.id })) });
}

function fileOf(plan: Plan, edit: (file: Record<string, any>) => void = () => {}): string {
  const file = JSON.parse(serializePlanFile(plan, { app: { name: 'Planwright', version: '0.1.0' }, exportedAt: '2027-01-05T09:30:00.000Z' }));
  edit(file);
  return JSON.stringify(file);
}

/** Every UUID replaced by the order of its first appearance, so two plans can be compared for shape and links alone. */
function withoutIds(plan: Plan): unknown {
  const seen = new Map<string, string>();
  return JSON.parse(
    JSON.stringify(plan).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
      if (!seen.has(id)) seen.set(id, `id-${seen.size + 1}`);
      return seen.get(id)!;
    }),
  );
}

function refusal(b: TestBackend, content: unknown): AppError {
  const result = b.dispatch('plans.importFile', { content });
  if (result.ok) expect.fail('the import was accepted');
  return result.error;
}

describe('export and import of a plan file', () => {
  it('round-trips a plan with every table and link exactly, ids included, when nothing here has them', () => {
    const plan = fullPlan();
    const source = testBackend();
    const first = source.call('plans.importFile', { content: fileOf(plan) });
    expect(first).toMatchObject({ reIded: false, renamed: false, summary: { id: plan.meta.id, name: plan.meta.name } });
    expect(source.call('plans.get', { planId: plan.meta.id })).toEqual(plan);

    const exported = source.call('plans.exportFile', { planId: plan.meta.id });
    expect(exported.fileName).toBe('春季招生 🎓.mplan');
    const parsed = parsePlanFile(exported.content);
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
    expect(parsed.file.plan).toEqual(plan);
    expect(parsed.file.app).toEqual({ name: 'Planwright', version: '0.0.0-test' });

    const target = testBackend();
    const imported = target.call('plans.importFile', { content: exported.content });
    expect(imported).toMatchObject({ reIded: false, renamed: false });
    expect(target.call('plans.get', { planId: plan.meta.id })).toEqual(plan);
  });

  it('imports a plan whose id exists as a copy with new ids and links that follow, named by its author in Chinese', () => {
    const plan = fullPlan();
    const b = testBackend();
    const content = fileOf(plan);
    b.call('plans.importFile', { content });
    const before = b.call('plans.get', { planId: plan.meta.id });

    const again = b.call('plans.importFile', { content });
    expect(again).toMatchObject({ reIded: true, renamed: true, summary: { name: '春季招生 🎓 — Chen' } });
    expect(again.summary.id).not.toBe(plan.meta.id);
    const copy = b.call('plans.get', { planId: again.summary.id });
    expect(withoutIds({ ...copy, meta: { ...copy.meta, name: plan.meta.name } })).toEqual(withoutIds(plan));
    // No id of the copy is one of the original's.
    const originalIds = new Set(JSON.stringify(plan).match(/[0-9a-f-]{36}/g));
    expect(
      JSON.stringify(copy)
        .match(/[0-9a-f-]{36}/g)!
        .filter((id) => originalIds.has(id)),
    ).toEqual([]);
    // The existing plan is untouched.
    expect(b.call('plans.get', { planId: plan.meta.id })).toEqual(before);

    const third = b.call('plans.importFile', { content });
    expect(third.summary.name).toBe('春季招生 🎓 — Chen（2）');
    expect(b.call('plans.list', {})).toHaveLength(3);
  });

  it('treats a plan in the trash as existing, and brings the import out of the trash', () => {
    const plan = fullPlan();
    const b = testBackend();
    const content = fileOf(plan);
    b.call('plans.importFile', { content });
    b.call('plans.trash', { planId: plan.meta.id });
    const trashedExport = b.call('plans.exportFile', { planId: plan.meta.id });

    const imported = b.call('plans.importFile', { content: trashedExport.content });
    expect(imported).toMatchObject({ reIded: true, renamed: true, summary: { deletedAt: null } });
    expect(b.call('plans.list', { trashed: true }).map((p) => p.id)).toEqual([plan.meta.id]);
    expect(b.call('plans.list', {}).map((p) => p.id)).toEqual([imported.summary.id]);
  });

  it('renames an English plan without an author whose name is taken, keeping its ids', () => {
    const b = testBackend();
    b.call('plans.create', NEW_PLAN);
    const plan = fullPlan();
    plan.meta = { ...plan.meta, name: NEW_PLAN.name, language: 'en', author: '' };
    const imported = b.call('plans.importFile', { content: fileOf(plan) });
    expect(imported).toMatchObject({ reIded: false, renamed: true, summary: { id: plan.meta.id, name: 'Spring enrolment (imported)' } });
  });

  it('keeps a renamed import within the name limit', () => {
    const b = testBackend();
    const long = '长'.repeat(200);
    b.call('plans.create', { ...NEW_PLAN, name: long });
    const plan = fullPlan();
    plan.meta.name = long;
    plan.meta.author = '';
    const imported = b.call('plans.importFile', { content: fileOf(plan) });
    expect(imported.summary.name).toBe(`${'长'.repeat(196)}（导入）`);
  });

  it('re-ids a plan whose rows (not the plan) share ids with another plan, and leaves that plan alone', () => {
    const b = testBackend();
    const plan = fullPlan();
    b.call('plans.importFile', { content: fileOf(plan) });
    const before = snapshot(b);
    const sameRows: Plan = { ...plan, meta: { ...plan.meta, id: newId(), name: 'Another plan' } };
    const imported = b.call('plans.importFile', { content: fileOf(sameRows) });
    expect(imported).toMatchObject({ reIded: true, renamed: false });
    expect(imported.summary.id).not.toBe(sameRows.meta.id);
    const listed = JSON.parse(before) as { plans: Plan[] };
    expect(b.call('plans.get', { planId: plan.meta.id })).toEqual(listed.plans[0]);
  });

  it('answers not_found for exporting a plan that does not exist', () => {
    const result = testBackend().dispatch('plans.exportFile', { planId: newId() });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('a refused import', () => {
  const full = fullPlan();
  const valid = fileOf(full);
  const cases: [string, string | unknown, { path: string; message: string | RegExp }][] = [
    ['truncated JSON', valid.slice(0, Math.floor(valid.length / 2)), { path: '', message: /^not valid JSON at line 1, column \d+: / }],
    ['wrong types', fileOf(full, (f) => (f.plan.collections.segments[0].size = 'big')), { path: 'segments[0].size', message: /./ }],
    ['an unknown format', fileOf(full, (f) => (f.format = 'something-else')), { path: 'format', message: /not a Planwright plan file/ }],
    ['format version 99', fileOf(full, (f) => (f.version = 99)), { path: 'version', message: /made by a newer Planwright \(format version 99\)/ }],
    [
      'a 10 MB string',
      fileOf(full, (f) => (f.plan.meta.client = 'x'.repeat(10 * 1024 * 1024))),
      { path: 'meta.client', message: 'must be at most 200 characters' },
    ],
    [
      'a link to a row that does not exist',
      fileOf(full, (f) => (f.plan.collections.forecastLines[0].productId = newId())),
      { path: 'forecastLines[0].productId', message: 'links to a missing row of products' },
    ],
    [
      'an action that ends before it starts',
      fileOf(full, (f) => Object.assign(f.plan.collections.actions[0], { start: '2027-05-01', end: '2027-04-01' })),
      { path: 'actions[0].end', message: 'before start' },
    ],
  ];

  it.each(cases)('refuses %s with its problem listed and the database unchanged', (_what, content, problem) => {
    const b = testBackend();
    b.call('plans.create', NEW_PLAN);
    b.call('plans.importFile', { content: fileOf(fullPlan()) });
    const before = snapshot(b);
    const error = refusal(b, content);
    expect(error.code).toBe('invalid');
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: problem.path,
        message: expect.stringMatching(problem.message instanceof RegExp ? problem.message : `^${problem.message.replace(/[()]/g, '\\$&')}$`),
        // The key the UI translates from, never the English.
        key: expect.stringMatching(/^(validation|planFiles\.problems)\.\w+$/),
      }),
    ]);
    expect(error.message).toMatch(/^The file cannot be imported \(.+\)\. Nothing was imported\.$/);
    expect(error.message.length).toBeLessThan(400);
    expect(snapshot(b)).toBe(before);
  });

  it('refuses a request whose content is not text', () => {
    const b = testBackend();
    const before = snapshot(b);
    expect(refusal(b, 42)).toMatchObject({ code: 'invalid', issues: [{ path: 'content' }] });
    expect(snapshot(b)).toBe(before);
  });

  it('names every problem, not just the first', () => {
    const content = fileOf(full, (f) => {
      f.plan.meta.name = '';
      f.plan.collections.kpis[0].objectiveId = 'nope';
    });
    const error = refusal(testBackend(), content);
    expect(error.issues!.map((i) => i.path).sort()).toEqual(['kpis[0].objectiveId', 'meta.name']);
    expect(error.message).toMatch(/and 1 more problem\. Nothing was imported\.$/);
  });

  it('writes nothing at all when the insert fails part-way', () => {
    const b = testBackend();
    b.call('plans.create', NEW_PLAN);
    const before = snapshot(b);
    const insert = b.store.insertPlan.bind(b.store);
    const spy = vi.spyOn(b.store, 'insertPlan').mockImplementation((plan) => {
      insert(plan);
      throw new Error('disk full');
    });
    const result = b.dispatch('plans.importFile', { content: fileOf(fullPlan()) });
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(snapshot(b)).toBe(before);
  });
});
