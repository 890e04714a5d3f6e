import { useTranslation } from '../../i18n/use-translation';
import { MoneyField, SelectField, TextArea, usePartField } from '../../components/form';
import { useStrategyOptions } from './options';

/** Price (价格): objective, method, list price, discounts and allowances, promotional and differential pricing. */
export function PriceForm({ currency, readOnly }: { currency: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const options = useStrategyOptions();
  return (
    <div className="form__grid">
      <TextArea
        className="form__full"
        label={t('strategyEditor.price.objective')}
        placeholder={t('strategyEditor.price.objectivePlaceholder')}
        rows={2}
        readOnly={readOnly}
        {...usePartField<string>('strategy', 'price.objective')}
      />
      <SelectField
        label={t('strategyEditor.price.method')}
        options={options.methods}
        readOnly={readOnly}
        {...usePartField<string | null>('strategy', 'price.method')}
      />
      <MoneyField
        label={t('strategyEditor.price.listPrice')}
        hint={t('strategyEditor.price.listPriceHint')}
        currency={currency}
        readOnly={readOnly}
        {...usePartField<number | null>('strategy', 'price.listPrice')}
      />
      <TextArea label={t('strategyEditor.price.discounts')} rows={3} readOnly={readOnly} {...usePartField<string>('strategy', 'price.discounts')} />
      <TextArea
        label={t('strategyEditor.price.promotionalPricing')}
        rows={3}
        readOnly={readOnly}
        {...usePartField<string>('strategy', 'price.promotionalPricing')}
      />
    </div>
  );
}
