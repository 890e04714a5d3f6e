import { describe, expect, it } from 'vitest';
import { tierCustomerList, type RfmAnalysis } from '../../../../../shared/logic/rfm';

const FIVE = `id,last purchase date,number of purchases,total spend
A,2027-03-31,10,5000.00
B,2027/3/1,5,"1,000"
C,2027年1月30日,2,200
D,2026-12-31,1,50
E,,0,0
`;

function analyse(text: string, split: '15/35/50' | '80/20' = '15/35/50', asOf?: string): RfmAnalysis {
  const result = tierCustomerList(text, { currency: 'CNY', split, ...(asOf ? { asOf } : {}) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.analysis;
}

describe('tierCustomerList', () => {
  it('scores, segments and tiers a hand-computed list of five', () => {
    const a = analyse(FIVE);
    expect(a.asOf).toBe('2027-03-31'); // the latest purchase
    expect(a.customers.map((c) => [c.id, c.recencyDays, c.r, c.f, c.m, c.segment, c.group])).toEqual([
      ['A', 0, 5, 5, 5, 'champions', 'opinionLeaders'],
      ['B', 30, 4, 4, 4, 'champions', 'intending'],
      ['C', 60, 3, 3, 3, 'hibernating', 'intending'],
      ['D', 90, 2, 2, 2, 'hibernating', 'toNurture'],
      ['E', null, 1, 1, 1, 'lost', 'toNurture'],
    ]);
    expect(a.customers.map((c) => c.spend)).toEqual([500000, 100000, 20000, 5000, 0]);
    expect(a.totalSpend).toBe(625000n);
    const intending = a.tiers.find((t) => t.group === 'intending')!.summary;
    expect(intending).toEqual({
      customers: 2,
      totalSpend: 120000n,
      averageSpend: 60000,
      averagePurchases: 3.5,
      averageRecencyDays: 45,
      customersPct: 40,
      spendPct: 19.2,
    });
    const nurture = a.tiers.find((t) => t.group === 'toNurture')!.summary;
    // E never bought: the mean recency is D's alone.
    expect([nurture.customers, nurture.averageSpend, nurture.averagePurchases, nurture.averageRecencyDays, nurture.spendPct]).toEqual([
      2, 2500, 0.5, 90, 0.8,
    ]);
    expect(a.segments.find((s) => s.segment === 'champions')!.summary.customers).toBe(2);
  });

  it('splits 80/20 at the fewest customers reaching 80 % of spend', () => {
    const a = analyse(FIVE, '80/20');
    // A alone is 500,000 of 625,000 = exactly 80 %.
    expect(a.customers.map((c) => c.group)).toEqual(['top', 'rest', 'rest', 'rest', 'rest']);
    expect(a.tiers.map((t) => [t.group, t.summary.customers, t.summary.spendPct])).toEqual([
      ['top', 1, 80],
      ['rest', 4, 20],
    ]);
  });

  it('counts recency to a given as-of date, and refuses purchases after it', () => {
    expect(analyse(FIVE, '15/35/50', '2027-04-30').customers[0]!.recencyDays).toBe(30);
    const refused = tierCustomerList(FIVE, { currency: 'CNY', split: '15/35/50', asOf: '2027-02-01' });
    expect(refused).toEqual({
      ok: false,
      problems: [
        { line: 2, code: 'afterAsOf', params: { value: '2027-03-31', asOf: '2027-02-01' } },
        { line: 3, code: 'afterAsOf', params: { value: '2027-03-01', asOf: '2027-02-01' } },
      ],
    });
  });

  it('tiers one customer, and a list where every customer is equal', () => {
    const one = analyse('id,last purchase date,number of purchases,total spend\nX,2027-01-01,3,10\n');
    expect(one.customers.map((c) => [c.r, c.f, c.m, c.segment, c.group])).toEqual([[3, 3, 3, 'hibernating', 'intending']]);
    const equal = analyse(
      'id,last purchase date,number of purchases,total spend\n' + ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => `${id},2027-01-01,2,100`).join('\n'),
    );
    expect(new Set(equal.customers.map((c) => `${c.r}${c.f}${c.m}`))).toEqual(new Set(['333']));
    // Six equal customers: round(0.9) = 1 leader, round(3) − 1 = 2 intending, 3 to nurture, in list order.
    expect(equal.customers.map((c) => c.group)).toEqual(['opinionLeaders', 'intending', 'intending', 'toNurture', 'toNurture', 'toNurture']);
    const none = analyse('id,last purchase date,number of purchases,total spend\na,,0,0\nb,,0,0\n', '80/20');
    expect(none.asOf).toBeNull();
    expect(none.customers.map((c) => [c.recencyDays, c.r, c.group])).toEqual([
      [null, 3, 'rest'],
      [null, 3, 'rest'],
    ]);
  });

  it('reads Chinese headers in any order, other columns, semicolons and a BOM', () => {
    const text = '\uFEFF消费金额（元）;备注;客户编号;购买次数;最近一次消费日期\n"1,200.50";vip;c-1;4;2027年2月1日\n99;;c-2;1;2027-01-01\n';
    const a = analyse(text);
    expect(a.customers.map((c) => [c.id, c.spend, c.purchases, c.lastPurchase, c.line])).toEqual([
      ['c-1', 120050, 4, '2027-02-01', 2],
      ['c-2', 9900, 1, '2027-01-01', 3],
    ]);
  });

  it('refuses bad rows with their line numbers and reasons, counting blank and multi-line rows', () => {
    const text = [
      'id,last purchase date,number of purchases,total spend',
      'A,2027-02-30,1,10',
      'B,2027-01-01,abc,10',
      '',
      'C,2027-01-01,2,-5',
      ',2027-01-01,2,5',
      'A,2027-01-01,1,1',
      'D,,3,10',
      '"E\nsecond line",2027-01-01,1,1.234',
      'F,2027-01-01,1,1',
    ].join('\n');
    const result = tierCustomerList(text, { currency: 'CNY', split: '80/20' });
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 2, code: 'badDate', params: { value: '2027-02-30' } },
        { line: 3, code: 'badCount', params: { value: 'abc' } },
        { line: 5, code: 'badSpend', params: { value: '-5' } },
        { line: 6, code: 'missingId', params: {} },
        { line: 7, code: 'duplicateId', params: { id: 'A', firstLine: 2 } },
        { line: 8, code: 'missingDate', params: {} },
        { line: 9, code: 'badSpend', params: { value: '1.234' } },
      ],
    });
  });

  it('names a missing column, and an empty list', () => {
    expect(tierCustomerList('id,spend\n1,2\n', { currency: 'CNY', split: '80/20' })).toEqual({
      ok: false,
      problems: [
        { line: 1, code: 'missingColumn', params: { column: 'lastPurchase' } },
        { line: 1, code: 'missingColumn', params: { column: 'purchases' } },
      ],
    });
    expect(tierCustomerList('', { currency: 'CNY', split: '80/20' })).toEqual({ ok: false, problems: [{ line: null, code: 'empty', params: {} }] });
    expect(tierCustomerList('id,last purchase,purchases,spend\n\n', { currency: 'CNY', split: '80/20' })).toEqual({
      ok: false,
      problems: [{ line: null, code: 'empty', params: {} }],
    });
  });

  // Correctness only; the speed is `npm run bench rfm`. The timeout is generous for a loaded machine.
  it('tiers 100,000 customers correctly', { timeout: 180_000 }, () => {
    const n = 100_000;
    const lines = ['id,last purchase date,number of purchases,total spend'];
    const start = Date.UTC(2027, 0, 1);
    for (let i = 0; i < n; i++) {
      const day = new Date(start - (i % 365) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`c${i},${day},${i % 50},${i}`);
    }
    const a = analyse(lines.join('\n'));
    const count = (pick: (c: RfmAnalysis['customers'][number]) => number) => {
      const counts = [0, 0, 0, 0, 0];
      for (const c of a.customers) counts[pick(c) - 1]!++;
      return counts;
    };
    // Spend is distinct (i yuan): exact fifths, rising with i.
    expect(count((c) => c.m)).toEqual([20000, 20000, 20000, 20000, 20000]);
    expect(a.customers[19_999]!.m).toBe(1);
    expect(a.customers[20_000]!.m).toBe(2);
    // 50 purchase counts of 2,000 customers each: ten counts a score.
    expect(count((c) => c.f)).toEqual([20000, 20000, 20000, 20000, 20000]);
    // Ties: every customer with the same recency has the same R.
    const rByDays = new Map<number, Set<number>>();
    for (const c of a.customers) rByDays.set(c.recencyDays!, (rByDays.get(c.recencyDays!) ?? new Set()).add(c.r));
    expect([...rByDays.values()].every((s) => s.size === 1)).toBe(true);
    expect(a.tiers.map((t) => t.summary.customers)).toEqual([15000, 35000, 50000]);
    expect(a.customers.every((c, i) => (c.group === 'opinionLeaders') === i >= 85_000)).toBe(true);

    const b = analyse(lines.join('\n'), '80/20');
    const top = b.customers.filter((c) => c.group === 'top');
    const topSum = top.reduce((s, c) => s + BigInt(c.spend), 0n);
    const smallest = BigInt(Math.min(...top.map((c) => c.spend)));
    expect(topSum * 100n >= b.totalSpend * 80n).toBe(true);
    expect((topSum - smallest) * 100n < b.totalSpend * 80n).toBe(true);
  });
});
