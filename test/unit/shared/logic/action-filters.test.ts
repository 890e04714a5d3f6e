import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/domain';
import {
  actionMatches,
  actionOwners,
  actionsCost,
  actionView,
  filterActions,
  hasActionFilters,
  NO_ACTION_FILTERS,
  overlapsMonth,
  ownerKey,
  sortActions,
  type ActionFilters,
  type ActionLabels,
} from '../../../../shared/logic/action-filters';
import { action } from './plans';

const OBJ_REVENUE = '00000000-0000-4000-8000-000000000001';
const OBJ_RENEWAL = '00000000-0000-4000-8000-000000000002';

function labelsFor(actions: readonly Action[], locale = 'en'): ActionLabels {
  return {
    locale,
    objectiveTitles: new Map([
      [OBJ_REVENUE, 'Grow revenue'],
      [OBJ_RENEWAL, 'Raise renewals'],
    ]),
    actionTitles: new Map(actions.map((a) => [a.id, a.title])),
    statuses: { planned: 'Planned', inProgress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    mixElements: { product: 'Product', price: 'Price', place: 'Place', promotion: 'Promotion' },
  };
}

const filters = (patch: Partial<ActionFilters>): ActionFilters => ({ ...NO_ACTION_FILTERS, ...patch });
const titles = (actions: readonly Action[]) => actions.map((a) => a.title);

describe('overlapsMonth', () => {
  it('matches every month an action runs in, and none outside', () => {
    const spring = action({ start: '2027-03-20', end: '2027-05-02' });
    expect(['2027-02', '2027-03', '2027-04', '2027-05', '2027-06'].map((m) => overlapsMonth(spring, m))).toEqual([false, true, true, true, false]);
  });

  it('follows an action across the turn of a year, without matching the same month of another year', () => {
    const winter = action({ start: '2026-11-15', end: '2027-02-10' });
    expect(overlapsMonth(winter, '2026-12')).toBe(true);
    expect(overlapsMonth(winter, '2027-01')).toBe(true);
    expect(overlapsMonth(winter, '2027-02')).toBe(true);
    expect(overlapsMonth(winter, '2027-03')).toBe(false);
    expect(overlapsMonth(winter, '2026-10')).toBe(false);
    expect(overlapsMonth(winter, '2027-11')).toBe(false);
    expect(overlapsMonth(winter, '2025-12')).toBe(false);
    const long = action({ start: '2025-06-01', end: '2027-01-31' });
    expect(overlapsMonth(long, '2026-03')).toBe(true);
  });

  it('counts the first and last day of a month', () => {
    expect(overlapsMonth(action({ start: '2027-01-31', end: '2027-01-31' }), '2027-01')).toBe(true);
    expect(overlapsMonth(action({ start: '2027-01-31', end: '2027-02-01' }), '2027-02')).toBe(true);
    expect(overlapsMonth(action({ start: '2027-02-28', end: '2027-03-01' }), '2027-01')).toBe(false);
  });

  it('reads an action with one date as that day, and never matches an undated action', () => {
    expect(overlapsMonth(action({ start: '2027-04-10' }), '2027-04')).toBe(true);
    expect(overlapsMonth(action({ end: '2027-04-10' }), '2027-04')).toBe(true);
    expect(overlapsMonth(action({ end: '2027-04-10' }), '2027-05')).toBe(false);
    expect(overlapsMonth(action(), '2027-04')).toBe(false);
  });
});

describe('owners', () => {
  it('treats owners the same whatever their case and spacing', () => {
    expect(ownerKey('  Li   Na ')).toBe('li na');
    expect(ownerKey('LI NA')).toBe(ownerKey('li na'));
  });

  it('lists each owner once under the spelling used most, sorted by name, and counts the actions with none', () => {
    const actions = [
      action({ owner: 'li na' }),
      action({ owner: 'Li Na' }),
      action({ owner: ' Li  Na' }),
      action({ owner: 'Chen' }),
      action({ owner: '' }),
      action({ owner: '   ' }),
      action({ owner: 'anna' }),
    ];
    expect(actionOwners(actions, 'en')).toEqual({
      owners: [
        { key: 'anna', label: 'anna', count: 1 },
        { key: 'chen', label: 'Chen', count: 1 },
        { key: 'li na', label: 'Li Na', count: 3 },
      ],
      unowned: 2,
    });
  });

  it('filters by owner without regard to case, and by "no owner"', () => {
    const actions = [
      action({ title: 'A', owner: 'Li Na' }),
      action({ title: 'B', owner: 'LI NA ' }),
      action({ title: 'C', owner: 'Chen' }),
      action({ title: 'D', owner: '' }),
    ];
    const labels = labelsFor(actions);
    expect(titles(filterActions(actions, filters({ owner: 'li na' }), labels))).toEqual(['A', 'B']);
    expect(titles(filterActions(actions, filters({ owner: '' }), labels))).toEqual(['D']);
  });
});

describe('filterActions', () => {
  const actions = [
    action({
      title: 'Spring open day',
      owner: 'Li',
      start: '2027-03-01',
      end: '2027-03-31',
      status: 'planned',
      mixElement: 'promotion',
      objectiveIds: [OBJ_REVENUE],
    }),
    action({ title: 'Price review', owner: 'Chen', start: '2027-01-10', end: '2027-02-15', status: 'done', mixElement: 'price' }),
    action({ title: 'Referral rewards', owner: 'Li', start: '2026-12-01', end: '2027-06-30', status: 'inProgress', objectiveIds: [OBJ_RENEWAL] }),
    action({ title: 'Undated idea', owner: 'Wang', status: 'cancelled' }),
  ];
  const labels = labelsFor(actions);

  it('returns the same array when no filter is set, so the table keeps the plan’s rows', () => {
    expect(hasActionFilters(NO_ACTION_FILTERS)).toBe(false);
    expect(hasActionFilters(filters({ search: '   ' }))).toBe(false);
    expect(filterActions(actions, NO_ACTION_FILTERS, labels)).toBe(actions);
  });

  it('keeps the statuses asked for', () => {
    expect(titles(filterActions(actions, filters({ statuses: ['planned', 'cancelled'] }), labels))).toEqual(['Spring open day', 'Undated idea']);
  });

  it('keeps the actions running in a month, leaving undated ones out', () => {
    expect(titles(filterActions(actions, filters({ month: '2027-02' }), labels))).toEqual(['Price review', 'Referral rewards']);
    expect(titles(filterActions(actions, filters({ month: '2026-12' }), labels))).toEqual(['Referral rewards']);
  });

  it('searches every word in titles, owners, labels and linked rows', () => {
    expect(titles(filterActions(actions, filters({ search: 'REVIEW' }), labels))).toEqual(['Price review']);
    expect(titles(filterActions(actions, filters({ search: 'renewals' }), labels))).toEqual(['Referral rewards']);
    expect(titles(filterActions(actions, filters({ search: 'promotion li' }), labels))).toEqual(['Spring open day']);
    expect(titles(filterActions(actions, filters({ search: 'in progress' }), labels))).toEqual(['Referral rewards']);
    expect(titles(filterActions(actions, filters({ search: 'nothing like this' }), labels))).toEqual([]);
  });

  it('combines filters: every one must pass', () => {
    const f = filters({ owner: 'li', month: '2027-03', statuses: ['inProgress'] });
    expect(titles(filterActions(actions, f, labels))).toEqual(['Referral rewards']);
    expect(actionMatches(actions[0]!, f, labels)).toBe(false);
  });
});

describe('sortActions', () => {
  const a = action({
    title: 'Banner ads',
    owner: 'zhang',
    start: '2027-03-01',
    end: '2027-03-10',
    cost: 5000,
    status: 'done',
    mixElement: 'promotion',
  });
  const b = action({
    title: 'app launch',
    owner: 'Li',
    start: '2027-01-15',
    end: '2027-04-30',
    cost: null,
    status: 'planned',
    mixElement: 'product',
  });
  const c = action({ title: 'Campaign 10', owner: '', start: null, end: null, cost: 900, status: 'cancelled', mixElement: null });
  const d = action({
    title: 'Campaign 9',
    owner: 'anna',
    start: '2027-03-01',
    end: '2027-03-05',
    cost: 12000,
    status: 'inProgress',
    mixElement: 'price',
  });
  const actions = [a, b, c, d];
  const labels = labelsFor(actions);

  it('keeps the plan order without a sort', () => {
    expect(sortActions(actions, null, labels)).toBe(actions);
  });

  it('sorts by start, undated last in either direction, ties by end', () => {
    expect(titles(sortActions(actions, { key: 'start', desc: false }, labels))).toEqual(['app launch', 'Campaign 9', 'Banner ads', 'Campaign 10']);
    expect(titles(sortActions(actions, { key: 'start', desc: true }, labels))).toEqual(['Campaign 9', 'Banner ads', 'app launch', 'Campaign 10']);
  });

  it('sorts text without regard to case, numbers in titles as numbers, empty last', () => {
    expect(titles(sortActions(actions, { key: 'title', desc: false }, labels))).toEqual(['app launch', 'Banner ads', 'Campaign 9', 'Campaign 10']);
    expect(titles(sortActions(actions, { key: 'owner', desc: false }, labels))).toEqual(['Campaign 9', 'app launch', 'Banner ads', 'Campaign 10']);
    expect(titles(sortActions(actions, { key: 'owner', desc: true }, labels))).toEqual(['Banner ads', 'app launch', 'Campaign 9', 'Campaign 10']);
  });

  it('sorts money as numbers, with no cost last', () => {
    expect(titles(sortActions(actions, { key: 'cost', desc: false }, labels))).toEqual(['Campaign 10', 'Banner ads', 'Campaign 9', 'app launch']);
    expect(titles(sortActions(actions, { key: 'cost', desc: true }, labels))).toEqual(['Campaign 9', 'Banner ads', 'Campaign 10', 'app launch']);
  });

  it('sorts status and mix element in the domain’s order, not alphabetically', () => {
    expect(sortActions(actions, { key: 'status', desc: false }, labels).map((x) => x.status)).toEqual(['planned', 'inProgress', 'done', 'cancelled']);
    expect(sortActions(actions, { key: 'mixElement', desc: false }, labels).map((x) => x.mixElement)).toEqual([
      'product',
      'price',
      'promotion',
      null,
    ]);
  });

  it('sorts links by the linked rows’ titles', () => {
    const x = action({ title: 'X', objectiveIds: [OBJ_RENEWAL] });
    const y = action({ title: 'Y', objectiveIds: [OBJ_REVENUE] });
    const z = action({ title: 'Z', objectiveIds: [] });
    const w = action({ title: 'W', dependsOn: [z.id] });
    const list = [x, y, z, w];
    const l = labelsFor(list);
    expect(titles(sortActions(list, { key: 'objectiveIds', desc: false }, l))).toEqual(['Y', 'X', 'Z', 'W']);
    expect(titles(sortActions(list, { key: 'dependsOn', desc: false }, l))[0]).toBe('W');
  });

  it('sorts Chinese titles by the locale’s collation', () => {
    const list = [action({ title: '招生' }), action({ title: '宣传' }), action({ title: '安排' })];
    const sorted = titles(sortActions(list, { key: 'title', desc: false }, labelsFor(list, 'zh-CN')));
    expect(sorted).toEqual([...sorted].sort(new Intl.Collator('zh-CN').compare));
    expect(sorted).toHaveLength(3);
  });
});

describe('actionView', () => {
  const early = action({ title: 'Early', owner: 'Li', start: '2027-01-01', end: '2027-01-31' });
  const late = action({ title: 'Late', owner: 'Chen', start: '2027-06-01', end: '2027-06-30' });
  const middle = action({ title: 'Middle', owner: 'Li', start: '2027-03-01', end: '2027-03-31' });
  const fresh = action({ title: '', owner: '', start: null, end: null });
  const actions = [late, early, middle, fresh];
  const labels = labelsFor(actions);

  it('is the plan’s own array when unfiltered in plan order', () => {
    expect(actionView(actions, { filters: NO_ACTION_FILTERS, sort: null, labels })).toBe(actions);
  });

  it('filters and sorts', () => {
    expect(titles(actionView(actions, { filters: filters({ owner: 'li' }), sort: { key: 'start', desc: true }, labels }))).toEqual([
      'Middle',
      'Early',
    ]);
  });

  it('keeps rows being edited in view though they no longer match, and a new row last while sorted', () => {
    const view = actionView(actions, {
      filters: filters({ owner: 'li' }),
      sort: { key: 'start', desc: false },
      labels,
      keep: new Set([late.id]),
      last: [fresh.id],
    });
    expect(titles(view)).toEqual(['Early', 'Middle', 'Late', '']);
    // A new row given an early date stays where it was typed until the view changes.
    const dated = { ...fresh, title: 'New', start: '2026-01-01' };
    const next = actionView([late, early, middle, dated], {
      filters: NO_ACTION_FILTERS,
      sort: { key: 'start', desc: false },
      labels,
      last: [fresh.id],
    });
    expect(titles(next)).toEqual(['Early', 'Middle', 'Late', 'New']);
  });

  it('ignores pinned ids of rows that are gone', () => {
    expect(titles(actionView([early], { filters: NO_ACTION_FILTERS, sort: { key: 'title', desc: false }, labels, last: ['gone'] }))).toEqual([
      'Early',
    ]);
  });
});

describe('actionsCost', () => {
  it('adds the costs in minor units, leaving out cancelled actions and actions without a cost', () => {
    expect(actionsCost([action({ cost: 1050 }), action({ cost: 2 }), action({ cost: null }), action({ cost: 99999, status: 'cancelled' })])).toBe(
      1052,
    );
    expect(actionsCost([])).toBe(0);
  });
});
