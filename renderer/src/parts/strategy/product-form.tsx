import { useTranslation } from '../../i18n/use-translation';
import type { Product } from '../../../../shared/domain/situation';
import { TextArea, usePartField } from '../../components/form';

const FIELDS = ['features', 'quality', 'brand', 'packaging', 'services'] as const;

/** Product (产品): line, features, quality, brand, packaging and labelling, services, life-cycle strategy. */
export function ProductForm({ products, readOnly }: { products: readonly Product[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const staged = products.filter((p) => p.stage !== null && p.name.trim());
  // The stages set in the Situation part, so the life-cycle strategy can follow them.
  const stages = staged.length
    ? staged
        .map((p) => t('strategyEditor.product.stageOf', { name: p.name.trim(), stage: t(`situation.lifeCycle.${p.stage!}`) }))
        .join(t('strategyEditor.product.stageSeparator'))
    : null;
  return (
    <div className="form__grid">
      <TextArea
        className="form__full"
        label={t('strategyEditor.product.line')}
        placeholder={t('strategyEditor.product.linePlaceholder')}
        rows={2}
        readOnly={readOnly}
        {...usePartField<string>('strategy', 'product.line')}
      />
      {FIELDS.map((field) => (
        <ProductField key={field} field={field} readOnly={readOnly} />
      ))}
      <TextArea
        label={t('strategyEditor.product.lifeCycleStrategy')}
        placeholder={t('strategyEditor.product.lifeCyclePlaceholder')}
        hint={stages ? t('strategyEditor.product.lifeCycleHint', { stages }) : undefined}
        rows={3}
        readOnly={readOnly}
        {...usePartField<string>('strategy', 'product.lifeCycleStrategy')}
      />
    </div>
  );
}

function ProductField({ field, readOnly }: { field: (typeof FIELDS)[number]; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <TextArea label={t(`strategyEditor.product.${field}`)} rows={2} readOnly={readOnly} {...usePartField<string>('strategy', `product.${field}`)} />
  );
}
