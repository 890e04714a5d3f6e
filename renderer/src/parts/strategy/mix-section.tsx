import { memo, useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Product } from '../../../../shared/domain/situation';
import { MIX_ELEMENTS, type MixElement } from '../../../../shared/domain/strategy';
import type { HealthFinding } from '../../../../shared/logic/health';
import { PartSection } from '../part-section';
import { MixTabs, panelId, tabId } from './mix-tabs';
import { PlaceForm } from './place-form';
import { PriceForm } from './price-form';
import { ProductForm } from './product-form';
import { PromotionForm } from './promotion-form';

type Props = {
  currency: string;
  language: string;
  products: readonly Product[];
  targets: readonly { id: string; name: string }[];
  promotionWarnings: readonly HealthFinding[];
  promotionSpend: number | null;
  /** Which of the 4P already have what the part's completeness asks for. */
  done: Record<MixElement, boolean>;
  readOnly: boolean;
};

/** The marketing mix (营销组合): one tab per P, so each form has the room it needs. */
export const MixSection = memo(function MixSection({
  currency,
  language,
  products,
  targets,
  promotionWarnings,
  promotionSpend,
  done,
  readOnly,
}: Props) {
  const { t } = useTranslation();
  const base = useId().replace(/:/g, '');
  const [selected, setSelected] = useState<MixElement>('product');
  const tabs = MIX_ELEMENTS.map((key) => ({
    key,
    label: t(`strategyEditor.mix.${key}`),
    done: done[key],
    warning: key === 'promotion' && promotionWarnings.length > 0,
  }));
  return (
    <PartSection title={t('strategyEditor.sections.mix')} lead={t('strategyEditor.sections.mixLead')}>
      <div className="mix">
        <MixTabs<MixElement> label={t('strategyEditor.mix.tabs')} base={base} tabs={tabs} selected={selected} onSelect={setSelected} />
        {MIX_ELEMENTS.map((key) => (
          // Every panel stays mounted (hidden when not shown), so a half-typed amount survives a look at another tab.
          <div key={key} className="mix__panel" role="tabpanel" id={panelId(base, key)} aria-labelledby={tabId(base, key)} hidden={key !== selected}>
            {key === 'product' ? <ProductForm products={products} readOnly={readOnly} /> : null}
            {key === 'price' ? <PriceForm currency={currency} readOnly={readOnly} /> : null}
            {key === 'place' ? <PlaceForm readOnly={readOnly} /> : null}
            {key === 'promotion' ? (
              <PromotionForm
                currency={currency}
                language={language}
                targets={targets}
                warnings={promotionWarnings}
                promotionSpend={promotionSpend}
                readOnly={readOnly}
              />
            ) : null}
          </div>
        ))}
      </div>
    </PartSection>
  );
});
