import { PART_KEYS, type Language, type PartKey, type Plan } from '../domain';
import { computeBudget, healthBudget, partCompleteness, planHealth, planProgress, wholeBreakEvenUnits } from '../logic';

/** How far one part of a participant's plan has come: the step navigator's "3/5". */
export type PartProgress = { done: number; total: number };

/**
 * One participant's row of the class board. Every figure is derived from the plan by
 * shared/logic when the board is asked for; nothing here is stored. Money is in the plan's
 * currency's minor units; null where the plan cannot say (no forecast, sums that overflow).
 */
export type BoardRow = {
  planId: string;
  name: string;
  author: string;
  currency: string;
  language: Language;
  progress: number;
  parts: Record<PartKey, PartProgress>;
  problems: number;
  warnings: number;
  revenue: number | null;
  marketing: number | null;
  contribution: number | null;
  /** Whole units to sell to cover marketing and fixed costs (rounded up), or null. */
  breakEvenUnits: number | null;
  breakEvenMonth: string | null;
  objectives: number;
  actions: number;
  kpis: number;
};

/** The class's median of each column; null where no participant has a figure. Parts as a 0–1 share. */
export type BoardMedian = {
  progress: number | null;
  parts: Record<PartKey, number | null>;
  problems: number | null;
  warnings: number | null;
  /** Money medians only when every row has the same currency (else null: adding yuan to euros means nothing). */
  revenue: number | null;
  marketing: number | null;
  contribution: number | null;
  breakEvenUnits: number | null;
  objectives: number | null;
  actions: number | null;
  kpis: number | null;
};

export type ClassBoard = {
  rows: BoardRow[];
  median: BoardMedian;
  /** The one currency of every row, or null when the class mixes currencies (or is empty). */
  currency: string | null;
};

/** One participant's row, from their whole plan. `today` (YYYY-MM-DD) lets past KPI periods count as due, as the health panel does. */
export function boardRow(plan: Plan, today: string | null = null): BoardRow {
  const budget = healthBudget(plan, computeBudget);
  const findings = planHealth(plan, computeBudget, today);
  const parts = Object.fromEntries(
    PART_KEYS.map((part) => {
      const { done, total } = partCompleteness(plan, part);
      return [part, { done, total }];
    }),
  ) as Record<PartKey, PartProgress>;
  const hasForecast = plan.collections.forecastLines.length > 0;
  return {
    planId: plan.meta.id,
    name: plan.meta.name,
    author: plan.meta.author,
    currency: plan.meta.currency,
    language: plan.meta.language,
    progress: planProgress(plan),
    parts,
    problems: findings.filter((f) => f.severity === 'problem').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    revenue: budget && hasForecast ? budget.totals.revenue : null,
    marketing: budget ? budget.totals.marketing : null,
    contribution: budget && hasForecast ? budget.totals.contribution : null,
    breakEvenUnits: budget?.breakEven.units == null ? null : wholeBreakEvenUnits(budget.breakEven.units),
    breakEvenMonth: budget?.breakEven.month ?? null,
    objectives: plan.collections.objectives.length,
    actions: plan.collections.actions.length,
    kpis: plan.collections.kpis.length,
  };
}

/**
 * The median of the values given (nulls left out): the middle one of an odd count, the mean of
 * the two middle ones of an even count; null for none. `whole` rounds that mean half up (money in
 * minor units stays whole).
 */
export function median(values: readonly (number | null)[], whole = false): number | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  const mean = (sorted[mid - 1]! + sorted[mid]!) / 2;
  return whole ? Math.round(mean) : mean;
}

/** The median row of a class's rows. */
export function boardMedian(rows: readonly BoardRow[]): BoardMedian {
  const currencies = new Set(rows.map((r) => r.currency));
  const oneCurrency = currencies.size === 1;
  const money = (pick: (r: BoardRow) => number | null) => (oneCurrency ? median(rows.map(pick), true) : null);
  return {
    progress: median(rows.map((r) => r.progress)),
    parts: Object.fromEntries(
      PART_KEYS.map((part) => [part, median(rows.map((r) => (r.parts[part].total === 0 ? null : r.parts[part].done / r.parts[part].total)))]),
    ) as Record<PartKey, number | null>,
    problems: median(rows.map((r) => r.problems)),
    warnings: median(rows.map((r) => r.warnings)),
    revenue: money((r) => r.revenue),
    marketing: money((r) => r.marketing),
    contribution: money((r) => r.contribution),
    breakEvenUnits: median(
      rows.map((r) => r.breakEvenUnits),
      true,
    ),
    objectives: median(rows.map((r) => r.objectives)),
    actions: median(rows.map((r) => r.actions)),
    kpis: median(rows.map((r) => r.kpis)),
  };
}

/** The whole board from the class's plans: one row each (in the order given) and the median. */
export function classBoard(plans: readonly Plan[], today: string | null = null): ClassBoard {
  const rows = plans.map((plan) => boardRow(plan, today));
  return boardFromRows(rows);
}

export function boardFromRows(rows: BoardRow[]): ClassBoard {
  const currencies = new Set(rows.map((r) => r.currency));
  return { rows, median: boardMedian(rows), currency: currencies.size === 1 ? rows[0]!.currency : null };
}
