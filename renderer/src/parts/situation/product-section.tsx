import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Product } from '../../../../shared/domain/situation';
import { PartRichText } from '../../components/form';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { useSituationOptions } from './options';
import { byName, newProduct } from './rows';
import { PartSection } from '../part-section';
import type { SectionProps } from './section';
import { useCollectionEditor } from '../../state/use-collection-editor';

/** Product (产品): volume, price, margin and life-cycle stage of each product or line. */
export const ProductSection = memo(function ProductSection({ rows, currency, readOnly }: SectionProps<Product>) {
  const editor = useCollectionEditor('products');
  const { t } = useTranslation();
  const options = useSituationOptions();
  const columns = useMemo<GridColumn<Product>[]>(
    () => [
      { id: 'name', header: t('situation.columns.name'), type: 'text', width: 200 },
      { id: 'salesVolume', header: t('situation.columns.salesVolume'), type: 'quantity', unit: t('situation.units.unitsPerYear'), width: 120 },
      { id: 'price', header: t('situation.columns.price'), type: 'money', width: 140 },
      { id: 'marginPct', header: t('situation.columns.marginPct'), type: 'percent', width: 96 },
      { id: 'stage', header: t('situation.columns.stage'), type: 'select', options: options.stages, width: 150 },
    ],
    [t, options],
  );
  return (
    <PartSection title={t('situation.sections.product')} lead={t('situation.sections.productLead')}>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('situation.tables.products')}
        newRow={newProduct}
        rowName={byName}
        currency={currency}
        readOnly={readOnly}
      />
      <PartRichText
        part="situation"
        path="product"
        label={t('situation.fields.product')}
        placeholder={t('situation.fields.productPlaceholder')}
        readOnly={readOnly}
      />
    </PartSection>
  );
});
