import { formatMoney } from '../../../shared/format/money';
import type { HealthFinding } from '../../../shared/logic/health';
import { formatMonth, formatQuantity } from '../components/grid/cell-values';
import { formatDate } from '../format/dates';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
/** Amounts shown without their sign: the message says which way they go ("a loss of …", "short by …"). */
const ABSOLUTE = new Set(['differenceMinor', 'lossMinor']);

/**
 * A finding's params as the UI shows them. The checks format amounts in the plan's language (a
 * Word report in Chinese wants "¥"); when a finding also carries the raw minor units (`<name>Minor`),
 * the amount is formatted again in the UI's language. ISO dates, months and quarters are written
 * as the UI's language writes them, and a KPI's figures with its unit.
 */
export function displayParams(
  finding: HealthFinding,
  currency: string,
  locale: string,
  quarterLabel: (year: string, n: string) => string = (year, n) => `Q${n} ${year}`,
): Record<string, string | number> {
  const params: Record<string, string | number> = { ...finding.params };
  for (const [key, value] of Object.entries(finding.params)) {
    if (key.endsWith('Minor') && typeof value === 'number') {
      params[key.slice(0, -'Minor'.length)] = formatMoney(ABSOLUTE.has(key) ? Math.abs(value) : value, currency, locale);
    }
  }
  for (const key of ['start', 'end', 'periodStart', 'periodEnd']) {
    const value = finding.params[key];
    if (typeof value === 'string' && ISO_DATE.test(value)) params[key] = formatDate(value, locale);
  }
  for (const key of ['period', 'month']) {
    const value = finding.params[key];
    if (typeof value !== 'string') continue;
    const quarter = QUARTER.exec(value);
    if (quarter) params[key] = quarterLabel(quarter[1]!, quarter[2]!);
    else if (ISO_MONTH.test(value)) params[key] = formatMonth(value, locale);
  }
  if (finding.check === 'kpiBehind') {
    const unit = typeof finding.params.unit === 'string' ? finding.params.unit : '';
    for (const key of ['actual', 'target']) {
      const value = finding.params[key];
      // "65%" as a number is written; "91 students" with a space.
      if (typeof value === 'number')
        params[key] = unit ? `${formatQuantity(value, locale)}${unit === '%' ? '' : ' '}${unit}` : formatQuantity(value, locale);
    }
  }
  return params;
}
