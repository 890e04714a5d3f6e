/**
 * Labelled form fields, each with a hint and an error slot (components/field.tsx conventions):
 * TextField, TextArea, NumberField, MoneyField (minor units; grouped, right-aligned, currency
 * code), PercentField (4.2 = 4.2 %), SelectField, DateField (date or month), MultiCheckField.
 * Every field takes `label`, `value`, `onChange`, and optionally `hint`, `error`, `readOnly`, `onBlur`.
 *
 * Bind one to a part's fields with `usePartField` (saves, undo and the field's refusal included):
 *
 *   const statement = usePartField<string>('strategy', 'positioning.statement');
 *   <TextArea label={t('strategy.statement')} {...statement} readOnly={readOnly} />
 *   <MoneyField label={t('budget.marketingBudget')} currency={plan.meta.currency}
 *     {...usePartField<number | null>('budget', 'marketingBudget')} />
 *   <SelectField label={…} options={…} {...usePartField<string | null>('situation', 'ourPosition')} />
 *
 * `PartRichText` does the same for a rich-text narrative.
 */
export {
  DateField,
  MoneyField,
  MultiCheckField,
  NumberField,
  PercentField,
  SelectField,
  TextArea,
  TextField,
  type SelectOption,
} from './form-fields';
export { usePartField } from './use-part-field';
export { PartRichText } from './part-rich-text';
