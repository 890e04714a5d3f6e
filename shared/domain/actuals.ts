import { message } from './messages';
import { z } from 'zod';
import { Id, IsoMonth, Money, Quantity, ShortText } from './primitives';

/*
 * Plan versus actual (控制: 计划与实际): what was really sold and spent, month by month, beside the
 * forecast and the spend the plan projects. Entered by hand in the Control part's grids; every
 * variance is derived (shared/logic/actuals), never stored.
 */

/** What one product really sold in one month: units, revenue, or both (a figure not yet known stays null). */
export const ActualSale = z
  .strictObject({
    id: Id,
    productId: Id,
    month: IsoMonth,
    units: Quantity.min(0, { message: message('notNegative') }).nullable(),
    revenue: Money.nullable(),
  })
  .refine((a) => a.units !== null || a.revenue !== null, { message: message('actualEmpty'), path: ['units'] });

/**
 * What one action or one budget line really cost in one month, and for an action that names a
 * result (an `ActionResult`), how many results it brought that month.
 */
export const ActualSpend = z
  .strictObject({
    id: Id,
    actionId: Id.nullable(),
    budgetLineId: Id.nullable(),
    month: IsoMonth,
    amount: Money.nullable(),
    results: Quantity.min(0, { message: message('notNegative') }).nullable(),
  })
  .refine((a) => (a.actionId === null) !== (a.budgetLineId === null), { message: message('actualTarget'), path: ['actionId'] })
  .refine((a) => a.results === null || a.actionId !== null, { message: message('resultsActionOnly'), path: ['results'] })
  .refine((a) => a.amount !== null || a.results !== null, { message: message('actualEmpty'), path: ['amount'] });

/** The result an action is meant to bring (enquiries, sign-ups, leads) and how many: efficiency control's cost per result. */
export const ActionResult = z.strictObject({
  id: Id,
  actionId: Id,
  result: ShortText.min(1, { message: message('empty') }),
  target: Quantity.min(0, { message: message('notNegative') }).nullable(),
});

/** The variance, in percent of plan either way, past which the health panel flags a figure; 10 % until the user sets it. */
export const DEFAULT_VARIANCE_THRESHOLD_PCT = 10;
export const VarianceThresholdPct = z
  .number({ message: message('percent') })
  .finite({ message: message('finite') })
  .min(0, { message: message('notNegative') })
  .max(1000, { message: message('percentMax') });

export type ActualSale = z.infer<typeof ActualSale>;
export type ActualSpend = z.infer<typeof ActualSpend>;
export type ActionResult = z.infer<typeof ActionResult>;

type Problem = { path: string; message: string };

/** Two actuals for the same cell (product × month, action or budget line × month), or two results for one action. */
export function findActualsProblems(collections: {
  actualSales: readonly ActualSale[];
  actualSpend: readonly ActualSpend[];
  actionResults: readonly ActionResult[];
}): Problem[] {
  const problems: Problem[] = [];
  const twice = <T>(name: string, rows: readonly T[], key: (row: T) => string, field: string, what: Problem['message']) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const k = key(row);
      if (seen.has(k)) problems.push({ path: `collections.${name}[${i}].${field}`, message: what });
      seen.add(k);
    });
  };
  twice('actualSales', collections.actualSales, (a) => `${a.productId}|${a.month}`, 'month', message('actualTwice'));
  twice('actualSpend', collections.actualSpend, (a) => `${a.actionId ?? ''}|${a.budgetLineId ?? ''}|${a.month}`, 'month', message('actualTwice'));
  twice('actionResults', collections.actionResults, (a) => a.actionId, 'actionId', message('resultTwice'));
  return problems;
}
