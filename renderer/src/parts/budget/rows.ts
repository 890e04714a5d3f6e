import type { BudgetLine, ForecastLine } from '../../../../shared/domain';
import { newId } from '../../../../shared/domain/primitives';

/** Units and prices are required numbers; a new line starts at zero until the user types. */
export const newForecastLine = (month: string): ForecastLine => ({
  id: newId(),
  productId: null,
  label: '',
  month,
  units: 0,
  unitPrice: 0,
  unitCost: 0,
});

export const newBudgetLine = (month: string): BudgetLine => ({ id: newId(), label: '', month, amount: 0, mixElement: null });
