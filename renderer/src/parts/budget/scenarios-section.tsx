import { memo, useCallback, useMemo } from 'react';
import type { Plan, Scenario, ScenarioOverride } from '../../../../shared/domain';
import { scenarioChanges, type BudgetReport, type ScenarioChange } from '../../../../shared/logic';
import { EditableGrid, type CellValue, type GridColumn } from '../../components/grid';
import { AlertIcon } from '../../components/icons';
import { percentChangeText } from '../../../../shared/format/percent-change';
import { useLocale } from '../../hooks/use-locale';
import { useTranslation } from '../../i18n/use-translation';
import { useCollectionEditor } from '../../state/use-collection-editor';
import { PartSection } from '../part-section';
import { newScenario, newScenarioOverride } from './rows';
import { ScenarioCompare } from './scenario-compare';
import { overrideLineValue, useOverrideLineOptions, withOverrideLine } from './scenario-options';
import { useScenarioOutcomes } from './use-scenario-outcomes';

type ScenariosProps = { plan: Plan; report: BudgetReport | null; readOnly: boolean };

const LEVERS = ['volumePct', 'pricePct', 'unitCostPct', 'spendPct'] as const;

/**
 * Scenarios (情景分析): the scenarios and their per-line overrides as two tables (ordinary rows, so
 * every edit is one step of undo), what each scenario changes in words, and the base case and the
 * scenarios side by side. The figures are computeBudget's on the scenario's inputs; none is stored.
 */
export const ScenariosSection = memo(function ScenariosSection({ plan, report, readOnly }: ScenariosProps) {
  const { t } = useTranslation();
  const { scenarios, scenarioOverrides } = plan.collections;
  const outcomes = useScenarioOutcomes(plan, report, t('scenarios.compare.base'));
  return (
    <PartSection title={t('scenarios.title')} lead={t('scenarios.lead')}>
      <ScenarioTable rows={scenarios} currency={plan.meta.currency} readOnly={readOnly} />
      {scenarios.length > 0 ? <OverrideTable plan={plan} rows={scenarioOverrides} readOnly={readOnly} /> : null}
      {scenarios.length > 0 ? <ChangeList plan={plan} /> : null}
      {scenarios.length > 0 && report ? (
        outcomes ? (
          <ScenarioCompare outcomes={outcomes} currency={plan.meta.currency} />
        ) : (
          <p className="banner banner--danger" role="alert">
            <AlertIcon />
            <span>{t('scenarios.compare.overflow')}</span>
          </p>
        )
      ) : null}
    </PartSection>
  );
});

function ScenarioTable({ rows, currency, readOnly }: { rows: readonly Scenario[]; currency: string; readOnly: boolean }) {
  const editor = useCollectionEditor('scenarios');
  const { t } = useTranslation();
  const columns = useMemo<GridColumn<Scenario>[]>(
    () => [
      { id: 'name', header: t('scenarios.columns.name'), type: 'text', width: 200 },
      ...LEVERS.map((id): GridColumn<Scenario> => ({
        id,
        header: t(`scenarios.columns.${id}`),
        type: 'percent',
        width: 96,
        // A lever left empty is as planned.
        set: (row, v: CellValue) => ({ ...row, [id]: typeof v === 'number' ? v : 0 }),
      })),
    ],
    [t],
  );
  const newRow = useCallback(() => newScenario(''), []);
  const rowName = useCallback((row: Scenario) => row.name, []);
  return (
    <EditableGrid
      editor={editor}
      rows={rows}
      columns={columns}
      label={t('scenarios.table')}
      description={t('scenarios.description')}
      newRow={newRow}
      rowName={rowName}
      currency={currency}
      readOnly={readOnly}
    />
  );
}

function OverrideTable({ plan, rows, readOnly }: { plan: Plan; rows: readonly ScenarioOverride[]; readOnly: boolean }) {
  const editor = useCollectionEditor('scenarioOverrides');
  const { t } = useTranslation();
  const { scenarios, products, budgetLines, actions } = plan.collections;
  const scenarioOptions = useMemo(() => scenarios.map((s) => ({ value: s.id, label: s.name || t('scenarios.overrides.unnamed') })), [scenarios, t]);
  const lineOptions = useOverrideLineOptions(products, budgetLines, actions);
  const columns = useMemo<GridColumn<ScenarioOverride>[]>(
    () => [
      { id: 'scenarioId', header: t('scenarios.overrides.columns.scenario'), type: 'link', options: scenarioOptions, nullable: false, width: 150 },
      {
        id: 'line',
        header: t('scenarios.overrides.columns.line'),
        type: 'select',
        options: lineOptions,
        width: 200,
        get: (row) => overrideLineValue(row),
        set: (row, v) => withOverrideLine(row, v),
      },
      ...LEVERS.map((id): GridColumn<ScenarioOverride> => ({ id, header: t(`scenarios.columns.${id}`), type: 'percent', width: 96 })),
    ],
    [t, scenarioOptions, lineOptions],
  );
  const first = scenarios[0]?.id;
  const newRow = useCallback(() => newScenarioOverride(first ?? ''), [first]);
  const rowName = useCallback(
    (row: ScenarioOverride) => lineOptions.find((o) => o.value === overrideLineValue(row))?.label ?? t('scenarios.overrides.unnamed'),
    [lineOptions, t],
  );
  return (
    <EditableGrid
      editor={editor}
      rows={rows}
      columns={columns}
      label={t('scenarios.overrides.table')}
      description={t('scenarios.overrides.description')}
      newRow={newRow}
      rowName={rowName}
      currency={plan.meta.currency}
      readOnly={readOnly}
    />
  );
}

/** What each scenario changes, in words, so a reader can check it before trusting the figures. */
function ChangeList({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const describe = useChangeText();
  return (
    <section className="scenario-changes" aria-label={t('scenarios.changes.title')}>
      <h3 className="budget-card__title">{t('scenarios.changes.title')}</h3>
      <dl className="scenario-changes__list">
        {plan.collections.scenarios.map((s) => {
          const changes = scenarioChanges(plan, s);
          return (
            <div key={s.id} className="scenario-changes__item" data-scenario={s.id}>
              <dt>{s.name || t('scenarios.overrides.unnamed')}</dt>
              <dd>{changes.length === 0 ? t('scenarios.changes.none') : changes.map(describe).join(t('scenarios.changes.separator'))}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

function useChangeText(): (change: ScenarioChange) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (change: ScenarioChange) => {
      const lever = t(`scenarios.changes.lever.${change.lever}`);
      const pct = percentChangeText(change.pct, locale);
      if (!change.line) return t('scenarios.changes.all', { lever, pct });
      const line = t(`scenarios.overrides.kind.${change.line.kind}`, { name: change.line.name || t('scenarios.overrides.unnamed') });
      return t('scenarios.changes.line', { line, lever, pct });
    },
    [t, locale],
  );
}
