import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Competitor } from '../../../../shared/domain/situation';
import { PartRichText, SelectField, usePartField } from '../../components/form';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { useSituationOptions } from './options';
import { byName, newCompetitor } from './rows';
import { PartSection } from '../part-section';
import type { SectionProps } from './section';
import { useCollectionEditor } from '../../state/use-collection-editor';

/** Competition (竞争): each competitor's share and play, and our own market position. */
export const CompetitionSection = memo(function CompetitionSection({ rows, currency, readOnly }: SectionProps<Competitor>) {
  const editor = useCollectionEditor('competitors');
  const { t } = useTranslation();
  const options = useSituationOptions();
  const columns = useMemo<GridColumn<Competitor>[]>(
    () => [
      { id: 'name', header: t('situation.columns.name'), type: 'text', width: 160 },
      { id: 'sharePct', header: t('situation.columns.sharePct'), type: 'percent', width: 90 },
      { id: 'strategy', header: t('situation.columns.strategy'), type: 'longText', width: 180 },
      { id: 'objectives', header: t('situation.columns.objectives'), type: 'longText', width: 180 },
      { id: 'strengths', header: t('situation.columns.strengths'), type: 'longText', width: 180 },
      { id: 'weaknesses', header: t('situation.columns.weaknesses'), type: 'longText', width: 180 },
      { id: 'likelyReaction', header: t('situation.columns.likelyReaction'), type: 'longText', width: 180 },
    ],
    [t],
  );
  return (
    <PartSection title={t('situation.sections.competition')} lead={t('situation.sections.competitionLead')}>
      <div className="form__grid">
        <SelectField
          label={t('situation.fields.ourPosition')}
          options={options.positions}
          readOnly={readOnly}
          {...usePartField<string | null>('situation', 'ourPosition')}
        />
      </div>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('situation.tables.competitors')}
        newRow={newCompetitor}
        rowName={byName}
        currency={currency}
        readOnly={readOnly}
      />
      <PartRichText
        part="situation"
        path="competition"
        label={t('situation.fields.competition')}
        placeholder={t('situation.fields.competitionPlaceholder')}
        readOnly={readOnly}
      />
    </PartSection>
  );
});
