import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { CustomerTier } from '../../../../shared/domain/situation';
import { PartRichText } from '../../components/form';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { useSituationOptions } from './options';
import { newCustomerTier } from './rows';
import { PartSection } from '../part-section';
import type { SectionProps } from './section';
import { useCollectionEditor } from '../../state/use-collection-editor';
import { RfmDialog } from './rfm-dialog';

/** Customer base (客户): tiers from opinion leaders to potential customers, valued by RFM. */
export const CustomersSection = memo(function CustomersSection({ rows, currency, readOnly }: SectionProps<CustomerTier>) {
  const editor = useCollectionEditor('customerTiers');
  const { t } = useTranslation();
  const options = useSituationOptions();
  const columns = useMemo<GridColumn<CustomerTier>[]>(
    () => [
      { id: 'tier', header: t('situation.columns.tier'), type: 'select', options: options.tiers, nullable: false, width: 150 },
      { id: 'name', header: t('situation.columns.name'), type: 'text', width: 170 },
      { id: 'customers', header: t('situation.columns.customers'), type: 'integer', unit: t('situation.units.people'), width: 100 },
      { id: 'recencyDays', header: t('situation.columns.recencyDays'), type: 'integer', unit: t('situation.units.days'), width: 120 },
      { id: 'frequency', header: t('situation.columns.frequency'), type: 'quantity', unit: t('situation.units.timesPerYear'), width: 120 },
      { id: 'monetary', header: t('situation.columns.monetary'), type: 'money', unit: t('situation.units.moneyPerYear'), width: 140 },
      { id: 'notes', header: t('situation.columns.notes'), type: 'longText', width: 200 },
    ],
    [t, options],
  );
  const [tiering, setTiering] = useState(false);
  const rowName = useCallback((row: CustomerTier) => row.name || (options.tiers.find((o) => o.value === row.tier)?.label ?? ''), [options]);
  return (
    <PartSection title={t('situation.sections.customers')} lead={t('situation.sections.customersLead')}>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('situation.tables.customerTiers')}
        newRow={newCustomerTier}
        rowName={rowName}
        currency={currency}
        readOnly={readOnly}
      />
      {readOnly ? null : (
        <div className="part-section__tools">
          <button type="button" className="button button--sm button--secondary" onClick={() => setTiering(true)}>
            {t('rfm.open')}
          </button>
        </div>
      )}
      {tiering ? <RfmDialog currency={currency} onClose={() => setTiering(false)} /> : null}
      <PartRichText
        part="situation"
        path="customers"
        label={t('situation.fields.customers')}
        placeholder={t('situation.fields.customersPlaceholder')}
        readOnly={readOnly}
      />
    </PartSection>
  );
});
