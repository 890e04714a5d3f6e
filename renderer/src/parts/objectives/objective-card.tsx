import { memo, useCallback, useId, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Objective } from '../../../../shared/domain/objectives';
import { DateField, NumberField, SelectField, TextField } from '../../components/form';
import type { SelectOption } from '../../components/form';
import { formatQuantity } from '../../components/grid/cell-values';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { useStore } from '../../state/store';
import { useFieldError } from '../../state/use-field-error';
import { CardTools } from '../swot/card-tools';
import { focusCardText, moveInGroup, patchRow } from '../swot/row-edits';
import type { Coverage } from './coverage';

type ObjectiveCardProps = {
  objective: Objective;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  coverage: Coverage;
  /** The forecast's revenue or profit for the plan period, in the objective's unit; null when it says nothing of this objective. */
  forecastValue: number | null;
  forecastReached: boolean;
  kinds: readonly SelectOption[];
  metrics: readonly SelectOption[];
  readOnly: boolean;
  onDelete(id: string, name: string): void;
};

const flush = () => void useStore.getState().flushEdits();

/** "Actions 2" or "Actions none": how many actions serve the objective, or KPIs measure it. */
function CoverageBadge({ label, hint, count }: { label: string; hint: string; count: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <span className={`coverage-badge${count === 0 ? ' coverage-badge--gap' : ''}`} title={hint}>
      {label} <strong className="num">{count === 0 ? t('objectivesEditor.coverage.none') : formatInteger(count, locale)}</strong>
    </span>
  );
}

/**
 * One SMART objective: its title edited in place, then metric, baseline, target, unit, deadline,
 * owner and kind as labelled fields, and how many actions serve it and KPIs measure it, so a gap
 * shows where the objective is written. Changing its kind moves it to the other group.
 */
export const ObjectiveCard = memo(function ObjectiveCard({
  objective,
  number,
  isFirst,
  isLast,
  coverage,
  forecastValue,
  forecastReached,
  kinds,
  metrics,
  readOnly,
  onDelete,
}: ObjectiveCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const rowId = objective.id;
  const error = (field: string) => `objectives:${rowId}:${field}`;
  const titleError = useFieldError(error('title'));
  const errors = {
    metric: useFieldError(error('metric')),
    baseline: useFieldError(error('baseline')),
    target: useFieldError(error('target')),
    unit: useFieldError(error('unit')),
    deadline: useFieldError(error('deadline')),
    owner: useFieldError(error('owner')),
    kind: useFieldError(error('kind')),
  };
  const name = t(`objectivesEditor.itemLabel.${objective.kind}`, { number });

  const set = useCallback(
    <K extends keyof Objective>(field: K, value: Objective[K], immediate = false) =>
      patchRow('objectives', rowId, { [field]: value } as Partial<Objective>, immediate ? { immediate } : undefined),
    [rowId],
  );

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (readOnly || !event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    moveInGroup('objectives', rowId, event.key === 'ArrowUp' ? -1 : 1);
  }

  return (
    <li className="objective-card" data-card-id={rowId}>
      <article className="swot-card__body objective-card__body" aria-labelledby={`${id}-label`} onKeyDown={onKeyDown}>
        <header className="swot-card__header">
          <label className="swot-card__label" id={`${id}-label`} htmlFor={`${id}-text`}>
            {name}
          </label>
          <span className="objective-card__coverage">
            <CoverageBadge
              label={t('objectivesEditor.coverage.actions')}
              hint={t('objectivesEditor.coverage.actionsHint')}
              count={coverage.actions}
            />
            <CoverageBadge label={t('objectivesEditor.coverage.kpis')} hint={t('objectivesEditor.coverage.kpisHint')} count={coverage.kpis} />
          </span>
          {readOnly ? null : (
            <CardTools
              name={name}
              canMoveUp={!isFirst}
              canMoveDown={!isLast}
              onMove={(step) => moveInGroup('objectives', rowId, step)}
              onDelete={() => onDelete(rowId, objective.title)}
            />
          )}
        </header>
        <textarea
          id={`${id}-text`}
          data-card-text
          className={`card-text objective-card__title${titleError ? ' card-text--invalid' : ''}`}
          value={objective.title}
          rows={1}
          readOnly={readOnly}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-text-error` : undefined}
          onChange={(e) => set('title', e.target.value)}
          onBlur={flush}
        />
        {titleError ? (
          <p className="field__error" id={`${id}-text-error`} role="alert">
            {titleError}
          </p>
        ) : null}
        <div className="objective-card__fields">
          <SelectField
            label={t('objectivesEditor.columns.metric')}
            options={metrics}
            value={objective.metric}
            onChange={(v) => set('metric', v as Objective['metric'], true)}
            error={errors.metric}
            fieldPath="metric"
            readOnly={readOnly}
          />
          <NumberField
            label={t('objectivesEditor.columns.baseline')}
            value={objective.baseline}
            onChange={(v) => set('baseline', v)}
            onBlur={flush}
            error={errors.baseline}
            fieldPath="baseline"
            readOnly={readOnly}
          />
          <NumberField
            label={t('objectivesEditor.columns.target')}
            value={objective.target}
            onChange={(v) => set('target', v)}
            onBlur={flush}
            error={errors.target}
            fieldPath="target"
            readOnly={readOnly}
          />
          <TextField
            label={t('objectivesEditor.columns.unit')}
            value={objective.unit}
            onChange={(v) => set('unit', v)}
            onBlur={flush}
            error={errors.unit}
            fieldPath="unit"
            readOnly={readOnly}
          />
          <DateField
            label={t('objectivesEditor.columns.deadline')}
            value={objective.deadline}
            onChange={(v) => set('deadline', v)}
            onBlur={flush}
            error={errors.deadline}
            fieldPath="deadline"
            readOnly={readOnly}
          />
          <TextField
            label={t('objectivesEditor.columns.owner')}
            value={objective.owner}
            onChange={(v) => set('owner', v)}
            onBlur={flush}
            error={errors.owner}
            fieldPath="owner"
            readOnly={readOnly}
            className="objective-card__owner"
          />
          <SelectField
            label={t('objectivesEditor.columns.kind')}
            options={kinds}
            nullable={false}
            value={objective.kind}
            onChange={(v) => {
              if (!v || v === objective.kind) return;
              set('kind', v as Objective['kind'], true);
              // The card moves to the other group: keep the focus on the same control there.
              focusCardText(rowId, '.objective-card__kind select');
            }}
            error={errors.kind}
            fieldPath="kind"
            readOnly={readOnly}
            className="objective-card__kind"
          />
        </div>
        {forecastValue !== null ? (
          <p
            className={`objective-card__forecast${forecastReached ? '' : ' objective-card__forecast--short'}`}
            data-forecast={forecastReached ? 'reached' : 'short'}
          >
            {t(forecastReached ? 'objectivesEditor.forecast.reached' : 'objectivesEditor.forecast.short', {
              value: formatQuantity(forecastValue, locale),
              unit: objective.unit,
              target: objective.target === null ? '' : formatQuantity(objective.target, locale),
            })}
          </p>
        ) : null}
      </article>
    </li>
  );
});
