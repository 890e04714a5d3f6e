import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Segment } from '../../../../shared/domain/situation';
import { MoneyField, PartRichText, PercentField, TextArea, usePartField } from '../../components/form';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { byName, newSegment } from './rows';
import { PartSection } from '../part-section';
import type { SectionProps } from './section';
import { useCollectionEditor } from '../../state/use-collection-editor';

const BUYING = ['cultural', 'social', 'personal', 'psychological', 'buyingRoles', 'decisionStages'] as const;

/** Market (市场): size and growth, the market narrative, segments, and buying behaviour. */
export const MarketSection = memo(function MarketSection({ rows, currency, readOnly }: SectionProps<Segment>) {
  const editor = useCollectionEditor('segments');
  const { t } = useTranslation();
  const columns = useMemo<GridColumn<Segment>[]>(
    () => [
      { id: 'name', header: t('situation.columns.name'), type: 'text', width: 180 },
      { id: 'size', header: t('situation.columns.size'), type: 'quantity', unit: t('situation.units.people'), width: 110 },
      { id: 'growthPct', header: t('situation.columns.growthPct'), type: 'percent', unit: t('situation.units.perYear'), width: 96 },
      { id: 'needs', header: t('situation.columns.needs'), type: 'longText', width: 280 },
    ],
    [t],
  );
  return (
    <PartSection title={t('situation.sections.market')} lead={t('situation.sections.marketLead')}>
      <div className="form__grid">
        <MoneyField
          label={t('situation.fields.marketSize')}
          hint={t('situation.fields.marketSizeHint')}
          currency={currency}
          readOnly={readOnly}
          {...usePartField<number | null>('situation', 'marketSize')}
        />
        <PercentField
          label={t('situation.fields.marketGrowthPct')}
          hint={t('situation.fields.marketGrowthHint')}
          readOnly={readOnly}
          {...usePartField<number | null>('situation', 'marketGrowthPct')}
        />
      </div>
      <PartRichText
        part="situation"
        path="market"
        label={t('situation.fields.market')}
        placeholder={t('situation.fields.marketPlaceholder')}
        readOnly={readOnly}
        size="lg"
      />
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('situation.tables.segments')}
        newRow={newSegment}
        rowName={byName}
        currency={currency}
        readOnly={readOnly}
      />
      <div className="editor-subsection">
        <h3 className="editor-subsection__title">{t('situation.sections.buying')}</h3>
        <div className="form__grid">
          {BUYING.map((key) => (
            <BuyingField key={key} field={key} readOnly={readOnly} />
          ))}
        </div>
      </div>
    </PartSection>
  );
});

function BuyingField({ field, readOnly }: { field: (typeof BUYING)[number]; readOnly: boolean }) {
  const { t } = useTranslation();
  const bound = usePartField<string>('situation', `buyingBehaviour.${field}`);
  const placeholder =
    field === 'buyingRoles'
      ? t('situation.fields.buyingRolesPlaceholder')
      : field === 'decisionStages'
        ? t('situation.fields.decisionStagesPlaceholder')
        : undefined;
  return <TextArea label={t(`situation.fields.${field}`)} placeholder={placeholder} rows={2} readOnly={readOnly} maxLength={2000} {...bound} />;
}
