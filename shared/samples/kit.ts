import type { ForecastLine, KpiPeriod, Language, Plan, PlanMeta, RichText } from '../domain';
import { newId } from '../domain';
import { formatMoney, minorDigits } from '../format/money';
import { computeBudget, type BudgetReport } from '../logic/budget';

/**
 * What every sample is built with. A case is written once: each text is an English–Chinese pair
 * given to `tx`, which picks the plan's language; rows that link to each other share a key
 * (`ref('obj.revenue')`) that becomes one fresh UUID per build, so two plans made from the same
 * sample never share a row id, yet the content of both is identical.
 */
export type Kit = {
  language: Language;
  /** The locale numbers and money are written in inside the sample's texts. */
  locale: string;
  tx(en: string, zh: string): string;
  ref(key: string): string;
  /** An amount for prose, without cents when it has none ("CN¥1,350,000", "¥1,350,000"). */
  money(minor: number, currency: string): string;
};

export type SampleBuildOptions = {
  /** The creation timestamp (ISO, UTC); defaults to the current time. */
  now?: string;
};

export function createKit(language: Language): Kit {
  const refs = new Map<string, string>();
  const locale = language === 'zh-CN' ? 'zh-CN' : 'en';
  return {
    language,
    locale,
    tx: (en, zh) => (language === 'zh-CN' ? zh : en),
    ref: (key) => {
      let id = refs.get(key);
      if (id === undefined) {
        id = newId();
        refs.set(key, id);
      }
      return id;
    },
    money: (amount, currency) => {
      const text = formatMoney(amount, currency, locale);
      const whole = amount % 10 ** minorDigits(currency) === 0;
      return whole ? text.replace(/\.0+(?=\D*$)/, '') : text;
    },
  };
}

/** Major units (yuan, dollars) to the integer minor units plans hold. */
export function minor(major: number): number {
  return Math.round(major * 100);
}

export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Twelve forecast lines for one product: units per month at one price and unit cost (major units). */
export function monthlyForecast(
  kit: Kit,
  key: string,
  label: string,
  year: number,
  units: readonly number[],
  unitPrice: number,
  unitCost: number,
): ForecastLine[] {
  if (units.length !== 12) throw new Error(`A monthly forecast needs 12 months, got ${units.length} for ${key}`);
  return monthsOf(year).map((month, i) => ({
    id: kit.ref(`forecast.${key}.${month}`),
    productId: kit.ref(key),
    label,
    month,
    units: units[i]!,
    unitPrice: minor(unitPrice),
    unitCost: minor(unitCost),
  }));
}

/** KPI periods for a year's months: a target each month, actuals for the first months measured. */
export function monthlyPeriods(year: number, targets: readonly number[], actuals: readonly number[]): KpiPeriod[] {
  if (targets.length !== 12) throw new Error(`Monthly targets need 12 values, got ${targets.length}`);
  return monthsOf(year).map((period, i) => ({ period, target: targets[i]!, actual: i < actuals.length ? actuals[i]! : null }));
}

export function quarterlyPeriods(year: number, targets: readonly number[], actuals: readonly number[]): KpiPeriod[] {
  if (targets.length !== 4) throw new Error(`Quarterly targets need 4 values, got ${targets.length}`);
  return targets.map((target, i) => ({ period: `${year}-Q${i + 1}`, target, actual: i < actuals.length ? actuals[i]! : null }));
}

/** Revenue per month of the forecast, in major units rounded to whole yuan (for revenue KPIs). */
export function revenueByMonth(lines: readonly ForecastLine[], year: number): number[] {
  return monthsOf(year).map((month) => Math.round(lines.filter((l) => l.month === month).reduce((sum, l) => sum + l.units * l.unitPrice, 0) / 100));
}

export function planMeta(kit: Kit, input: { name: string; client: string; author: string; currency: string; year: number; now: string }): PlanMeta {
  return {
    id: kit.ref('plan'),
    name: input.name,
    client: input.client,
    author: input.author,
    versionLabel: kit.tx('1.0 (workshop sample)', '1.0（培训样例）'),
    currency: input.currency,
    language: kit.language,
    periodStart: `${input.year}-01-01`,
    periodEnd: `${input.year}-12-31`,
    createdAt: input.now,
    updatedAt: input.now,
    deletedAt: null,
    playbookIds: [],
  };
}

/**
 * Closes a drafted plan the way a planner does last: the granted marketing budget is the spend the
 * actions and budget lines add up to, the promotion budget is the promotion share of it, and the
 * executive summary is written with those final figures in hand.
 */
export function finishPlan(plan: Plan, summary: (budget: BudgetReport) => RichText): Plan {
  const first = computeBudget(plan);
  plan.fields.budget.marketingBudget = first.totals.marketing;
  plan.fields.strategy.promotion.budget = first.spendByMix.promotion;
  plan.fields.summary.narrative = summary(computeBudget(plan));
  return plan;
}
