/**
 * EditableGrid: a spreadsheet-like table for one plan collection. It knows no store: every edit
 * goes through the `editor` it is given (`useCollectionEditor('segments')` in state/, over the
 * store's upsertRow / deleteRow / moveRow), so saving, undo and refusals come for free.
 *
 *   const editor = useCollectionEditor('segments');
 *   const columns = useMemo<GridColumn<Segment>[]>(() => [
 *     { id: 'name', header: t('situation.columns.name'), type: 'text', width: 180 },
 *     { id: 'size', header: t('situation.columns.size'), type: 'quantity' },
 *     { id: 'growthPct', header: t('situation.columns.growthPct'), type: 'percent' },
 *     { id: 'stage', header: '…', type: 'select', options: LIFE_CYCLE_STAGES.map((v) => ({ value: v, label: t(`situation.lifeCycle.${v}`) })) },
 *     { id: 'objectiveIds', header: '…', type: 'multiLink', options: plan.collections.objectives.map((o) => ({ value: o.id, label: o.title })) },
 *   ], [t, plan.collections.objectives]);
 *
 *   <EditableGrid
 *     editor={editor}
 *     rows={plan.collections.segments}
 *     columns={columns}
 *     label={t('situation.tables.segments')}
 *     newRow={() => ({ id: newId(), name: '', size: null, growthPct: null, needs: '' })}
 *     rowName={(r) => r.name}
 *     currency={plan.meta.currency}
 *     readOnly={readOnly}
 *   />
 *
 * Column types: text, longText, integer, quantity, money (minor units), percent (4.2 = 4.2 %),
 * select, date (YYYY-MM-DD), month (YYYY-MM), score (1–5), link (one id or null), multiLink
 * (ids), boolean. A column's `id` is the row field it edits (or give `get`/`set` for nested
 * values); errors for the cell are the editor's, under `<collection>:<rowId>:<id>`.
 * Deleting a row that other rows link to asks first and says what goes (references.ts).
 */
export { EditableGrid, type EditableGridProps, type GridFooterRow, type GridHeaderGroup } from './editable-grid';
export type { GridEditor, DeleteImpact } from './types';
export type { CellValue, ColumnType, GridColumn, GridOption } from './types';
export { parseTsv, toTsv } from './tsv';
export { displayCell, formatPercentValue, formatQuantity, parseCell, parseNumber } from './cell-values';
export { requestRowReveal } from './reveal-row';
