import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../../../shared/contracts/views';
import { DEFAULT_PLAN_SORT, nextPlanSort, sortPlans } from '../../../../renderer/src/library/plan-sort';

function plan(name: string, extra: Partial<PlanSummary> = {}): PlanSummary {
  return {
    id: name,
    name,
    client: '',
    author: '',
    currency: 'CNY',
    language: 'en',
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    progress: 0,
    ...extra,
  };
}

const names = (plans: PlanSummary[]) => plans.map((p) => p.name);

describe('library sort', () => {
  const plans = [
    plan('Spring', { author: 'Zhang Min', updatedAt: '2026-03-01T00:00:00.000Z', progress: 0.5 }),
    plan('Autumn', { author: '', updatedAt: '2026-05-01T00:00:00.000Z', progress: 0.9 }),
    plan('Winter', { author: 'li wei', updatedAt: '2026-01-01T00:00:00.000Z', progress: 0.1 }),
    plan('Summer', { author: 'Chen Jing', updatedAt: '2026-04-01T00:00:00.000Z', progress: 0.5 }),
  ];

  it('sorts by author A→Z and Z→A, case-insensitively, with plans without an author last both ways', () => {
    expect(names(sortPlans(plans, { column: 'author', direction: 'asc' }, 'en'))).toEqual(['Summer', 'Winter', 'Spring', 'Autumn']);
    expect(names(sortPlans(plans, { column: 'author', direction: 'desc' }, 'en'))).toEqual(['Spring', 'Winter', 'Summer', 'Autumn']);
  });

  it('sorts Chinese authors by pinyin in zh-CN', () => {
    const zh = [plan('a', { author: '张敏' }), plan('b', { author: '李伟' }), plan('c', { author: '陈静' })];
    expect(sortPlans(zh, { column: 'author', direction: 'asc' }, 'zh-CN').map((p) => p.author)).toEqual(['陈静', '李伟', '张敏']);
  });

  it('keeps the backend’s order by default (newest first) and breaks ties by name', () => {
    expect(DEFAULT_PLAN_SORT).toEqual({ column: 'modified', direction: 'desc' });
    expect(names(sortPlans(plans, DEFAULT_PLAN_SORT, 'en'))).toEqual(['Autumn', 'Summer', 'Spring', 'Winter']);
    expect(names(sortPlans(plans, { column: 'progress', direction: 'desc' }, 'en'))).toEqual(['Autumn', 'Spring', 'Summer', 'Winter']);
  });

  it('sorts the trash by when each plan was thrown away', () => {
    const trash = [
      plan('old', { deletedAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-06-01T00:00:00.000Z' }),
      plan('new', { deletedAt: '2026-02-02T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }),
    ];
    expect(names(sortPlans(trash, DEFAULT_PLAN_SORT, 'en', 'trash'))).toEqual(['new', 'old']);
  });

  it('turns the same column around, and starts a new one A→Z for text, highest first for numbers', () => {
    expect(nextPlanSort({ column: 'author', direction: 'asc' }, 'author')).toEqual({ column: 'author', direction: 'desc' });
    expect(nextPlanSort(DEFAULT_PLAN_SORT, 'author')).toEqual({ column: 'author', direction: 'asc' });
    expect(nextPlanSort(DEFAULT_PLAN_SORT, 'progress')).toEqual({ column: 'progress', direction: 'desc' });
  });

  it('does not change the list it is given', () => {
    const before = names(plans);
    sortPlans(plans, { column: 'name', direction: 'asc' }, 'en');
    expect(names(plans)).toEqual(before);
  });
});
