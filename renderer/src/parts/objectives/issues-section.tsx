import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Objective, PlanIssue } from '../../../../shared/domain/objectives';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { PartSection } from '../part-section';
import { newIssue } from './rows';
import { useCollectionEditor } from '../../state/use-collection-editor';

type IssuesSectionProps = { rows: readonly PlanIssue[]; objectives: readonly Objective[]; currency: string; readOnly: boolean };

const rowName = (row: PlanIssue) => row.statement;

function LinkedObjectives({ ids, targets }: { ids: readonly string[]; targets: readonly { value: string; label: string }[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="issue-links">
      {ids.map((id) => (
        <span key={id} className="issue-links__item">
          {targets.find((o) => o.value === id)?.label ?? id}
        </span>
      ))}
    </span>
  );
}

/** The issues that may block an objective, each linked to the objectives it bears on. */
export const IssuesSection = memo(function IssuesSection({ rows, objectives, currency, readOnly }: IssuesSectionProps) {
  const editor = useCollectionEditor('issues');
  const { t } = useTranslation();
  const untitled = t('editor.grid.untitled');
  const targets = useMemo(() => objectives.map((o) => ({ value: o.id, label: o.title.trim() || untitled })), [objectives, untitled]);
  const columns = useMemo<GridColumn<PlanIssue>[]>(
    () => [
      { id: 'statement', header: t('objectivesEditor.columns.statement'), type: 'longText', width: 380 },
      {
        id: 'objectiveIds',
        header: t('objectivesEditor.columns.objectiveIds'),
        type: 'multiLink',
        options: targets,
        width: 250,
        // One linked objective a line: titles run long, and commas inside them would blur where one ends.
        render: (value) => <LinkedObjectives ids={value as readonly string[]} targets={targets} />,
      },
    ],
    [t, targets],
  );
  return (
    <PartSection title={t('objectivesEditor.sections.issues')} lead={t('objectivesEditor.sections.issuesLead')}>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('objectivesEditor.tables.issues')}
        newRow={newIssue}
        rowName={rowName}
        currency={currency}
        readOnly={readOnly}
      />
    </PartSection>
  );
});
