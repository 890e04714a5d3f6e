import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { MACRO_FORCES, type MacroForce } from '../../../../shared/domain/situation';
import { SparklesIcon } from '../../components/editor-icons';
import { PartRichText } from '../../components/form';
import { EditableGrid, type GridColumn } from '../../components/grid';
import { useStore } from '../../state/store';
import { useSituationOptions } from './options';
import { newMacroForce } from './rows';
import { PartSection } from '../part-section';
import type { SectionProps } from './section';
import { useCollectionEditor } from '../../state/use-collection-editor';

/** Macro environment (宏观环境): a row per force, with the finding and whether it helps or hurts. */
export const MacroSection = memo(function MacroSection({ rows, currency, readOnly }: SectionProps<MacroForce>) {
  const editor = useCollectionEditor('macroForces');
  const { t } = useTranslation();
  const options = useSituationOptions();
  const columns = useMemo<GridColumn<MacroForce>[]>(
    () => [
      { id: 'force', header: t('situation.columns.force'), type: 'select', options: options.forces, nullable: false, width: 150 },
      { id: 'finding', header: t('situation.columns.finding'), type: 'longText', width: 340 },
      { id: 'effect', header: t('situation.columns.effect'), type: 'select', options: options.effects, width: 130 },
    ],
    [t, options],
  );
  // A new row takes the first force the table does not have yet.
  const newRow = useCallback(() => newMacroForce(MACRO_FORCES.find((f) => !rows.some((r) => r.force === f)) ?? 'demographic'), [rows]);
  const rowName = useCallback((row: MacroForce) => options.forces.find((o) => o.value === row.force)?.label ?? '', [options]);

  const addAll = () => {
    const store = useStore.getState();
    store.editBatch(() => MACRO_FORCES.forEach((force) => store.upsertRow('macroForces', newMacroForce(force), { immediate: true })));
  };

  return (
    <PartSection title={t('situation.sections.macro')} lead={t('situation.sections.macroLead')}>
      <EditableGrid
        editor={editor}
        rows={rows}
        columns={columns}
        label={t('situation.tables.macroForces')}
        newRow={newRow}
        rowName={rowName}
        currency={currency}
        readOnly={readOnly}
        emptyAction={
          readOnly ? null : (
            <button type="button" className="button button--secondary button--sm" onClick={addAll} title={t('situation.addAllForcesHint')}>
              <SparklesIcon />
              {t('situation.addAllForces')}
            </button>
          )
        }
      />
      <PartRichText
        part="situation"
        path="macro"
        label={t('situation.fields.macro')}
        placeholder={t('situation.fields.macroPlaceholder')}
        readOnly={readOnly}
      />
    </PartSection>
  );
});
