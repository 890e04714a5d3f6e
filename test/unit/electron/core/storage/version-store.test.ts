import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../../shared/contracts';
import { parsePlanFile, serializePlanFile } from '../../../../../shared/file-format';
import { buildSample, SAMPLE_NAMES } from '../../../../../shared/samples';
import { DATABASE_FILE } from '../../../../../electron/core/storage/database';
import { encodeSnapshot } from '../../../../../electron/core/storage/snapshot-codec';
import { testBackend } from '../../../helpers/backend';
import { fullPlan, withoutActuals } from '../../../helpers/full-plan';

// Without actuals, so its files are of format version 1 (and 2 with versions), as these tests read them.
const file = () =>
  serializePlanFile(withoutActuals(fullPlan()), { app: { name: 'Planwright', version: 'test' }, exportedAt: '2026-12-01T00:00:00.000Z' });

function withPlan() {
  const b = testBackend();
  const { summary } = b.call('plans.importFile', { content: file() });
  return { b, planId: summary.id };
}

async function settled<T>(result: Result<unknown> | Promise<Result<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

describe('versions', () => {
  it('saves a version with its name and note and lists it, newest first', () => {
    const { b, planId } = withPlan();
    const first = b.call('versions.save', { planId, name: 'Draft', note: '' });
    const second = b.call('versions.save', { planId, name: 'Sent to client', note: 'Sent to client 3 Dec' });
    expect(second).toMatchObject({ planId, name: 'Sent to client', note: 'Sent to client 3 Dec', kind: 'manual' });
    expect(second.cause).toBeUndefined();
    expect(second.storedBytes).toBeGreaterThan(0);
    expect(second.storedBytes).toBeLessThan(second.rawBytes);
    expect(b.call('versions.list', { planId }).map((v) => v.id)).toEqual([second.id, first.id]);
  });

  it('gets the plan exactly as it was when saved, whatever changed since', () => {
    const { b, planId } = withPlan();
    const before = b.call('plans.get', { planId });
    const saved = b.call('versions.save', { planId, name: 'v1', note: '' });
    b.call('plans.rename', { planId, name: 'Renamed later' });
    const segment = before.collections.segments[0]!;
    b.call('rows.upsert', { planId, collection: 'segments', row: { ...segment, name: 'Changed later' } });
    const got = b.call('versions.get', { versionId: saved.id });
    expect(got.info.id).toBe(saved.id);
    expect(got.plan).toEqual(before);
  });

  it('restores a version after saving the current plan as an automatic version, and that undoes the restore', () => {
    const { b, planId } = withPlan();
    const original = b.call('plans.get', { planId });
    const saved = b.call('versions.save', { planId, name: 'Before the workshop', note: '' });
    b.call('plans.rename', { planId, name: 'After the workshop' });
    const action = original.collections.actions[0]!;
    b.call('rows.delete', { planId, collection: 'actions', id: action.id });
    const changed = b.call('plans.get', { planId });

    const { plan, autoVersion } = b.call('versions.restore', { versionId: saved.id });
    expect(autoVersion).toMatchObject({ kind: 'auto', cause: 'restore', causeDetail: 'Before the workshop' });
    const { updatedAt: _a, ...restoredMeta } = plan.meta;
    const { updatedAt: _b, ...originalMeta } = original.meta;
    expect(restoredMeta).toEqual(originalMeta);
    expect(plan.fields).toEqual(original.fields);
    expect(plan.collections).toEqual(original.collections);
    expect(b.call('plans.get', { planId })).toEqual(plan);
    // The automatic version holds the plan as it was before the restore…
    expect(b.call('versions.get', { versionId: autoVersion.id }).plan).toEqual(changed);
    // …so restoring it undoes the restore.
    const undone = b.call('versions.restore', { versionId: autoVersion.id }).plan;
    expect(undone.meta.name).toBe('After the workshop');
    expect(undone.collections).toEqual(changed.collections);
    expect(b.call('versions.list', { planId }).map((v) => v.kind)).toEqual(['auto', 'auto', 'manual']);
  });

  it('saves an automatic version before a bulk paste when asked', () => {
    const { b, planId } = withPlan();
    expect(b.call('versions.saveAuto', { planId, cause: 'paste' })).toMatchObject({ kind: 'auto', cause: 'paste', name: '' });
  });

  it('duplicates a version as a new plan with new ids, leaving the plan alone', () => {
    const { b, planId } = withPlan();
    const saved = b.call('versions.save', { planId, name: 'Sent', note: '' });
    const copy = b.call('versions.duplicateAsPlan', { versionId: saved.id });
    expect(copy.id).not.toBe(planId);
    expect(copy.name).toContain('Sent');
    const copied = b.call('plans.get', { planId: copy.id });
    const original = b.call('plans.get', { planId });
    expect(copied.collections.segments.map((s) => s.name)).toEqual(original.collections.segments.map((s) => s.name));
    expect(copied.collections.segments[0]!.id).not.toBe(original.collections.segments[0]!.id);
  });

  it('deletes a version, and every version goes with its plan', () => {
    const { b, planId } = withPlan();
    const one = b.call('versions.save', { planId, name: 'One', note: '' });
    b.call('versions.save', { planId, name: 'Two', note: '' });
    b.call('versions.delete', { versionId: one.id });
    expect(b.call('versions.list', { planId }).map((v) => v.name)).toEqual(['Two']);
    expect(b.dispatch('versions.get', { versionId: one.id })).toMatchObject({ ok: false, error: { code: 'not_found', reason: 'notFound' } });
    b.call('plans.trash', { planId });
    b.call('plans.deletePermanently', { planId });
    b.close();
    const db = new Database(path.join(b.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM plan_versions').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses bad input and writes nothing', () => {
    const { b, planId } = withPlan();
    expect(b.dispatch('versions.save', { planId, name: '   ', note: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ path: 'name', key: 'validation.empty' }] },
    });
    expect(b.dispatch('versions.save', { planId, name: 'x'.repeat(201), note: '' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(b.dispatch('versions.save', { planId, name: 'ok', note: 'a\u000bb' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(b.dispatch('versions.save', { planId, name: 'ok', note: '', kind: 'auto' })).toMatchObject({ ok: false });
    expect(b.dispatch('versions.saveAuto', { planId, cause: 'restore' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(b.dispatch('versions.restore', { versionId: 'not-an-id' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(b.dispatch('versions.save', { planId: crypto.randomUUID(), name: 'ok', note: '' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(b.call('versions.list', { planId })).toEqual([]);
    b.call('plans.trash', { planId });
    expect(b.dispatch('versions.save', { planId, name: 'ok', note: '' })).toMatchObject({ ok: false, error: { reason: 'trashed' } });
  });

  it('refuses a version written by a newer app, naming why, and changes nothing', () => {
    const { b, planId } = withPlan();
    const saved = b.call('versions.save', { planId, name: 'From the future', note: '' });
    const before = b.call('plans.get', { planId });
    b.close();
    const db = new Database(path.join(b.dataDir, DATABASE_FILE));
    db.prepare('UPDATE plan_versions SET format = 2 WHERE id = ?').run(saved.id);
    db.close();
    const again = testBackend(b.dataDir);
    for (const command of ['versions.get', 'versions.restore', 'versions.duplicateAsPlan'] as const) {
      expect(again.dispatch(command, { versionId: saved.id })).toMatchObject({ ok: false, error: { reason: 'versionTooNew' } });
    }
    expect(again.call('plans.get', { planId })).toEqual(before);
    expect(again.call('versions.list', { planId })).toHaveLength(1);
    expect(again.call('plans.list', {})).toHaveLength(1);
  });

  it('are in backups: a library restore brings back deleted versions', async () => {
    const { b, planId } = withPlan();
    const saved = b.call('versions.save', { planId, name: 'Kept in the backup', note: 'n' });
    const backup = await settled<{ id: string }>(b.dispatch('backups.create', {}));
    b.call('versions.delete', { versionId: saved.id });
    await settled(b.dispatch('backups.restoreLibrary', { backupId: backup.id }));
    expect(b.call('versions.list', { planId }).map((v) => v.name)).toEqual(['Kept in the backup']);
    expect(b.call('versions.get', { versionId: saved.id }).plan.meta.id).toBe(planId);
  });

  it('go into a plan file only when asked, and come back with it, their rows renumbered with the plan’s', () => {
    const { b, planId } = withPlan();
    const saved = b.call('versions.save', { planId, name: 'v1', note: 'Sent to client 3 Dec' });
    const plain = b.call('plans.exportFile', { planId }).content;
    expect(JSON.parse(plain)).not.toHaveProperty('versions');
    expect(JSON.parse(plain).version).toBe(1);
    const withVersions = b.call('plans.exportFile', { planId, withVersions: true }).content;
    // Versions make it a version 2 file, which an older app refuses by its version rather than misreading.
    expect(JSON.parse(withVersions).version).toBe(2);
    const parsed = parsePlanFile(withVersions);
    expect(parsed.ok && parsed.file.versions?.map((v) => [v.name, v.note])).toEqual([['v1', 'Sent to client 3 Dec']]);

    // Imported beside the original: new ids for the plan and its versions' rows alike.
    const imported = b.call('plans.importFile', { content: withVersions });
    expect(imported.reIded).toBe(true);
    const [version] = b.call('versions.list', { planId: imported.summary.id });
    expect(version).toMatchObject({ name: 'v1', note: 'Sent to client 3 Dec', kind: 'manual' });
    expect(version!.id).not.toBe(saved.id);
    const copy = b.call('plans.get', { planId: imported.summary.id });
    expect(b.call('versions.get', { versionId: version!.id }).plan.collections.segments.map((s) => s.id)).toEqual(
      copy.collections.segments.map((s) => s.id),
    );
    // A version 1 file may not carry versions; saying so by path.
    const mislabelled = parsePlanFile(JSON.stringify({ ...JSON.parse(withVersions), version: 1 }));
    expect(mislabelled.ok ? [] : mislabelled.problems.map((p) => [p.path, p.key])).toEqual([['versions', 'planFiles.problems.versionsNeedV2']]);
    // And restores there (no row shared with the original).
    expect(b.call('versions.restore', { versionId: version!.id }).plan.meta.id).toBe(imported.summary.id);
  });

  it('end the report with "Changes since <version>" when its options ask, and refuse a version of another plan', { timeout: 60_000 }, async () => {
    const { b, planId } = withPlan();
    const saved = b.call('versions.save', { planId, name: 'Sent to client', note: '' });
    b.call('plans.rename', { planId, name: 'Renamed after sending' });
    const options = { ...b.call('report.getOptions', { planId }), changesSince: saved.id };
    const md = await settled<{ base64: string }>(b.dispatch('report.export', { planId, format: 'md', options }));
    const text = Buffer.from(md.base64, 'base64').toString('utf8');
    expect(text).toContain('自“Sent to client”以来的变化');
    expect(text).toContain('Renamed after sending');
    const other = b.call('plans.importFile', { content: file() }).summary.id;
    const refused = await b.dispatch('report.export', { planId: other, format: 'md', options });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('store each sample and the stress plan in about a quarter of its JSON', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      for (const name of SAMPLE_NAMES) {
        const snapshot = encodeSnapshot(buildSample(name, language, { now: '2027-01-01T00:00:00.000Z' }));
        expect(snapshot.data.length / snapshot.rawBytes, `${name} ${language}`).toBeLessThan(0.3);
      }
    }
  });
});
