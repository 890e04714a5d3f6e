import { formatMoney } from '../../../shared/format/money';
import type { HealthFinding } from '../../../shared/logic/health';
import { formatDate } from '../format/dates';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A finding's params as the UI shows them. The checks format amounts in the plan's language (a
 * Word report in Chinese wants "¥"); when a finding also carries the raw minor units, the amount is
 * formatted again in the UI's language, and ISO dates are written as the UI's language writes them.
 */
export function displayParams(finding: HealthFinding, currency: string, locale: string): Record<string, string | number> {
  const params: Record<string, string | number> = { ...finding.params };
  const money = (minorKey: string, key: string, absolute = false) => {
    const minor = finding.params[minorKey];
    if (typeof minor === 'number') params[key] = formatMoney(absolute ? Math.abs(minor) : minor, currency, locale);
  };
  money('spendMinor', 'spend');
  money('budgetMinor', 'budget');
  money('differenceMinor', 'difference', true);
  for (const key of ['start', 'end']) {
    const value = finding.params[key];
    if (typeof value === 'string' && ISO_DATE.test(value)) params[key] = formatDate(value, locale);
  }
  return params;
}
