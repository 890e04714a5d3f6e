// One limits table (shared/limits.ts), enforced alike by the command map and the plan-file
// parser: a plan the app lets you build can always come back in through its own plan file.
import { describe, expect, it } from 'vitest';
import { emptyCollections, emptyPlanFields, LIMITS, newId, type Plan } from '../../../../shared/domain';
import { serializePlanFile } from '../../../../shared/file-format';
import { localizeError, localizeIssue } from '../../../../shared/i18n/localize-issue';
import { createTranslate } from '../../../../shared/i18n/translate';
import { testBackend } from '../../helpers/backend';

const segment = (name: string) => ({ id: newId(), name, size: null, growthPct: null, needs: '' });

function planWithSegments(count: number): Plan {
  const at = '2026-12-01T00:00:00.000Z';
  return {
    meta: {
      id: newId(),
      name: 'Full list',
      client: 'C',
      author: '',
      versionLabel: '1.0',
      currency: 'CNY',
      language: 'en',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      playbookIds: [],
    },
    fields: emptyPlanFields(),
    collections: { ...emptyCollections(), segments: Array.from({ length: count }, (_, i) => segment(`Segment ${i + 1}`)) },
  };
}

describe('the row limit', () => {
  it('refuses a new row past the limit in the app, so the plan’s own export imports again', () => {
    const b = testBackend();
    const file = serializePlanFile(planWithSegments(LIMITS.listRows), {
      app: { name: 'Planwright', version: 'test' },
      exportedAt: '2026-12-01T00:00:00.000Z',
    });
    const { id } = b.call('plans.importFile', { content: file }).summary;

    const refused = b.dispatch('rows.upsert', { planId: id, collection: 'segments', row: segment('One too many') });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: 'This list is full: a plan holds at most 2000 rows in each list. Nothing was changed.',
        reason: 'listFull',
        params: { max: 2000 },
        issues: [
          {
            path: 'row',
            message: 'the list is full: a plan holds at most 2000 rows in each list',
            key: 'validation.listFull',
            params: { max: 2000 },
          },
        ],
      },
    });
    // Editing a row of a full list is still a save.
    const first = b.call('plans.get', { planId: id }).collections.segments[0]!;
    b.call('rows.upsert', { planId: id, collection: 'segments', row: { ...first, name: 'Renamed' } });
    const stored = b.call('plans.get', { planId: id }).collections.segments;
    expect(stored).toHaveLength(LIMITS.listRows);
    expect(stored[0]!.name).toBe('Renamed');

    // What the app holds, its own export brings back.
    const exported = b.call('plans.exportFile', { planId: id });
    const again = b.call('plans.importFile', { content: exported.content });
    expect(b.call('plans.get', { planId: again.summary.id }).collections.segments).toHaveLength(LIMITS.listRows);
  });

  it('says so in Chinese too, as it does a full disk', () => {
    const zh = createTranslate('zh-CN');
    expect(localizeError({ code: 'unavailable', message: 'The disk is full, …', reason: 'diskFull' }, zh)).toBe(
      '磁盘已满，这项更改没有保存。请释放一些磁盘空间后重试；您的计划保持原样。',
    );
    expect(localizeError({ code: 'invalid', message: 'This list is full: …', reason: 'listFull', params: { max: 2000 } }, zh)).toBe(
      '此列表已满：每个计划的每个列表最多 2000 行。没有做任何更改。',
    );
    expect(localizeIssue({ message: 'the list is full: …', key: 'validation.listFull', params: { max: 2000 } }, zh)).toBe(
      '列表已满：每个列表最多 2000 行',
    );
  });
});
