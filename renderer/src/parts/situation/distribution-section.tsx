import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Channel } from '../../../../shared/domain/situation';
import { PartRichText } from '../../components/form';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { useSituationOptions } from './options';
import { byName, newChannel } from './rows';
import { PartSection } from '../part-section';
import type { SectionProps } from './section';
import { useCollectionEditor } from '../../state/use-collection-editor';

/** Distribution (分销): the channels, their share and trend, and their conflicts. */
export const DistributionSection = memo(function DistributionSection({ rows, currency, readOnly }: SectionProps<Channel>) {
  const editor = useCollectionEditor('channels');
  const { t } = useTranslation();
  const options = useSituationOptions();
  const columns = useMemo<GridColumn<Channel>[]>(
    () => [
      { id: 'name', header: t('situation.columns.name'), type: 'text', width: 180 },
      { id: 'sharePct', header: t('situation.columns.sharePct'), type: 'percent', width: 96 },
      { id: 'trend', header: t('situation.columns.trend'), type: 'select', options: options.trends, width: 120 },
      { id: 'conflicts', header: t('situation.columns.conflicts'), type: 'longText', width: 280 },
    ],
    [t, options],
  );
  return (
    <PartSection title={t('situation.sections.distribution')} lead={t('situation.sections.distributionLead')}>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('situation.tables.channels')}
        newRow={newChannel}
        rowName={byName}
        currency={currency}
        readOnly={readOnly}
      />
      <PartRichText
        part="situation"
        path="distribution"
        label={t('situation.fields.distribution')}
        placeholder={t('situation.fields.distributionPlaceholder')}
        readOnly={readOnly}
      />
    </PartSection>
  );
});
