import { memo, useCallback, useId, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Evidence, SwotItem } from '../../../../shared/domain/swot';
import { AlertIcon } from '../../components/icons';
import { useFieldError } from '../../state/use-field-error';
import { useStore } from '../../state/store';
import { CardTools } from './card-tools';
import { EvidencePicker } from './evidence-picker';
import type { EvidenceGroup } from './evidence-options';
import { moveInGroup, patchRow } from './row-edits';
import { isExternal } from './rows';
import { ScoreControl } from './score-control';

type SwotCardProps = {
  item: SwotItem;
  /** Its place in its quadrant, from 1 ("Strength 2"). */
  number: number;
  isFirst: boolean;
  isLast: boolean;
  major: boolean;
  /** A major threat that no TOWS strategy pairs yet. */
  unanswered: boolean;
  evidenceGroups: readonly EvidenceGroup[];
  readOnly: boolean;
  onDelete(id: string, name: string): void;
  onAnswer(id: string): void;
};

const onBlur = () => void useStore.getState().flushEdits();

/**
 * One SWOT item: its statement edited in place, impact (and likelihood for opportunities and
 * threats), the finding it rests on, and its tools. Memoized: typing in one card re-renders that
 * card only. Alt+↑/↓ anywhere in the card moves it within its quadrant.
 */
export const SwotCard = memo(function SwotCard({
  item,
  number,
  isFirst,
  isLast,
  major,
  unanswered,
  evidenceGroups,
  readOnly,
  onDelete,
  onAnswer,
}: SwotCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const key = (field: string) => `swotItems:${item.id}:${field}`;
  const statementError = useFieldError(key('statement'));
  const impactError = useFieldError(key('impact'));
  const likelihoodError = useFieldError(key('likelihood'));
  const evidenceError = useFieldError(key('evidence'));
  const name = t('swotEditor.itemLabel', { kind: t(`swotEditor.kindOne.${item.kind}`), number });

  const setImpact = useCallback((impact: number | null) => patchRow('swotItems', item.id, { impact }, { immediate: true }), [item.id]);
  const setLikelihood = useCallback((likelihood: number | null) => patchRow('swotItems', item.id, { likelihood }, { immediate: true }), [item.id]);
  const setEvidence = useCallback((evidence: Evidence | null) => patchRow('swotItems', item.id, { evidence }, { immediate: true }), [item.id]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (readOnly || !event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    moveInGroup('swotItems', item.id, event.key === 'ArrowUp' ? -1 : 1);
  }

  const external = isExternal(item.kind);
  return (
    <li className={`swot-card swot-card--${item.kind}${major ? ' swot-card--major' : ''}`} data-card-id={item.id}>
      <article className="swot-card__body" aria-labelledby={`${id}-label`} onKeyDown={onKeyDown}>
        <header className="swot-card__header">
          <label className="swot-card__label" id={`${id}-label`} htmlFor={`${id}-text`}>
            {name}
          </label>
          {major ? (
            <span className="swot-card__major" title={t('swotEditor.majorThreatHint')}>
              <AlertIcon size={12} />
              {t('swotEditor.majorThreat')}
            </span>
          ) : null}
          {readOnly ? null : (
            <CardTools
              name={name}
              canMoveUp={!isFirst}
              canMoveDown={!isLast}
              onMove={(step) => moveInGroup('swotItems', item.id, step)}
              onDelete={() => onDelete(item.id, item.statement)}
            />
          )}
        </header>
        <textarea
          id={`${id}-text`}
          data-card-text
          className={`card-text${statementError ? ' card-text--invalid' : ''}`}
          value={item.statement}
          rows={1}
          readOnly={readOnly}
          aria-invalid={statementError ? true : undefined}
          aria-describedby={statementError ? `${id}-text-error` : undefined}
          onChange={(e) => patchRow('swotItems', item.id, { statement: e.target.value })}
          onBlur={onBlur}
        />
        {statementError ? (
          <p className="field__error" id={`${id}-text-error`} role="alert">
            {statementError}
          </p>
        ) : null}
        <div className="swot-card__props">
          <ScoreControl
            label={t('swotEditor.impact')}
            value={item.impact}
            onChange={setImpact}
            error={impactError}
            readOnly={readOnly}
            tone={item.kind === 'T' ? 'risk' : 'default'}
          />
          {external ? (
            <ScoreControl
              label={t('swotEditor.likelihood')}
              value={item.likelihood}
              onChange={setLikelihood}
              error={likelihoodError}
              readOnly={readOnly}
              tone={item.kind === 'T' ? 'risk' : 'default'}
            />
          ) : null}
          <EvidencePicker value={item.evidence} groups={evidenceGroups} onChange={setEvidence} error={evidenceError} readOnly={readOnly} />
        </div>
        {unanswered ? (
          <div className="swot-card__flag" role="note">
            <AlertIcon size={14} />
            <span>{t('swotEditor.unanswered')}</span>
            {readOnly ? null : (
              <button type="button" className="button button--sm button--ghost swot-card__answer" onClick={() => onAnswer(item.id)}>
                {t('swotEditor.answer')}
              </button>
            )}
          </div>
        ) : null}
      </article>
    </li>
  );
});
