import { describe, expect, it } from 'vitest';
import type { HealthFinding } from '../../../../shared/logic/health';
import { displayParams } from '../../../../renderer/src/health/display-params';

const finding = (check: HealthFinding['check'], params: HealthFinding['params']): HealthFinding => ({
  id: check,
  check,
  part: 'budget',
  severity: 'problem',
  target: { field: 'marketingBudget' },
  params,
});

describe('displayParams', () => {
  it('formats amounts again in the UI language when the raw minor units come along', () => {
    // As a Chinese plan formats them; an English UI shows the same amounts its own way.
    const over = finding('spendOverBudget', {
      spend: '¥1,200.00',
      budget: '¥1,000.00',
      difference: '¥200.00',
      spendMinor: 120000,
      budgetMinor: 100000,
      differenceMinor: -20000,
    });
    const en = displayParams(over, 'CNY', 'en');
    expect(en).toMatchObject({ spend: 'CN¥1,200.00', budget: 'CN¥1,000.00', difference: 'CN¥200.00' });
    const zh = displayParams(over, 'CNY', 'zh-CN');
    expect(zh).toMatchObject({ spend: '¥1,200.00', budget: '¥1,000.00', difference: '¥200.00' });
    // The raw figures stay as they were, and the finding itself is not changed.
    expect(en.differenceMinor).toBe(-20000);
    expect(over.params.spend).toBe('¥1,200.00');
  });

  it('keeps an amount that has no raw minor units as the check wrote it', () => {
    const params = displayParams(finding('summaryMissingBudget', { amount: '¥3,000.00' }), 'CNY', 'en');
    expect(params).toEqual({ amount: '¥3,000.00' });
  });

  it('writes ISO dates as the UI language writes them, and leaves other text alone', () => {
    const late = finding('actionEndBeforeStart', { title: '2027-03-01 launch', start: '2027-03-05', end: '2027-03-01' });
    expect(displayParams(late, 'USD', 'en')).toEqual({ title: '2027-03-01 launch', start: 'Mar 5, 2027', end: 'Mar 1, 2027' });
    expect(displayParams(late, 'USD', 'zh-CN')).toMatchObject({ start: '2027年3月5日', end: '2027年3月1日' });
  });
});
