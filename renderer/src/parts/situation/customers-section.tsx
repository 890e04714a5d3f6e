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
import { KeptCustomerList, useKeptCustomerList } from './kept-customer-list';

/**
 * Customer base (客户): tiers from opinion leaders to potential customers, valued by RFM. A customer
 * list the planner chose to keep is shown (editable plans only) with re-tier and remove.
 */
export const CustomersSection = memo(function CustomersSection({
  rows,
  currency,
  readOnly,
  planId,
}: SectionProps<CustomerTier> & { planId: string }) {
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
  // 'new': a list to paste or import; 'kept': the kept list, tiered again.
  const [tiering, setTiering] = useState<'new' | 'kept' | null>(null);
  const [kept, setKept] = useKeptCustomerList(planId);
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
          <button type="button" className="button button--sm button--secondary" onClick={() => setTiering('new')}>
            {t('rfm.open')}
          </button>
        </div>
      )}
      {kept && !readOnly ? (
        <KeptCustomerList planId={planId} list={kept} onRetier={() => setTiering('kept')} onRemoved={() => setKept(null)} />
      ) : null}
      {tiering ? (
        <RfmDialog currency={currency} planId={planId} kept={tiering === 'kept' ? kept : null} onKept={setKept} onClose={() => setTiering(null)} />
      ) : null}
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
