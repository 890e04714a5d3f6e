import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/core/backend';
import { Plan, type Plan as PlanType } from '../../../../shared/domain';
import { planHealth } from '../../../../shared/logic/health';
import { buildSample, SAMPLE_NAMES } from '../../../../shared/samples';
import { testBackend } from '../../helpers/backend';
import { tempDir } from '../../helpers/temp-dir';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Content without ids or timestamps, to compare a stored plan with a freshly built one. */
function content(plan: PlanType): string {
  const seen = new Map<string, number>();
  const { meta, ...rest } = plan;
  const { id: _id, createdAt: _c, updatedAt: _u, ...metaRest } = meta;
  return JSON.stringify({ meta: metaRest, ...rest }).replace(UUID, (id) => {
    if (!seen.has(id)) seen.set(id, seen.size);
    return `#${seen.get(id)}`;
  });
}

describe('sample commands', () => {
  it('lists the samples by name with i18n keys for their titles', () => {
    const b = testBackend();
    const list = b.call('samples.list', {});
    expect(list.map((s) => s.name)).toEqual([...SAMPLE_NAMES]);
    expect(list[0]).toEqual({ name: 'education', title: 'samples.items.education.title', description: 'samples.items.education.description' });
  });

  it('creates a complete plan from a sample, stored exactly as built', () => {
    const at = '2026-12-01T08:00:00.000Z';
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, mode: 'test', now: () => at });
    try {
      const result = b.dispatch('plans.createFromSample', { sample: 'infant-formula', language: 'zh-CN' });
      expect(result.ok).toBe(true);
      const summary = (result as { value: { id: string; name: string; language: string; progress: number; createdAt: string } }).value;
      expect(summary).toMatchObject({
        name: '禾初婴幼儿营养 2027 年会员精准营销计划',
        language: 'zh-CN',
        currency: 'CNY',
        progress: 1,
        createdAt: at,
      });
      const stored = b.dispatch('plans.get', { planId: summary.id });
      expect(stored.ok).toBe(true);
      const plan = Plan.parse((stored as { value: unknown }).value);
      expect(content(plan)).toBe(content(buildSample('infant-formula', 'zh-CN')));
      // Only the KPIs its March actuals put behind (see the samples' own test).
      expect(planHealth(plan).filter((f) => f.check !== 'kpiBehind')).toEqual([]);
    } finally {
      b.close();
    }
  });

  it('allows the same sample twice: two plans, same name, no shared row', () => {
    const b = testBackend();
    const first = b.call('plans.createFromSample', { sample: 'education', language: 'en' });
    const second = b.call('plans.createFromSample', { sample: 'education', language: 'en' });
    expect(second.id).not.toBe(first.id);
    expect(second.name).toBe(first.name);
    expect(
      b
        .call('plans.list', {})
        .map((p) => p.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    const idsOf = (id: string) => new Set(JSON.stringify(b.call('plans.get', { planId: id })).match(UUID));
    const firstIds = idsOf(first.id);
    expect([...idsOf(second.id)].filter((id) => firstIds.has(id))).toEqual([]);
  });

  it('stores the stress sample with every row and link', () => {
    const b = testBackend();
    const { id } = b.call('plans.createFromSample', { sample: 'stress', language: 'en' });
    const plan = b.call('plans.get', { planId: id });
    expect(plan.collections.actions).toHaveLength(300);
    expect(plan.collections.kpis.flatMap((k) => k.periods)).toHaveLength(480);
    expect(plan.collections.actions.filter((a) => a.dependsOn.length > 0).length).toBeGreaterThan(50);
  });

  it('refuses an unknown sample or language and writes nothing', () => {
    const b = testBackend();
    const bad = b.dispatch('plans.createFromSample', { sample: 'bakery', language: 'en' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'sample' }] } });
    const badLanguage = b.dispatch('plans.createFromSample', { sample: 'education', language: 'fr' });
    expect(badLanguage).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'language' }] } });
    expect(b.call('plans.list', {})).toEqual([]);
  });
});
