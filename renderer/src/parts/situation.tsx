import { CompetitionSection } from './situation/competition-section';
import { CustomersSection } from './situation/customers-section';
import { DistributionSection } from './situation/distribution-section';
import { MacroSection } from './situation/macro-section';
import { MarketSection } from './situation/market-section';
import { ProductSection } from './situation/product-section';
import { PartPage } from './part-page';
import type { PartProps } from './types';

/** Part 1, the current marketing situation (市场营销现状): market, product, competition, distribution, macro environment, customers. */
export function SituationPart({ plan, number, readOnly }: PartProps) {
  const currency = plan.meta.currency;
  return (
    <PartPage part="situation" plan={plan} number={number}>
      <MarketSection rows={plan.collections.segments} currency={currency} readOnly={readOnly} />
      <ProductSection rows={plan.collections.products} currency={currency} readOnly={readOnly} />
      <CompetitionSection rows={plan.collections.competitors} currency={currency} readOnly={readOnly} />
      <DistributionSection rows={plan.collections.channels} currency={currency} readOnly={readOnly} />
      <MacroSection rows={plan.collections.macroForces} currency={currency} readOnly={readOnly} />
      <CustomersSection rows={plan.collections.customerTiers} currency={currency} readOnly={readOnly} planId={plan.meta.id} />
    </PartPage>
  );
}
