import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Action, Kpi } from '../../../../shared/domain';
import { OBJECTIVE_KINDS, type Objective } from '../../../../shared/domain/objectives';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { rowsByGroup } from '../swot/group-order';
import { PartSection } from '../part-section';
import { useRowDelete } from '../swot/use-row-delete';
import { useStableGroups } from '../swot/use-stable-groups';
import { coverageGaps, objectiveCoverage } from './coverage';
import { ObjectiveGroup } from './objective-group';
import type { BudgetReport } from '../../../../shared/logic';
import { useObjectiveOptions } from './options';

type ObjectivesSectionProps = {
  rows: readonly Objective[];
  actions: readonly Action[];
  kpis: readonly Kpi[];
  report: BudgetReport | null;
  currency: string;
  readOnly: boolean;
};

/**
 * The SMART objectives, financial first and then the marketing objectives that deliver them,
 * each a card with its fields; above them, how many objectives no action serves or no KPI
 * measures, so the planner sees the gaps before the health check does.
 */
export const ObjectivesSection = memo(function ObjectivesSection({ rows, actions, kpis, report, currency, readOnly }: ObjectivesSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const options = useObjectiveOptions();
  // The counts change with actions and KPIs only: editing an objective leaves the other cards alone.
  const coverage = useMemo(() => objectiveCoverage({ actions: actions as Action[], kpis: kpis as Kpi[] }), [actions, kpis]);
  const byKind = useStableGroups(useMemo(() => rowsByGroup(rows, OBJECTIVE_KINDS, (o) => o.kind), [rows]));
  const { requestDelete: onDelete, dialog } = useRowDelete('objectives');

  const gaps = coverageGaps(rows, coverage);
  const count = (n: number) => formatInteger(n, locale);

  return (
    <PartSection title={t('objectivesEditor.sections.objectives')} lead={t('objectivesEditor.sections.objectivesLead')}>
      <p className="coverage-summary" role="status">
        {rows.length === 0 ? (
          t('objectivesEditor.coverage.noneYet')
        ) : (
          <>
            <strong>{t('objectivesEditor.coverage.summary', { objectives: count(rows.length) })}</strong>
            {gaps.noAction === 0 && gaps.noKpi === 0 ? (
              <span className="coverage-summary__ok"> · {t('objectivesEditor.coverage.allCovered')}</span>
            ) : (
              <>
                {gaps.noAction > 0 ? (
                  <span className="coverage-summary__gap"> · {t('objectivesEditor.coverage.noAction', { count: count(gaps.noAction) })}</span>
                ) : null}
                {gaps.noKpi > 0 ? (
                  <span className="coverage-summary__gap"> · {t('objectivesEditor.coverage.noKpi', { count: count(gaps.noKpi) })}</span>
                ) : null}
              </>
            )}
          </>
        )}
      </p>
      <div className="objective-groups" data-collection="objectives">
        {OBJECTIVE_KINDS.map((kind) => (
          <ObjectiveGroup
            key={kind}
            kind={kind}
            objectives={byKind[kind]}
            coverage={coverage}
            report={report}
            currency={currency}
            kinds={options.kinds}
            metrics={options.metrics}
            readOnly={readOnly}
            onDelete={onDelete}
          />
        ))}
      </div>
      {dialog}
    </PartSection>
  );
});
