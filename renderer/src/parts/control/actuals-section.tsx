import { memo, useCallback, useMemo, useState } from 'react';
import type { Action, ActionResult } from '../../../../shared/domain';
import { newId } from '../../../../shared/domain/primitives';
import type { Month, PlanVsActual, SalesRow, SpendRow } from '../../../../shared/logic';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { useLocale } from '../../hooks/use-locale';
import { useTranslation } from '../../i18n/use-translation';
import { useCollectionEditor } from '../../state/use-collection-editor';
import { PartSection } from '../part-section';
import { SheetImportButton } from '../../components/sheet-import/sheet-import-button';
import { ActualsGrid, type ActualsGridMeasure } from './actuals-grid';
import { useSalesGridEditor, useSpendGridEditor } from './actuals-grid-editor';
import { withSalesEdit, withSpendEdit, type SalesMeasure, type SalesViewRow, type SpendMeasure, type SpendViewRow } from './actuals-grid-changes';

type ActualsProps = {
  pva: PlanVsActual;
  months: readonly Month[];
  toDate: readonly Month[];
  actions: readonly Action[];
  actionResults: readonly ActionResult[];
  currency: string;
  readOnly: boolean;
};

const NO_MONTHS: ReadonlySet<Month> = new Set();

/**
 * Entering actuals (实际值录入): what each product sold, and what each action and budget line cost
 * and brought, month by month; then the result each action aims at (efficiency control).
 */
export const ActualsSection = memo(function ActualsSection({ pva, months, toDate, actions, actionResults, currency, readOnly }: ActualsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [salesMeasure, setSalesMeasure] = useState<SalesMeasure>('revenue');
  const [spendMeasure, setSpendMeasure] = useState<SpendMeasure>('amount');
  const salesEditor = useSalesGridEditor();
  const spendEditor = useSpendGridEditor();

  const salesRows = useMemo<SalesViewRow[]>(() => pva.sales.map((row) => ({ ...row, edits: [] })), [pva.sales]);
  const spendRows = useMemo<SpendViewRow[]>(() => pva.spend.map((row) => ({ ...row, edits: [] })), [pva.spend]);

  const salesMeasures = useMemo<ActualsGridMeasure<SalesMeasure>[]>(
    () => [
      {
        id: 'revenue',
        label: t('actuals.grid.measures.revenue'),
        type: 'money',
        actual: (row, m) => (row as SalesRow).actual[m]?.revenue ?? null,
        planned: (row, m) => (row as SalesRow).plannedRevenue[m] ?? null,
        reported: pva.reported.revenue,
      },
      {
        id: 'units',
        label: t('actuals.grid.measures.units'),
        type: 'quantity',
        actual: (row, m) => (row as SalesRow).actual[m]?.units ?? null,
        planned: (row, m) => (row as SalesRow).plannedUnits[m] ?? null,
        reported: pva.reported.units,
      },
    ],
    [t, pva.reported],
  );
  const resultsReported = useMemo(() => {
    const set = new Set<Month>();
    for (const row of pva.spend) for (const [m, a] of Object.entries(row.actual)) if (a.results !== null) set.add(m);
    return set.size > 0 ? set : NO_MONTHS;
  }, [pva.spend]);
  const spendMeasures = useMemo<ActualsGridMeasure<SpendMeasure>[]>(
    () => [
      {
        id: 'amount',
        label: t('actuals.grid.measures.amount'),
        type: 'money',
        actual: (row, m) => (row as SpendRow).actual[m]?.amount ?? null,
        planned: (row, m) => (row as SpendRow).planned[m] ?? null,
        reported: pva.reported.spend,
      },
      {
        id: 'results',
        label: t('actuals.grid.measures.results'),
        type: 'quantity',
        actual: (row, m) => (row as SpendRow).actual[m]?.results ?? null,
        planned: () => null,
        reported: resultsReported,
      },
    ],
    [t, pva.reported, resultsReported],
  );

  const salesEdit = useCallback(
    (row: SalesViewRow, field: SalesMeasure, month: Month, value: number | null) => withSalesEdit(row, { field, month, value }),
    [],
  );
  const spendEdit = useCallback(
    (row: SpendViewRow, field: SpendMeasure, month: Month, value: number | null) => withSpendEdit(row, { field, month, value }),
    [],
  );
  const spendName = useCallback(
    (row: SpendViewRow) => (
      <span className="actuals-grid__name">
        <span className="actuals-grid__kind">{t(`actuals.grid.kind.${row.kind}`)}</span>
        <span>{row.name}</span>
      </span>
    ),
    [t],
  );

  return (
    <PartSection title={t('actuals.sections.sales')} lead={t('actuals.sections.salesLead')}>
      <ActualsGrid<SalesViewRow, SalesMeasure>
        editor={salesEditor}
        rows={salesRows}
        months={months}
        toDate={toDate}
        measures={salesMeasures}
        measure={salesMeasure}
        onMeasure={setSalesMeasure}
        withEdit={salesEdit}
        nameHeader={t('actuals.grid.product')}
        label={t('actuals.grid.salesTable')}
        description={t('actuals.grid.salesDescription')}
        emptyMessage={t('actuals.grid.noProducts')}
        currency={currency}
        locale={locale}
        readOnly={readOnly}
      />
      {readOnly ? null : (
        <div className="part-section__tools">
          <SheetImportButton table="actual-sales" />
        </div>
      )}
      <h3 className="actuals-subtitle">{t('actuals.sections.spend')}</h3>
      <p className="actuals-lead">{t('actuals.sections.spendLead')}</p>
      <ActualsGrid<SpendViewRow, SpendMeasure>
        editor={spendEditor}
        rows={spendRows}
        months={months}
        toDate={toDate}
        measures={spendMeasures}
        measure={spendMeasure}
        onMeasure={setSpendMeasure}
        withEdit={spendEdit}
        nameHeader={t('actuals.grid.row')}
        label={t('actuals.grid.spendTable')}
        description={t('actuals.grid.spendDescription')}
        emptyMessage={t('actuals.grid.noRows')}
        currency={currency}
        locale={locale}
        readOnly={readOnly}
        renderName={spendName}
      />
      {readOnly ? null : (
        <div className="part-section__tools">
          <SheetImportButton table="actual-spend" />
        </div>
      )}
      <ActionResultsGrid rows={actionResults} actions={actions} currency={currency} readOnly={readOnly} />
    </PartSection>
  );
});

/** The result each action aims at and how many (行动成果): one row per action, for efficiency control. */
function ActionResultsGrid({
  rows,
  actions,
  currency,
  readOnly,
}: {
  rows: readonly ActionResult[];
  actions: readonly Action[];
  currency: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const editor = useCollectionEditor('actionResults');
  const options = useMemo(() => actions.filter((a) => a.status !== 'cancelled').map((a) => ({ value: a.id, label: a.title })), [actions]);
  const columns = useMemo<GridColumn<ActionResult>[]>(
    () => [
      { id: 'actionId', header: t('actuals.grid.columns.action'), type: 'link', options, nullable: false, width: 260 },
      { id: 'result', header: t('actuals.grid.columns.result'), type: 'text', width: 160 },
      { id: 'target', header: t('actuals.grid.columns.target'), type: 'quantity', width: 90 },
    ],
    [t, options],
  );
  const taken = useMemo(() => new Set(rows.map((r) => r.actionId)), [rows]);
  const newRow = useCallback(
    (): ActionResult => ({
      id: newId(),
      actionId: options.find((o) => !taken.has(o.value))?.value ?? options[0]?.value ?? newId(),
      result: '',
      target: null,
    }),
    [options, taken],
  );
  const rowName = useCallback((row: ActionResult) => row.result, []);
  return (
    <>
      <h3 className="actuals-subtitle">{t('actuals.sections.results')}</h3>
      <p className="actuals-lead">{t('actuals.sections.resultsLead')}</p>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('actuals.grid.resultsTable')}
        headingLevel={4}
        description={t('actuals.grid.resultsDescription')}
        newRow={newRow}
        rowName={rowName}
        currency={currency}
        readOnly={readOnly || options.length === 0}
      />
    </>
  );
}
