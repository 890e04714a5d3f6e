import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Kpi, Objective } from '../../../../shared/domain';
import { withPeriodKind } from '../../../../shared/logic';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { PartSection } from '../part-section';
import { KpiOverview } from './kpi-overview';
import { useControlOptions } from './options';
import { newKpi } from './rows';
import { useCollectionEditor } from '../../state/use-collection-editor';

type KpisProps = {
  rows: readonly Kpi[];
  /** The same KPIs as read: linked targets derived from the forecast (the overview's statuses). */
  shown: readonly Kpi[];
  objectives: readonly Objective[];
  currency: string;
  readOnly: boolean;
  onShow(kpiId: string): void;
};

/** The KPIs (关键绩效指标): their status at a glance, and the table that defines them. */
export const KpisSection = memo(function KpisSection({ rows, shown, objectives, currency, readOnly, onShow }: KpisProps) {
  const editor = useCollectionEditor('kpis');
  const { t } = useTranslation();
  const options = useControlOptions();
  const objectiveOptions = useMemo(() => objectives.map((o) => ({ value: o.id, label: o.title })), [objectives]);
  const columns = useMemo<GridColumn<Kpi>[]>(
    () => [
      { id: 'metric', header: t('controlEditor.columns.metric'), type: 'text', width: 140 },
      { id: 'objectiveId', header: t('controlEditor.columns.objective'), type: 'link', options: objectiveOptions, width: 150 },
      { id: 'owner', header: t('controlEditor.columns.owner'), type: 'text', width: 96 },
      { id: 'unit', header: t('controlEditor.columns.unit'), type: 'text', width: 72 },
      {
        // Named after `periods`: a change of kind that would strand entered values is refused
        // on the periods, and the refusal then shows in this cell.
        id: 'periods',
        header: t('controlEditor.columns.periodKind'),
        type: 'select',
        options: options.periodKinds,
        nullable: false,
        width: 84,
        get: (row) => row.periodKind,
        set: (row, value) => (value === 'month' || value === 'quarter' ? withPeriodKind(row, value) : row),
      },
      { id: 'direction', header: t('controlEditor.columns.direction'), type: 'select', options: options.directions, nullable: false, width: 110 },
      {
        id: 'controlKind',
        header: t('controlEditor.columns.controlKind'),
        type: 'select',
        options: options.controlKinds,
        nullable: false,
        width: 130,
      },
    ],
    [t, options, objectiveOptions],
  );
  const rowName = useCallback((row: Kpi) => row.metric, []);

  return (
    <PartSection title={t('controlEditor.sections.kpis')} lead={t('controlEditor.sections.kpisLead')}>
      <KpiOverview rows={shown} objectives={objectives} onShow={onShow} />
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('controlEditor.table')}
        description={t('controlEditor.tableDescription')}
        newRow={newKpi}
        rowName={rowName}
        currency={currency}
        readOnly={readOnly}
      />
    </PartSection>
  );
});
