import type { Objective } from '../domain';
import { minorDigits } from '../format/money';
import type { BudgetReport } from './budget';

/** How many of the plan's base units an objective's unit stands for ("万元" → 10,000); null for another currency. */
export function unitMultiplier(unit: string, currency: string): number | null {
  const text = unit.trim();
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  if (code && code !== currency) return null;
  if (/亿/.test(text)) return 100_000_000;
  if (/\bbillions?\b|\bbn\b/i.test(text)) return 1_000_000_000;
  if (/百万/.test(text) || /\bmillions?\b|\bmn\b|\bm\b/i.test(text)) return 1_000_000;
  if (/万/.test(text)) return 10_000;
  if (/千/.test(text) || /\bthousands?\b|\bk\b/i.test(text)) return 1_000;
  return 1;
}

/**
 * What the forecast says of a revenue or profit objective: the budget's figure for the plan period
 * in minor units and in the objective's own unit ("CNY 10,000" → 169.3 for 1,693,000 yuan), the
 * target in minor units, and whether the forecast reaches it. Null for other metrics, without a
 * target, or in a unit of another currency.
 */
export function objectiveForecast(
  objective: Pick<Objective, 'metric' | 'target' | 'unit'>,
  report: Pick<BudgetReport, 'totals'>,
  currency: string,
): { forecastMinor: number; targetMinor: number; value: number; reached: boolean } | null {
  if (objective.target === null || (objective.metric !== 'revenue' && objective.metric !== 'profit')) return null;
  const multiplier = unitMultiplier(objective.unit, currency);
  if (multiplier === null) return null;
  const scale = 10 ** minorDigits(currency);
  const forecastMinor = objective.metric === 'revenue' ? report.totals.revenue : report.totals.profit;
  const targetMinor = Math.round(objective.target * multiplier * scale);
  return { forecastMinor, targetMinor, value: Number((forecastMinor / scale / multiplier).toPrecision(12)), reached: forecastMinor >= targetMinor };
}
