import { csvCell } from '../../format/csv';
import { minorToDecimal } from '../../format/money';
import type { RfmAnalysis } from './analyse';

export const TIERS_CSV_HEADER = ['id', 'last_purchase', 'purchases', 'spend', 'recency_days', 'r', 'f', 'm', 'rfm', 'segment', 'tier'];

/**
 * One row per customer, in the list's order: the inputs, the scores, the segment and the tier.
 * Codes, not words (`champions`, `opinionLeaders`), so a script can read it in any language.
 */
export function tiersCsv(analysis: RfmAnalysis, currency: string): string {
  const lines = [TIERS_CSV_HEADER.join(',')];
  for (const c of analysis.customers)
    lines.push(
      [
        csvCell(c.id),
        c.lastPurchase ?? '',
        String(c.purchases),
        minorToDecimal(c.spend, currency),
        c.recencyDays === null ? '' : String(c.recencyDays),
        String(c.r),
        String(c.f),
        String(c.m),
        `${c.r}${c.f}${c.m}`,
        c.segment,
        c.group,
      ].join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}
