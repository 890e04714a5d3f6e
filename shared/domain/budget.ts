import { message } from './messages';
import { z } from 'zod';
import { Id, IsoMonth, Money, Quantity, ShortText } from './primitives';
import { MIX_ELEMENTS } from './strategy';

/** One month of the revenue forecast for one product or line: units × price, and their cost. */
export const ForecastLine = z.strictObject({
  id: Id,
  productId: Id.nullable(),
  label: ShortText,
  month: IsoMonth,
  units: Quantity.min(0, { message: message('notNegative') }),
  unitPrice: Money,
  unitCost: Money,
});

/** Marketing spend entered by hand, beside what the actions roll up. */
export const BudgetLine = z.strictObject({
  id: Id,
  label: ShortText.min(1, { message: message('empty') }),
  month: IsoMonth,
  amount: Money,
  mixElement: z.enum(MIX_ELEMENTS).nullable(),
});

export const BudgetFields = z.strictObject({
  /** The marketing budget management granted; the actions' costs are checked against it. */
  marketingBudget: Money.nullable(),
  /** Fixed costs other than marketing, per plan period; they enter the break-even point. */
  fixedCosts: Money.nullable(),
});

export type ForecastLine = z.infer<typeof ForecastLine>;
export type BudgetLine = z.infer<typeof BudgetLine>;
export type BudgetFields = z.infer<typeof BudgetFields>;
