import { describe, expect, it } from 'vitest';
import { tierCustomerList } from '../../../../../shared/logic/rfm';

const FIVE = `id,last purchase date,number of purchases,total spend
A,2027-03-31,10,5000.00
B,2027/3/1,5,"1,000"
C,2027年1月30日,2,200
D,2026-12-31,1,50
E,,0,0
`;

describe('a customer list from a workbook sheet', () => {
  it('scores typed cells (dates, numbers with binary noise) exactly as the same list in CSV', () => {
    const sheet = [
      ['客户编号', '最近一次消费日期', '购买次数', '消费金额（元）'],
      ['A', { date: '2027-03-31' }, 10, 5000],
      ['B', '2027/3/1', 5, 999.9 + 0.1],
      ['C', '2027年1月30日', 2, 0.1 * 2000],
      ['D', { date: '2026-12-31' }, 1, 50],
      ['E', null, 0, 0],
    ];
    const fromSheet = tierCustomerList(sheet, { currency: 'CNY', split: '15/35/50' });
    const fromCsv = tierCustomerList(FIVE, { currency: 'CNY', split: '15/35/50' });
    expect(fromSheet.ok && fromCsv.ok).toBe(true);
    if (!fromSheet.ok || !fromCsv.ok) return;
    expect(fromSheet.analysis.customers.map((c) => [c.id, c.spend, c.lastPurchase, c.segment, c.group])).toEqual(
      fromCsv.analysis.customers.map((c) => [c.id, c.spend, c.lastPurchase, c.segment, c.group]),
    );
    expect(fromSheet.analysis.totalSpend).toBe(625000n);
  });

  it('names a bad row by its row in the sheet', () => {
    const result = tierCustomerList(
      [
        [null, null],
        ['id', 'last purchase date', 'number of purchases', 'total spend'],
        ['A', { date: '2027-03-31' }, 'ten', 5000],
      ],
      { currency: 'CNY', split: '15/35/50' },
    );
    expect(result).toEqual({ ok: false, problems: [{ line: 3, code: 'badCount', params: { value: 'ten' } }] });
  });
});
