import type { SortingState } from '@tanstack/react-table';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Segment } from '../../../../shared/domain/situation';
import type { SegmentScore } from '../../../../shared/domain/strategy';
import { ATTRACTIVENESS_MAX, ATTRACTIVENESS_MIN, attractiveness, unscoredSegments } from '../../../../shared/logic/targeting';
import { ArrowDownIcon, SparklesIcon } from '../../components/editor-icons';
import { EditableGrid, formatQuantity, type GridColumn } from '../../components/grid';
import { CheckIcon, ChevronRightIcon } from '../../components/icons';
import { useLocale } from '../../hooks/use-locale';
import { routeHref } from '../../routing/route';
import { useStore } from '../../state/store';
import { PartSection } from '../part-section';
import { newScoreFor, newSegmentScore } from './rows';
import { TargetList } from './target-list';
import { useCollectionEditor } from '../../state/use-collection-editor';

type Props = { planId: string; segments: readonly Segment[]; scores: readonly SegmentScore[]; currency: string; readOnly: boolean };

const RANKED: SortingState = [{ id: 'attractiveness', desc: true }];

/** Targeting (目标市场选择): one score row per segment of the Situation part, the attractiveness they add up to, and the targets chosen. */
export const TargetingSection = memo(function TargetingSection({ planId, segments, scores, currency, readOnly }: Props) {
  const editor = useCollectionEditor('segmentScores');
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([]);
  const names = useMemo(() => new Map(segments.map((s) => [s.id, s.name.trim() || t('strategyEditor.scoring.untitledSegment')])), [segments, t]);
  const options = useMemo(() => segments.map((s) => ({ value: s.id, label: names.get(s.id)! })), [segments, names]);
  const columns = useMemo<GridColumn<SegmentScore>[]>(
    () => [
      {
        id: 'segmentId',
        header: t('strategyEditor.scoring.segment'),
        type: 'link',
        options,
        nullable: false,
        readOnly: true,
        sortable: true,
        width: 160,
      },
      { id: 'size', header: t('strategyEditor.scoring.size'), type: 'score', width: 60 },
      { id: 'growth', header: t('strategyEditor.scoring.growth'), type: 'score', width: 74 },
      { id: 'intensity', header: t('strategyEditor.scoring.intensity'), type: 'score', unit: t('strategyEditor.scoring.intensityUnit'), width: 108 },
      { id: 'fit', header: t('strategyEditor.scoring.fit'), type: 'score', width: 60 },
      {
        id: 'attractiveness',
        header: t('strategyEditor.scoring.attractiveness'),
        type: 'quantity',
        unit: t('strategyEditor.scoring.attractivenessUnit'),
        readOnly: true,
        sortable: true,
        width: 120,
        get: (row) => attractiveness(row),
        render: (value) => <Attractiveness value={typeof value === 'number' ? value : null} />,
      },
      {
        id: 'targeted',
        header: t('strategyEditor.scoring.targeted'),
        type: 'boolean',
        width: 76,
        render: (value, row) => <TargetMark on={value === true} row={row} readOnly={readOnly} />,
      },
    ],
    [t, options, readOnly],
  );
  const rowName = useCallback((row: SegmentScore) => names.get(row.segmentId) ?? '', [names]);
  const unscored = useMemo(() => unscoredSegments(segments, scores), [segments, scores]);
  const ranked = sorting.length === 1 && sorting[0]!.id === 'attractiveness' && sorting[0]!.desc;

  const addMissing = () => {
    const store = useStore.getState();
    const plan = store.plan;
    if (!plan) return;
    // Read at the click: the rows may have changed since this render.
    const missing = unscoredSegments(plan.collections.segments, plan.collections.segmentScores);
    store.editBatch(() => missing.forEach((s) => store.upsertRow('segmentScores', newScoreFor(s.id), { immediate: true })));
  };
  const addMissingButton = (
    <button type="button" className="button button--secondary button--sm" onClick={addMissing} title={t('strategyEditor.scoring.addMissingHint')}>
      <SparklesIcon />
      {t('strategyEditor.scoring.addMissing')}
    </button>
  );

  return (
    <PartSection title={t('strategyEditor.sections.targeting')} lead={t('strategyEditor.sections.targetingLead')}>
      {segments.length === 0 ? (
        <div className="strategy-notice">
          <p>{t('strategyEditor.scoring.noSegments')}</p>
          <a className="button button--secondary button--sm" href={routeHref({ name: 'plan', planId, section: 'situation' })}>
            {t('strategyEditor.scoring.goToSegments')}
            <ChevronRightIcon />
          </a>
        </div>
      ) : (
        <>
          <div className="segment-scores">
            <EditableGrid
              editor={editor}
              rows={scores}
              columns={columns}
              label={t('strategyEditor.scoring.table')}
              description={t('strategyEditor.scoring.description')}
              newRow={newSegmentScore}
              rowName={rowName}
              currency={currency}
              readOnly={readOnly}
              canAddRow={unscored.length > 0}
              sorting={sorting}
              onSortingChange={setSorting}
              emptyAction={readOnly ? null : addMissingButton}
              toolbar={
                scores.length > 1 ? (
                  <button
                    type="button"
                    className="button button--ghost button--sm"
                    aria-pressed={ranked}
                    onClick={() => setSorting(ranked ? [] : RANKED)}
                  >
                    <ArrowDownIcon size={14} />
                    {t('strategyEditor.scoring.rank')}
                  </button>
                ) : null
              }
            />
          </div>
          {!readOnly && unscored.length > 0 && scores.length > 0 ? (
            <div className="strategy-notice strategy-notice--inline" role="status">
              <p>
                {unscored.length === 1
                  ? t('strategyEditor.scoring.missingOne', { name: names.get(unscored[0]!.id) ?? '' })
                  : t('strategyEditor.scoring.missingMany', { count: unscored.length })}
              </p>
              {addMissingButton}
            </div>
          ) : null}
          <TargetList segments={segments} scores={scores} names={names} />
        </>
      )}
    </PartSection>
  );
});

/** The total out of 20 with a bar, so the ranking reads at a glance; a prompt while a criterion is missing. */
function Attractiveness({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (value === null) return <span className="attract attract--none">{t('strategyEditor.scoring.incomplete')}</span>;
  const share = (value - ATTRACTIVENESS_MIN) / (ATTRACTIVENESS_MAX - ATTRACTIVENESS_MIN);
  return (
    <span className="attract">
      <span className="attract__track" aria-hidden="true">
        <span className="attract__fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="attract__value num">{formatQuantity(value, locale)}</span>
    </span>
  );
}

/**
 * The target choice as a check box. The cell keeps the keyboard (Space toggles it); a click on the
 * box toggles it too, as a check box would, and a double click is two toggles, not three.
 */
function TargetMark({ on, row, readOnly }: { on: boolean; row: SegmentScore; readOnly: boolean }) {
  const { t } = useTranslation();
  const toggle = () => {
    if (!readOnly) useStore.getState().upsertRow('segmentScores', { ...row, targeted: !on }, { immediate: true });
  };
  return (
    <span className="target-mark">
      <span
        className={`target-mark__box${on ? ' target-mark__box--on' : ''}`}
        aria-hidden="true"
        onClick={toggle}
        onDoubleClick={(e) => e.stopPropagation()}
      >
        {on ? <CheckIcon size={12} /> : null}
      </span>
      <span className="visually-hidden">{on ? t('editor.grid.yes') : t('editor.grid.no')}</span>
    </span>
  );
}
