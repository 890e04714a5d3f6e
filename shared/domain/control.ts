import { message } from './messages';
import { z } from 'zod';
import { Id, LIMITS, Quantity, ShortText, Text } from './primitives';
import { EMPTY_RICH_TEXT, RichText } from './rich-text';
import { VarianceThresholdPct } from './actuals';

export const CONTROL_KINDS = ['annualPlan', 'profitability', 'efficiency', 'strategic'] as const;
export const PERIOD_KINDS = ['month', 'quarter'] as const;
export const KPI_DIRECTIONS = ['higherIsBetter', 'lowerIsBetter'] as const;
/** What a KPI's targets can follow in the revenue forecast: its units, or its revenue (major units). */
export const FORECAST_MEASURES = ['units', 'revenue'] as const;

/** A month `YYYY-MM` or a quarter `YYYY-Qn`. */
export const Period = z.string().regex(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/, { message: message('period') });

export const KpiPeriod = z.strictObject({
  period: Period,
  target: Quantity.nullable(),
  actual: Quantity.nullable(),
});

export const Kpi = z
  .strictObject({
    id: Id,
    metric: ShortText.min(1, { message: message('empty') }),
    objectiveId: Id.nullable(),
    owner: ShortText,
    unit: ShortText,
    periodKind: z.enum(PERIOD_KINDS),
    direction: z.enum(KPI_DIRECTIONS),
    controlKind: z.enum(CONTROL_KINDS),
    correctiveAction: Text,
    periods: z.array(KpiPeriod).max(LIMITS.kpiPeriods),
    /**
     * Targets linked to the forecast: the units or revenue of every product (or of
     * `targetsProductId`'s) in each period, derived on every reading and never stored; the stored
     * periods then hold only actuals. Absent or null: the targets are the stored ones. Optional so
     * plans and files written before it still read.
     */
    targetsFrom: z.enum(FORECAST_MEASURES).nullable().optional(),
    targetsProductId: Id.nullable().optional(),
  })
  .refine((k) => new Set(k.periods.map((p) => p.period)).size === k.periods.length, {
    message: message('periodTwice'),
    path: ['periods'],
  })
  .refine((k) => k.periods.every((p) => p.period.includes('Q') === (k.periodKind === 'quarter')), {
    message: message('periodKind'),
    path: ['periods'],
  });

export const ControlFields = z.strictObject({
  annualPlan: RichText,
  profitability: RichText,
  efficiency: RichText,
  strategic: RichText,
  /** Plan versus actual: the variance % past which the health panel flags a figure; absent, the default (actuals.ts). */
  varianceThresholdPct: VarianceThresholdPct.optional(),
});

export type Kpi = z.infer<typeof Kpi>;
export type KpiPeriod = z.infer<typeof KpiPeriod>;
export type ControlFields = z.infer<typeof ControlFields>;
export type ControlKind = (typeof CONTROL_KINDS)[number];

export function emptyControlFields(): ControlFields {
  return { annualPlan: EMPTY_RICH_TEXT, profitability: EMPTY_RICH_TEXT, efficiency: EMPTY_RICH_TEXT, strategic: EMPTY_RICH_TEXT };
}
